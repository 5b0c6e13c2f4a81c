namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>
/// One row of the text form: a text line or the tab-separated cells of a table row. A row may span several
/// physical lines when a cell is quoted and holds line breaks (Excel's clipboard). <see cref="Number"/> is the
/// physical line the row starts on; cells are numbered from 1 in messages.
/// </summary>
internal sealed class SourceLine(int number, IReadOnlyList<string> cells, IReadOnlyList<int> cellLines)
{
    public int Number { get; } = number;

    /// <summary>The cells as written (quoting removed), not trimmed.</summary>
    public IReadOnlyList<string> Cells { get; } = cells.Count == 0 ? [""] : cells;

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);

    public bool IsTableRow => Cells.Count > 1;

    /// <summary>The text of a row with at most its first cell filled ("Titel\t\t\t" from Excel reads as "Titel").</summary>
    public string Text => FilledCellCount <= 1 ? Cells[0] : string.Join('\t', Cells);

    /// <summary>The number of cells up to the last one that is not empty (trailing empty cells are tolerated).</summary>
    public int FilledCellCount
    {
        get
        {
            var count = Cells.Count;
            while (count > 0 && string.IsNullOrWhiteSpace(Cells[count - 1]))
            {
                count--;
            }

            return count;
        }
    }

    public string Cell(int index) => index < Cells.Count ? Cells[index].Trim() : "";

    /// <summary>The cell as written, with its inner line breaks and indentation (for list markers).</summary>
    public string RawCell(int index) => index < Cells.Count ? Cells[index] : "";

    /// <summary>The physical line a cell starts on (a later line when an earlier cell of the row held line breaks).</summary>
    public int CellLine(int index) => index < cellLines.Count ? cellLines[index] : Number;
}
