namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>
/// Reads the text form of a comparison memo: a title, introduction, a table of links to each purchaser's document,
/// and tab-separated tables of topics (rows) against purchasers (columns) whose cells hold (broken) HTML.
/// </summary>
public static class ComparisonTableParser
{
    /// <exception cref="ImportFailedException">With every problem found, each with its line and column.</exception>
    public static ParsedComparisonTable Parse(string text) => new ComparisonTableReader(text).Read();
}
