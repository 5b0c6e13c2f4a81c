using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace InkoopPortal.TestSupport.Export;

/// <summary>Reads an exported .xlsx back with the Open XML SDK, as a test sees it: sheets of texts and the frozen pane.</summary>
public sealed partial class Workbooks : IDisposable
{
    private readonly SpreadsheetDocument _document;

    private Workbooks(byte[] bytes) => _document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);

    public static Workbooks Open(byte[] bytes) => new(bytes);

    public IReadOnlyList<string> SheetNames =>
        _document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(sheet => sheet.Name!.Value!).ToList();

    /// <summary>The sheet's rows by row number (1-based), each a list of cell texts by column (gaps as "").</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> Rows(string sheetName)
    {
        var rows = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var row in Part(sheetName).Worksheet.Descendants<Row>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference!.Value!);
                while (cells.Count < column)
                {
                    cells.Add("");
                }

                cells.Add(cell.InlineString?.Text?.Text ?? cell.CellValue?.Text ?? "");
            }

            rows[(int)row.RowIndex!.Value] = cells;
        }

        return rows;
    }

    /// <summary>The frozen pane of the sheet: the top-left cell that scrolls, or null when nothing is frozen.</summary>
    public string? FrozenAt(string sheetName) =>
        Part(sheetName).Worksheet.Descendants<Pane>().FirstOrDefault(pane => pane.State?.Value == PaneStateValues.Frozen)?.TopLeftCell?.Value;

    /// <summary>True when no cell of the workbook holds a formula.</summary>
    public bool HasNoFormulas =>
        _document.WorkbookPart!.WorksheetParts.All(part => !part.Worksheet.Descendants<CellFormula>().Any());

    public void Dispose() => _document.Dispose();

    private WorksheetPart Part(string sheetName)
    {
        var sheet = _document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(candidate => candidate.Name == sheetName);
        return (WorksheetPart)_document.WorkbookPart.GetPartById(sheet.Id!);
    }

    private static int ColumnIndex(string reference)
    {
        var letters = ColumnLetters().Match(reference).Value;
        return letters.Aggregate(0, (total, letter) => total * 26 + (letter - 'A' + 1)) - 1;
    }

    [GeneratedRegex("^[A-Z]+")]
    private static partial Regex ColumnLetters();
}
