using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using InkoopPortal.Application.Comparison;

namespace InkoopPortal.Application.Export;

/// <summary>
/// The matrix as an Excel workbook (.xlsx, written with the Open XML SDK). Sheet "Vergelijking": a title row, a row
/// with the filter, then the header (group, topic, the purchasers in the page's order) and one row per topic; the
/// header row and the group and topic columns are frozen, texts wrap. Sheet "Bronnen": per purchaser the document,
/// its years and its address at the source. Every text is an inline string, never a formula (ADR-017).
/// </summary>
public static class MatrixWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string MatrixSheetName = "Vergelijking";
    public const string SourcesSheetName = "Bronnen";

    /// <summary>The row of the matrix header (1-based); the title and filter rows are above it.</summary>
    public const int HeaderRow = 3;

    private static class Style
    {
        public const uint Default = 0;
        public const uint Text = 1;
        public const uint Header = 2;
        public const uint Title = 3;
        public const uint Topic = 4;
        public const uint State = 5;
        public const uint Change = 6;
    }

    public static byte[] Write(MatrixGrid grid)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            AddSheet(workbookPart, sheets, 1, MatrixSheetName, part => MatrixSheet(grid));
            AddSheet(workbookPart, sheets, 2, SourcesSheetName, part => SourcesSheet(grid, part));
        }

        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, uint id, string name, Func<WorksheetPart, Worksheet> content)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = content(part);
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Worksheet MatrixSheet(MatrixGrid grid)
    {
        var header = grid.Header;
        var widths = new List<double> { 22, 30 };
        widths.AddRange(grid.Purchasers.Select(_ => 45d));
        if (grid.HasQuestions)
        {
            widths.Add(50);
        }

        var data = new SheetData();
        data.Append(Row(1, [(grid.Title, Style.Title)]));
        data.Append(Row(2, [(grid.Filter, Style.Default)]));
        data.Append(Row(HeaderRow, header.Select(text => (text, Style.Header)).ToList(), widths));
        var rowIndex = (uint)HeaderRow;
        foreach (var row in grid.Rows)
        {
            var cells = new List<(string, uint)> { (row.Group, Style.Text), (row.Topic, Style.Topic) };
            cells.AddRange(row.Cells.Select(cell => (cell.Text, CellStyle(cell))));
            if (grid.HasQuestions)
            {
                cells.Add((row.Questions, Style.Text));
            }

            data.Append(Row(++rowIndex, cells, widths));
        }

        // Frozen: everything above and left of the first purchaser's first cell stays in view while scrolling.
        var topLeft = CellReference(MatrixGrid.LeadingColumns, HeaderRow + 1);
        var view = new SheetView(
            new Pane
            {
                HorizontalSplit = MatrixGrid.LeadingColumns,
                VerticalSplit = HeaderRow,
                TopLeftCell = topLeft,
                ActivePane = PaneValues.BottomRight,
                State = PaneStateValues.Frozen,
            },
            new Selection { Pane = PaneValues.BottomRight, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
        { WorkbookViewId = 0 };

        return new Worksheet(new SheetViews(view), Columns(widths), data);
    }

    private static Worksheet SourcesSheet(MatrixGrid grid, WorksheetPart part)
    {
        var data = new SheetData();
        double[] widths = [24, 60, 12, 70];
        data.Append(Row(1, new[] { "Inkoper", "Document", "Geldig", "Bron" }.Select(text => (text, Style.Header)).ToList()));
        var hyperlinks = new Hyperlinks();
        var rowIndex = 1u;
        foreach (var source in grid.Sources)
        {
            rowIndex++;
            data.Append(Row(rowIndex, [(source.Purchaser, Style.Text), (source.Document, Style.Text), (source.Years, Style.Text), (source.SourceUrl, Style.Text)], widths));
            if (Uri.TryCreate(source.SourceUrl, UriKind.Absolute, out var address) && (address.Scheme == Uri.UriSchemeHttps || address.Scheme == Uri.UriSchemeHttp))
            {
                var relationship = part.AddHyperlinkRelationship(address, isExternal: true);
                hyperlinks.Append(new Hyperlink { Reference = CellReference(3, (int)rowIndex), Id = relationship.Id });
            }
        }

        var sheet = new Worksheet(Columns(widths), data);
        if (hyperlinks.HasChildren)
        {
            sheet.Append(hyperlinks);
        }

        return sheet;
    }

    private static uint CellStyle(MatrixGridCell cell) =>
        cell.State != CellState.Content ? Style.State
        : cell.Change != CellChange.None ? Style.Change
        : Style.Text;

    private static Columns Columns(IEnumerable<double> widths) =>
        new(widths.Select((width, index) => new Column
        {
            Min = (uint)index + 1,
            Max = (uint)index + 1,
            Width = width,
            CustomWidth = true,
        }));

    /// <summary>
    /// A row of inline-string cells: text is never read as a formula, whatever it starts with. With the column
    /// <paramref name="widths"/> the row gets the height its wrapped texts need: not every spreadsheet program sizes
    /// rows of a file it opens, and a row of one line would hide all but the first line of each cell.
    /// </summary>
    private static Row Row(uint index, IReadOnlyList<(string Text, uint Style)> cells, IReadOnlyList<double>? widths = null)
    {
        var row = new Row { RowIndex = index };
        if (widths is not null)
        {
            var lines = cells.Select((cell, column) => WrappedLines(ExportText.ForCell(cell.Text), widths[column])).DefaultIfEmpty(1).Max();
            row.Height = Math.Min(MaximumRowHeight, lines * LineHeight + 3);
            row.CustomHeight = true;
        }

        var column = 0;
        foreach (var (text, style) in cells)
        {
            var value = ExportText.ForCell(text);
            row.Append(new Cell(new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }))
            {
                CellReference = CellReference(column++, (int)index),
                DataType = CellValues.InlineString,
                StyleIndex = style,
            });
        }

        return row;
    }

    /// <summary>Points per line of Calibri 11, and Excel's largest row height.</summary>
    private const double LineHeight = 15;
    private const double MaximumRowHeight = 409;

    /// <summary>
    /// About how many lines a text takes in a column of <paramref name="width"/> (Excel's unit: the width of a "0").
    /// Text averages a little narrower than "0", but wrapping at word ends wastes some room: one character per unit.
    /// </summary>
    public static int WrappedLines(string text, double width)
    {
        var perLine = Math.Max(1, (int)width - 1);
        return text.Split('\n').Sum(line => Math.Max(1, (line.Length + perLine - 1) / perLine));
    }

    /// <summary>"A1" for column 0, row 1; "AB12" for column 27, row 12.</summary>
    public static string CellReference(int column, int row)
    {
        var name = "";
        for (var rest = column + 1; rest > 0; rest = (rest - 1) / 26)
        {
            name = (char)('A' + (rest - 1) % 26) + name;
        }

        return name + row.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Fonts, fills, borders and the cell formats the <see cref="Style"/> indexes name, in that order.</summary>
    private static Stylesheet Stylesheet()
    {
        var fonts = new Fonts(
            Font(),
            Font(bold: true),
            Font(bold: true, size: 14),
            Font(italic: true, color: "FF55606B"),
            Font(bold: true, color: "FF0B5394"));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDE6EE" }) { PatternType = PatternValues.Solid }));
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(new Color { Rgb = "FF8A96A3" }) { Style = BorderStyleValues.Thin }, new DiagonalBorder()));
        var formats = new CellFormats(
            new CellFormat(),
            Format(fontId: 0),
            Format(fontId: 1, fillId: 2, borderId: 1),
            new CellFormat { FontId = 2, ApplyFont = true },
            Format(fontId: 1),
            Format(fontId: 3),
            Format(fontId: 4));
        return new Stylesheet(fonts, fills, borders, new CellStyleFormats(new CellFormat()), formats);
    }

    private static Font Font(bool bold = false, bool italic = false, double size = 11, string? color = null)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        if (italic)
        {
            font.Append(new Italic());
        }

        font.Append(new FontSize { Val = size });
        if (color is not null)
        {
            font.Append(new Color { Rgb = color });
        }

        font.Append(new FontName { Val = "Calibri" });
        return font;
    }

    /// <summary>Wrapped, top-aligned text in the given font, fill and border.</summary>
    private static CellFormat Format(uint fontId, uint fillId = 0, uint borderId = 0) =>
        new(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
        {
            FontId = fontId,
            FillId = fillId,
            BorderId = borderId,
            ApplyFont = true,
            ApplyFill = fillId != 0,
            ApplyBorder = borderId != 0,
            ApplyAlignment = true,
        };
}
