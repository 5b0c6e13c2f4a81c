using System.Text;
using CsvHelper;
using InkoopPortal.Application.Export;
using InkoopPortal.TestSupport.Export;

namespace InkoopPortal.UnitTests.Export;

/// <summary>CSV for Dutch Excel: BOM, ";", RFC 4180 quoting, and no formulas.</summary>
public class DutchCsvTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public void The_file_is_UTF8_with_a_byte_order_mark_and_semicolons_between_fields()
    {
        var bytes = DutchCsv.Write(["Inkoper", "Tekst"], [["CZ", "één – twee"]]);

        bytes.Take(3).Should().Equal(Bom);
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Should().Be("Inkoper;Tekst\r\nCZ;één – twee\r\n");
    }

    [Fact]
    public void Separators_quotes_and_line_breaks_are_quoted_as_RFC_4180_says()
    {
        var text = Text(DutchCsv.Write(["a"], [["x;y"], ["zeg \"ja\""], ["regel 1\r\nregel 2"], ["1,5"]]));

        text.Should().Be("a\r\n\"x;y\"\r\n\"zeg \"\"ja\"\"\"\r\n\"regel 1\nregel 2\"\r\n1,5\r\n");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+31 20")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    public void A_field_a_spreadsheet_would_run_as_a_formula_gets_an_apostrophe_first(string field)
    {
        var row = CsvFiles.Rows(DutchCsv.Write(["a"], [[field]]))[1];

        row.Should().Equal("'" + field);
    }

    [Fact]
    public void Read_back_with_the_same_settings_the_grid_is_the_same()
    {
        string[][] rows =
        [
            ["Onderwerp", "CZ", "VGZ"],
            ["Regioplan", "• Regioplan voor 1 september\n  – per regio", "Geen bijzonderheden"],
            ["Tarieven; 2022", "\"Max\" € 10,50", ""],
        ];

        CsvFiles.Rows(DutchCsv.Write(rows[0], rows[1..])).Should().BeEquivalentTo(rows, options => options.WithStrictOrdering());
    }

    [Fact]
    public void Characters_a_cell_cannot_hold_are_left_out()
    {
        CsvFiles.Rows(DutchCsv.Write(["a"], [["x\u0000y\u0007z"]]))[1].Should().Equal("xyz");
    }

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes.AsSpan(3));

}
