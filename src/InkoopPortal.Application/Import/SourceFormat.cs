namespace InkoopPortal.Application.Import;

public enum SourceFormat
{
    /// <summary>Topics against purchasers, tab-separated, with HTML list cells (the InEen memo's shape).</summary>
    ComparisonTable,

    /// <summary>One purchaser's policy text (plain PDF text or Markdown-like).</summary>
    PolicyText,

    /// <summary>Slides presenting one purchaser's (Wlz) policy.</summary>
    Presentation,
}

/// <summary>
/// The format detection proposes for a text and why, in Dutch. <see cref="Format"/> is null when the evidence is too
/// weak to decide: the import then asks for the format instead of guessing.
/// </summary>
public sealed record FormatDetection(SourceFormat? Format, IReadOnlyList<string> Reasons)
{
    public bool IsDecided => Format is not null;
}

/// <summary>Tells the three shapes of source document apart from their text.</summary>
public static class SourceFormatDetector
{
    public static FormatDetection Detect(string text)
    {
        var lines = text.Split('\n');
        if (lines.Any(IsComparisonRow))
        {
            return new FormatDetection(SourceFormat.ComparisonTable, ["een tabelrij met lijsten in meerdere cellen"]);
        }

        var title = lines.Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0) ?? "";
        return title.Contains("presentatie", StringComparison.OrdinalIgnoreCase)
            ? new FormatDetection(SourceFormat.Presentation, ["de titel noemt een presentatie"])
            : new FormatDetection(SourceFormat.PolicyText, ["geen vergelijkingstabel en geen presentatie"]);
    }

    /// <summary>
    /// A topic row with purchaser cells in HTML: at least two cells with lists or paragraphs, or (a table of one
    /// purchaser) one cell with a list. A policy text's change table ("Onderwerp / Wijziging") has paragraphs only.
    /// </summary>
    private static bool IsComparisonRow(string line)
    {
        var cells = line.Split('\t');
        if (cells.Length < 2)
        {
            return false;
        }

        var purchaserCells = cells.Skip(1).ToList();
        var withList = purchaserCells.Count(cell => ListMarkup.Any(tag => cell.Contains(tag, StringComparison.OrdinalIgnoreCase)));
        var withParagraph = purchaserCells.Count(cell => cell.Contains("<p>", StringComparison.OrdinalIgnoreCase));
        return withList + withParagraph >= 2 || withList >= 1;
    }

    private static readonly string[] ListMarkup = ["<ul", "<ol", "<li"];
}
