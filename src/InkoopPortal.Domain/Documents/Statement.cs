using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Sources;
using InkoopPortal.Domain.Topics;

namespace InkoopPortal.Domain.Documents;

/// <summary>
/// What a statement cell says. "Nothing special", "no policy published" and "not analysed" are different answers
/// and never collapse into an empty cell. A document without a statement for a topic is "not analysed" as well.
/// </summary>
public enum StatementStatus
{
    /// <summary>The cell has policy content.</summary>
    Content = 1,

    /// <summary>"Geen bijzonderheden": the policy was read and says nothing of note on the topic.</summary>
    NothingSpecial = 2,

    /// <summary>"Geen beleid gepubliceerd/opgenomen": the purchaser published no policy on the topic.</summary>
    NoPolicyPublished = 3,

    /// <summary>"Nog niet geanalyseerd": the document exists but nobody has read it for this topic yet.</summary>
    NotAnalysed = 4,

    /// <summary>"Leeg in de bron": the source's cell is empty; it makes no claim either way.</summary>
    EmptyInSource = 5,
}

/// <summary>
/// What one purchaser's policy says on one topic: one cell of the matrix, valid for every year and care type of
/// its document unless narrowed to one <see cref="CareType"/>. The body is Markdown (nested bullet lists,
/// footnotes) with its sanitized HTML rendering stored beside it.
/// </summary>
public class Statement : ContentRecord, IRichText, ICitesSource
{
    public int PolicyDocumentId { get; set; }

    public PolicyDocument? PolicyDocument { get; set; }

    public int TopicId { get; set; }

    public Topic? Topic { get; set; }

    /// <summary>Narrows the statement to one of the document's care types (e.g. one Wlz sector); null for all.</summary>
    public int? CareTypeId { get; set; }

    public CareType? CareType { get; set; }

    public StatementStatus Status { get; set; } = StatementStatus.Content;

    public string BodyMarkdown { get; set; } = "";

    public string BodyHtml { get; set; } = "";

    /// <summary>The imported file the text came from (a comparison memo, or the policy text itself).</summary>
    public int? SourceDocumentId { get; set; }

    public SourceDocument? SourceDocument { get; set; }

    /// <summary>Where in the source: a section ("3.3 Passende zorg") or a table position ("regel 23, kolom 4").</summary>
    public string? SourceLocation { get; set; }

    /// <summary>The page of the original (a PDF) the record stands on; null without pages (ADR-032).</summary>
    public int? SourcePage { get; set; }

    /// <summary>
    /// The words the source used for a state without content ("Geen beleid opgenomen", "Geen overige
    /// bijzonderheden"), shown beside the state; null when the source used none or the cell has content.
    /// </summary>
    public string? SourceWording { get; set; }

    public int SortOrder { get; set; }

    /// <summary>
    /// For a statement built from a policy text's passages: the summary the portal last wrote from them. While the
    /// body still equals it, a change of the passages rewrites the summary; once an editor changed the body, it stays.
    /// </summary>
    public string? GeneratedSummary { get; set; }

    /// <summary>
    /// A new statement with this one's topic, care type, content and source: next year's draft of it, or a draft's
    /// cell written into the published document it revises.
    /// </summary>
    public Statement CopyContent() => new Statement
    {
        TopicId = TopicId,
        CareTypeId = CareTypeId,
        Status = Status,
        BodyMarkdown = BodyMarkdown,
        BodyHtml = BodyHtml,
        SourceDocumentId = SourceDocumentId,
        SourceWording = SourceWording,
        SortOrder = SortOrder,
    }.CopyCitation(this);
}
