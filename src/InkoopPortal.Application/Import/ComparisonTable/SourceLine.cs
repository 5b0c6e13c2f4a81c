namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>A line of the text form; tab-separated cells are numbered from 1 in messages.</summary>
internal sealed record SourceLine(int Number, string Text)
{
    public IReadOnlyList<string> Cells { get; } = Text.Split('\t');

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public bool IsTableRow => Cells.Count > 1;

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

    public static List<SourceLine> Split(string text) =>
        text.TrimStart('\uFEFF').Split('\n')
            .Select((line, index) => new SourceLine(index + 1, line.TrimEnd('\r')))
            .ToList();
}
