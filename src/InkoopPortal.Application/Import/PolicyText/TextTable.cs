using System.Text.RegularExpressions;

namespace InkoopPortal.Application.Import.PolicyText;

/// <summary>Splits a table row written with tabs ("a\tb") or pipes ("| a | b |").</summary>
internal static partial class TextTableRow
{
    public static IReadOnlyList<string>? TrySplit(string raw)
    {
        var trimmed = raw.Trim();
        if (trimmed.StartsWith('|') && trimmed.Length > 1)
        {
            var cells = SplitPipes(trimmed);
            return cells.Count > 0 ? cells : null;
        }

        return raw.Contains('\t') && trimmed.Length > 0 ? raw.TrimEnd().Split('\t').Select(cell => cell.Trim()).ToList() : null;
    }

    public static bool IsSeparator(IReadOnlyList<string> cells) => cells.All(cell => SeparatorCell().IsMatch(cell));

    private static List<string> SplitPipes(string row)
    {
        var inner = row[1..];
        if (inner.EndsWith('|') && !inner.EndsWith("\\|", StringComparison.Ordinal))
        {
            inner = inner[..^1];
        }

        return UnescapedPipe().Split(inner).Select(cell => cell.Replace("\\|", "|").Trim()).ToList();
    }

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    [GeneratedRegex(@"^:?-+:?$")]
    private static partial Regex SeparatorCell();
}

internal sealed record TableRow(IReadOnlyList<string> Cells, int Line)
{
    public string Cell(int column) => column < Cells.Count ? Cells[column] : "";
}

/// <summary>A table as written in the source; the first row is the header. Separator rows are left out.</summary>
internal sealed class TextTable(List<TableRow> rows)
{
    public List<TableRow> Rows { get; } = rows;

    public TableRow Header => Rows[0];

    public IEnumerable<TableRow> Body => Rows.Skip(1).Where(row => !SameCells(row, Header));

    public int Line => Header.Line;

    public int ColumnCount => Rows.Max(row => row.Cells.Count);

    /// <summary>The index of the first header cell the predicate accepts (compared on clean, lower-case text), or -1.</summary>
    public int FindColumn(Func<string, bool> predicate)
    {
        for (var column = 0; column < Header.Cells.Count; column++)
        {
            if (predicate(InlineText.Clean(Header.Cells[column]).ToLowerInvariant()))
            {
                return column;
            }
        }

        return -1;
    }

    /// <summary>A table whose content is read needs every row as wide as its header.</summary>
    public void RequireRectangular()
    {
        var problems = Rows
            .Where(row => row.Cells.Count != Header.Cells.Count)
            .Select(row => new ImportProblem(
                row.Line,
                Math.Min(row.Cells.Count, Header.Cells.Count) + 1,
                $"deze tabelrij heeft {row.Cells.Count} kolommen, de kop van de tabel (regel {Header.Line}) heeft er {Header.Cells.Count}."))
            .ToList();
        if (problems.Count > 0)
        {
            throw new ImportFailedException(problems);
        }
    }

    public static bool SameCells(TableRow first, TableRow second) =>
        first.Cells.Select(InlineText.Clean).SequenceEqual(second.Cells.Select(InlineText.Clean), StringComparer.OrdinalIgnoreCase);
}
