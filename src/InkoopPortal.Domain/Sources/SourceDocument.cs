namespace InkoopPortal.Domain.Sources;

public enum SourceDocumentKind
{
    /// <summary>A comparison table of several purchasers (the InEen memo).</summary>
    ComparisonTable = 1,

    /// <summary>The text of one purchaser's policy.</summary>
    PolicyText = 2,

    /// <summary>Slides that present a purchaser's policy.</summary>
    Presentation = 3,
}

/// <summary>
/// An imported file, kept verbatim: every statement, change and condition cites the source it came from.
/// </summary>
public class SourceDocument
{
    public int Id { get; set; }

    public required string FileName { get; set; }

    public required string Title { get; set; }

    public SourceDocumentKind Kind { get; set; }

    /// <summary>Who wrote or published it ("InEen", "a.s.r.").</summary>
    public string? Publisher { get; set; }

    /// <summary>Where the file came from and when.</summary>
    public string? Origin { get; set; }

    public int Year { get; set; }

    /// <summary>Introductory text (Markdown) that belongs to no purchaser or topic.</summary>
    public string? IntroductionMarkdown { get; set; }

    /// <summary>SHA-256 of the content, so an unchanged file is not imported twice.</summary>
    public required string ContentSha256 { get; set; }

    /// <summary>The file's full text.</summary>
    public required string Content { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}
