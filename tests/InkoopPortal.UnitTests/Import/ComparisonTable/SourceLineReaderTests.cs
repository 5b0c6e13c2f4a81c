using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.ComparisonTable;

namespace InkoopPortal.UnitTests.Import.ComparisonTable;

/// <summary>Rows read with CsvHelper: Excel's quoting, the line each cell starts on, and quotes that are text.</summary>
public class SourceLineReaderTests
{
    private static (List<SourceLine> Rows, List<ImportProblem> Problems) Read(string text)
    {
        var problems = new List<ImportProblem>();
        return (SourceLineReader.Read(text, problems), problems);
    }

    [Fact]
    public void Excel_quoted_cell_keeps_its_line_breaks_and_doubled_quotes_in_one_cell()
    {
        var (rows, problems) = Read("Regioplan\t\"Indienen:\n- vóór 1 juli\n- met \"\"mandaat\"\"\"\tVGZ\nVolgende\tx\ty");

        problems.Should().BeEmpty();
        rows.Should().HaveCount(2);
        rows[0].Cells.Should().Equal("Regioplan", "Indienen:\n- vóór 1 juli\n- met \"mandaat\"", "VGZ");
        (rows[0].Number, rows[0].CellLine(1), rows[0].CellLine(2)).Should().Be((1, 1, 3));
        rows[1].Number.Should().Be(4);
    }

    [Fact]
    public void Quotes_inside_a_cell_that_does_not_start_with_one_are_text()
    {
        var (rows, problems) = Read("Algemeen\t<ul style=\"list-style-type: none\"> – \"bonus\"-regeling\tc");

        problems.Should().BeEmpty();
        rows.Single().Cells.Should().Equal("Algemeen", "<ul style=\"list-style-type: none\"> – \"bonus\"-regeling", "c");
    }

    [Fact]
    public void A_quote_that_opens_and_closes_on_its_line_keeps_the_cells_as_written()
    {
        var (rows, problems) = Read("Algemeen\t\"Zorg dichtbij\" is het motto\tc\nVolgende\td\te");

        problems.Should().BeEmpty();
        rows[0].Cells.Should().Equal("Algemeen", "\"Zorg dichtbij\" is het motto", "c");
        rows[1].Cells.Should().Equal("Volgende", "d", "e");
    }

    [Fact]
    public void Unclosed_quote_is_refused_where_the_cell_starts_and_moves_no_text()
    {
        var (rows, problems) = Read("Onderwerp\tCZ\tVGZ\nRegioplan\tx\t\"Voor 1 juli\nAutomatisering\tPGO\tXIS");

        rows.Should().ContainSingle();
        problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(problem =>
            problem.Line == 2 && problem.Column == 3 && problem.Message.StartsWith("Deze cel begint met een aanhalingsteken"));
    }

    [Fact]
    public void Quoted_cell_running_over_a_tab_is_refused_because_it_would_swallow_a_cell()
    {
        var (_, problems) = Read("Regioplan\t\"Voor 1 juli\tGeen bijzonderheden\"");

        problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(problem => problem.Line == 1 && problem.Column == 2);
    }

    [Fact]
    public void Bom_crlf_blank_lines_and_excel_trailing_tabs_keep_their_line_numbers()
    {
        var (rows, problems) = Read("\uFEFFTitel\t\t\r\n\r\n\t\t\r\nOnderwerp\tCZ\r\n");

        problems.Should().BeEmpty();
        rows.Select(row => (row.Number, row.Text, row.IsBlank)).Should().Equal(
            (1, "Titel", false), (2, "", true), (3, "", true), (4, "Onderwerp\tCZ", false));
    }
}
