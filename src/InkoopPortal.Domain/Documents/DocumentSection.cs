namespace InkoopPortal.Domain.Documents;

/// <summary>
/// A section of a policy text, kept whole so nothing of the source is lost; statements cite sections.
/// </summary>
public class DocumentSection : ContentRecord, IRichText
{
    public int PolicyDocumentId { get; set; }

    public int? SourceDocumentId { get; set; }

    public Sources.SourceDocument? SourceDocument { get; set; }

    /// <summary>Where in the source the section starts ("Zorginkoopbeleid 2024, regel 112").</summary>
    public string? SourceLocation { get; set; }

    /// <summary>The section number where the source has one ("3.3").</summary>
    public string? Number { get; set; }

    public required string Title { get; set; }

    /// <summary>Heading depth, 1 for a chapter.</summary>
    public int Level { get; set; } = 1;

    public string BodyMarkdown { get; set; } = "";

    public string BodyHtml { get; set; } = "";

    public int SortOrder { get; set; }
}
