namespace InkoopPortal.Domain.Documents;

/// <summary>
/// A section of a policy text, kept whole so nothing of the source is lost; statements cite sections.
/// </summary>
public class DocumentSection : ContentRecord, IRichText, ICitesSource
{
    public int PolicyDocumentId { get; set; }

    public int? SourceDocumentId { get; set; }

    public Sources.SourceDocument? SourceDocument { get; set; }

    /// <summary>Where in the source the section starts ("Zorginkoopbeleid 2024, regel 112").</summary>
    public string? SourceLocation { get; set; }

    /// <summary>The page of the original (a PDF) the record stands on; null without pages (ADR-032).</summary>
    public int? SourcePage { get; set; }

    /// <summary>The section number where the source has one ("3.3").</summary>
    public string? Number { get; set; }

    public required string Title { get; set; }

    /// <summary>Heading depth, 1 for a chapter.</summary>
    public int Level { get; set; } = 1;

    public string BodyMarkdown { get; set; } = "";

    public string BodyHtml { get; set; } = "";

    public int SortOrder { get; set; }

    /// <summary>
    /// Front or back matter (contents, introduction, reading guide, about us, contact, disclaimer): kept in the document
    /// but never filed under a topic. Set by the section mapper, changeable by an editor.
    /// </summary>
    public SectionRole Role { get; set; }

    /// <summary>Why the mapper took the section for front or back matter ("kop: leeswijzer").</summary>
    public string? RoleReason { get; set; }
}

/// <summary>Where a section stands in its document.</summary>
public enum SectionRole
{
    /// <summary>Policy content: the mapper files it under topics.</summary>
    Body = 0,

    /// <summary>Contents, foreword, introduction, reading guide, about us.</summary>
    FrontMatter = 1,

    /// <summary>Contact, disclaimer, addresses, colophon.</summary>
    BackMatter = 2,
}
