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

/// <summary>Tells the three shapes of source document apart from their text.</summary>
public static class SourceFormatDetector
{
    public static SourceFormat Detect(string text)
    {
        var lines = text.Split('\n');
        if (lines.Any(IsComparisonRow))
        {
            return SourceFormat.ComparisonTable;
        }

        var title = lines.Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0) ?? "";
        return title.Contains("presentatie", StringComparison.OrdinalIgnoreCase)
            ? SourceFormat.Presentation
            : SourceFormat.PolicyText;
    }

    /// <summary>A row with a topic and at least two purchaser cells holding HTML lists or paragraphs.</summary>
    private static bool IsComparisonRow(string line)
    {
        var cells = line.Split('\t');
        return cells.Length >= 3 && cells.Skip(1).Count(cell =>
            cell.Contains("<ul", StringComparison.OrdinalIgnoreCase)
            || cell.Contains("<ol", StringComparison.OrdinalIgnoreCase)
            || cell.Contains("<li", StringComparison.OrdinalIgnoreCase)
            || cell.Contains("<p>", StringComparison.OrdinalIgnoreCase)) >= 2;
    }
}
