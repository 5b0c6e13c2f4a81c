using AngleSharp.Html.Parser;

namespace InkoopPortal.Bench.Measurement;

/// <summary>
/// Checks that the portal's page (a) and the baseline (b) show the same matrix: the same number of cells, and the same
/// content HTML in the same cells (row by row, column by column).
/// </summary>
public static class CellComparison
{
    public sealed record Outcome(int PageCells, int BaselineCells, int ContentCells, int Differences)
    {
        public bool Same => PageCells == BaselineCells && Differences == 0;

        public override string ToString() =>
            $"{PageCells} cells on the page, {BaselineCells} in the baseline, {ContentCells} with content, {Differences} different";
    }

    public static Outcome Compare(string pageHtml, string baselineHtml)
    {
        var page = CellBodies(pageHtml);
        var baseline = CellBodies(baselineHtml);
        var differences = page.Zip(baseline).Count(pair => pair.First != pair.Second);
        return new Outcome(page.Count, baseline.Count, page.Count(body => body is not null), differences);
    }

    /// <summary>Per cell of the first <c>table.matrix</c>, the inner HTML of its cell body, or null for a state cell.</summary>
    private static List<string?> CellBodies(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var table = document.QuerySelector("table.matrix") ?? throw new InvalidOperationException("No table.matrix in the response.");
        return table.QuerySelectorAll("td").Select(cell => cell.QuerySelector(".cell-body")?.InnerHtml).ToList();
    }
}
