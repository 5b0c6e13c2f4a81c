using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Export;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.TestSupport.Export;

namespace InkoopPortal.UnitTests.Export;

/// <summary>The matrix as a workbook and as CSV, read back with the Open XML SDK and CsvHelper.</summary>
public class MatrixWorkbookTests
{
    private static readonly ComparisonMatrix Matrix = new(
        2022,
        new MatrixCareType("huisartsenzorg", "Huisartsenzorg", Law.Zvw),
        [
            new MatrixColumn("vgz", "VGZ", PurchaserKind.HealthInsurer, true, new MatrixDocument(5, "Beleid VGZ", 2021, 2022, "https://www.vgz.nl/beleid")),
            new MatrixColumn("cz", "CZ", PurchaserKind.HealthInsurer, false, new MatrixDocument(6, "Beleid CZ", 2022, 2022, null)),
            new MatrixColumn("eno", "ENO", PurchaserKind.HealthInsurer, false, null),
        ],
        [
            new MatrixRowGroup("bouwstenen", "Bouwstenen", [
                new MatrixRow("regioplan", "Regioplan", true, ["Wat vraagt de verzekeraar?"], [
                    new MatrixCell("vgz", CellState.Content, "<ul><li>Indienen<ul><li>voor 1 september</li></ul></li></ul>", 1, null, CellChange.Changed),
                    new MatrixCell("cz", CellState.Content, "<p>=SUM(A1:A9) en -2</p>", 2, null, CellChange.None),
                    new MatrixCell("eno", CellState.NoDocument, "", null, null, CellChange.None),
                ]),
            ]),
            new MatrixRowGroup(null, "Niet ingedeeld", [
                new MatrixRow("tarieven", "Tarieven", false, [], [
                    new MatrixCell("vgz", CellState.NothingSpecial, "", 3, null, CellChange.None),
                    new MatrixCell("cz", CellState.Content, "<p>a\u0001b</p>", 4, null, CellChange.New),
                    new MatrixCell("eno", CellState.NoDocument, "", null, null, CellChange.None),
                ]),
            ]),
        ]);

    private static readonly MatrixPage Page = new(
        new MatrixRequest(2022, "huisartsenzorg", null, ["cz", "eno"], [], new MyRegionChoice("inkoper", "vgz")),
        Matrix,
        "",
        [],
        new MatrixFilterOptions([2022], [], [], []),
        ["cz", "eno"]);

    [Fact]
    public void The_grid_has_the_pages_columns_rows_and_cell_texts()
    {
        var grid = MatrixGrid.From(Page);

        grid.Title.Should().Be("Vergelijking zorginkoopbeleid huisartsenzorg 2022 (Zvw)");
        grid.Filter.Should().Be("Inkopers: CZ, ENO · Onderwerpen: alle · Mijn regio: VGZ (eerste kolom)");
        grid.Header.Should().Equal("Onderwerpgroep", "Onderwerp", "VGZ", "CZ", "ENO", "Hulpvragen");
        grid.Values.Should().BeEquivalentTo(
            new[]
            {
                new[] { "Bouwstenen", "Regioplan (randvoorwaarde)", "[Gewijzigd t.o.v. 2021]\n• Indienen\n  – voor 1 september", "=SUM(A1:A9) en -2", "Geen document voor dit jaar", "• Wat vraagt de verzekeraar?" },
                new[] { "Niet ingedeeld", "Tarieven", "Geen bijzonderheden", "[Nieuw t.o.v. 2021]\na\u0001b", "Geen document voor dit jaar", "" },
            },
            options => options.WithStrictOrdering());
        grid.Sources.Should().Equal(
            new MatrixGridSource("VGZ", "Beleid VGZ", "2021–2022", "https://www.vgz.nl/beleid"),
            new MatrixGridSource("CZ", "Beleid CZ", "2022", ""),
            new MatrixGridSource("ENO", "Geen document voor 2022", "", ""));
    }

    [Fact]
    public void The_workbook_has_a_frozen_header_and_topic_columns_and_every_text_as_an_inline_string()
    {
        using var workbook = Open(MatrixWorkbook.Write(MatrixGrid.From(Page)));
        var sheet = Sheet(workbook, MatrixWorkbook.MatrixSheetName);

        var pane = sheet.Worksheet.Descendants<Pane>().Single();
        pane.State!.Value.Should().Be(PaneStateValues.Frozen);
        pane.VerticalSplit!.Value.Should().Be(MatrixWorkbook.HeaderRow);
        pane.HorizontalSplit!.Value.Should().Be(2);
        pane.TopLeftCell!.Value.Should().Be("C4");

        var cells = sheet.Worksheet.Descendants<Cell>().ToList();
        cells.Should().OnlyContain(cell => cell.DataType! == CellValues.InlineString && cell.CellFormula == null);
        Text(sheet, "A1").Should().Be("Vergelijking zorginkoopbeleid huisartsenzorg 2022 (Zvw)");
        Row(sheet, 3).Should().Equal("Onderwerpgroep", "Onderwerp", "VGZ", "CZ", "ENO", "Hulpvragen");
        Text(sheet, "C4").Should().Be("[Gewijzigd t.o.v. 2021]\n• Indienen\n  – voor 1 september");
        Text(sheet, "D4").Should().Be("=SUM(A1:A9) en -2", "text that looks like a formula stays text, unchanged");
        Text(sheet, "D5").Should().Be("[Nieuw t.o.v. 2021]\nab", "a control character XML cannot hold is left out");

        var wrapped = workbook.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>()
            .ElementAt((int)cells.Single(cell => cell.CellReference == "C4").StyleIndex!.Value);
        wrapped.Alignment!.WrapText!.Value.Should().BeTrue();
    }

