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

    /// <summary>
    /// SHA-256 (hex) of the original file's bytes (<see cref="OriginalFile"/>), so an unchanged file is not imported
    /// twice. For imports made before the original bytes were kept: the SHA-256 of the UTF-8 text.
    /// </summary>
    public required string ContentSha256 { get; set; }

    /// <summary>The file's full text as read (decoded, line endings as "\n").</summary>
    public required string Content { get; set; }

    /// <summary>The media type the original is served with ("text/plain; charset=utf-8", "text/html").</summary>
    public string? ContentType { get; set; }

    /// <summary>How the bytes were read ("UTF-8", "UTF-8 met BOM", "UTF-16 LE"); null for older imports.</summary>
    public string? Encoding { get; set; }

    /// <summary>The original's number of pages (a PDF); null for sources without pages (ADR-032).</summary>
    public int? PageCount { get; set; }

    /// <summary>The original file byte for byte; null for imports made before originals were kept.</summary>
    public SourceFile? OriginalFile { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}