    [Fact]
    public void The_workbook_is_valid_Office_Open_XML()
    {
        using var workbook = Open(MatrixWorkbook.Write(MatrixGrid.From(Page)));

        new OpenXmlValidator().Validate(workbook).Select(error => $"{error.Path?.XPath}: {error.Description}").Should().BeEmpty();
    }

    [Fact]
    public void The_sources_sheet_names_each_purchasers_document_years_and_address()
    {
        using var workbook = Open(MatrixWorkbook.Write(MatrixGrid.From(Page)));
        var sheet = Sheet(workbook, MatrixWorkbook.SourcesSheetName);

        Row(sheet, 1).Should().Equal("Inkoper", "Document", "Geldig", "Bron");
        Row(sheet, 2).Should().Equal("VGZ", "Beleid VGZ", "2021–2022", "https://www.vgz.nl/beleid");
        Row(sheet, 4).Should().Equal("ENO", "Geen document voor 2022", "", "");
        var link = sheet.Worksheet.Descendants<Hyperlink>().Single();
        link.Reference!.Value.Should().Be("D2");
        sheet.HyperlinkRelationships.Single(relationship => relationship.Id == link.Id).Uri.Should().Be(new Uri("https://www.vgz.nl/beleid"));
    }

    [Fact]
    public void The_CSV_holds_the_same_grid_with_formulas_defused()
    {
        var grid = MatrixGrid.From(Page);

        var rows = CsvFiles.Rows(MatrixExport.Csv(Page).Content);

        rows[0].Should().Equal(grid.Header);
        rows.Should().HaveCount(3);
        rows[1][3].Should().Be("'=SUM(A1:A9) en -2");
        rows[2].Should().Equal("Niet ingedeeld", "Tarieven", "Geen bijzonderheden", "[Nieuw t.o.v. 2021]\nab", "Geen document voor dit jaar", "");
    }

    [Fact]
    public void The_file_names_say_what_and_which_year()
    {
        MatrixExport.Xlsx(Page).FileName.Should().Be("inkoopbeleid-huisartsenzorg-2022.xlsx");
        MatrixExport.Csv(Page).ContentType.Should().Be("text/csv; charset=utf-8");
        MatrixExport.Url(MatrixExport.XlsxPath, Page.Request)
            .Should().Be("vergelijk/export.xlsx?jaar=2022&zorgsoort=huisartsenzorg&inkopers=cz,eno", "'Mijn regio' stays in the browser's cookie");
    }

    [Fact]
    public void Rows_are_as_high_as_their_longest_wrapped_cell()
    {
        MatrixWorkbook.WrappedLines("kort", 45).Should().Be(1);
        MatrixWorkbook.WrappedLines("een\ntwee\ndrie", 45).Should().Be(3);
        MatrixWorkbook.WrappedLines(new string('x', 100), 45).Should().Be(3, "44 characters fit on a line of a column 45 wide");

        using var workbook = Open(MatrixWorkbook.Write(MatrixGrid.From(Page)));
        var rows = Sheet(workbook, MatrixWorkbook.MatrixSheetName).Worksheet.Descendants<Row>().ToDictionary(row => row.RowIndex!.Value);
        rows[4].Height!.Value.Should().Be(3 * 15 + 3, "the VGZ cell has a change mark and two bullet lines");
        rows[4].CustomHeight!.Value.Should().BeTrue();
        rows[1].Height.Should().BeNull("the title row keeps the default height");
    }

    [Theory]
    [InlineData(0, 1, "A1")]
    [InlineData(25, 3, "Z3")]
    [InlineData(26, 12, "AA12")]
    [InlineData(27, 1, "AB1")]
    [InlineData(701, 1, "ZZ1")]
    [InlineData(702, 1, "AAA1")]
    public void Cell_references_count_columns_as_Excel_does(int column, int row, string reference) =>
        MatrixWorkbook.CellReference(column, row).Should().Be(reference);

    private static SpreadsheetDocument Open(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    private static WorksheetPart Sheet(SpreadsheetDocument workbook, string name)
    {
        var sheet = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(candidate => candidate.Name == name);
        return (WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!);
    }

    private static string Text(WorksheetPart sheet, string reference) =>
        sheet.Worksheet.Descendants<Cell>().Single(cell => cell.CellReference == reference).InlineString!.Text!.Text;

    private static List<string> Row(WorksheetPart sheet, int index) =>
        sheet.Worksheet.Descendants<Row>().Single(row => row.RowIndex! == (uint)index)
            .Elements<Cell>().Select(cell => cell.InlineString!.Text!.Text).ToList();
}
