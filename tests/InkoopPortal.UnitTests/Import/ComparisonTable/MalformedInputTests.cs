using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.ComparisonTable;
using static InkoopPortal.UnitTests.Import.ComparisonTable.ComparisonTestHelpers;

namespace InkoopPortal.UnitTests.Import.ComparisonTable;

/// <summary>Input that cannot be imported fails with every problem, each with its line, column and a Dutch message.</summary>
public class MalformedInputTests
{
    private const string List = "<ul style=\"list-style-type: none\">";

    private static readonly string Header = Row("Onderwerp", "CZ", "VGZ");

    private static IReadOnlyList<ImportProblem> ProblemsOf(string text)
    {
        var parse = () => ComparisonTableParser.Parse(text);
        return parse.Should().Throw<ImportFailedException>().Which.Problems;
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n  \n\t\n")]
    public void Empty_file_is_reported_on_line_1(string text)
    {
        ProblemsOf(text).Should().Equal(new ImportProblem(1, null, "Het bestand is leeg."));
    }

    [Fact]
    public void Ragged_row_is_reported_with_its_line_the_extra_column_and_the_cell_counts()
    {
        var problems = ProblemsOf(Text("TITEL 2024", "", Header,
            Row("Algemeen", $"{List} – a", $"{List} – b", "te veel")));

        problems.Should().ContainSingle();
        problems[0].Line.Should().Be(4);
        problems[0].Column.Should().Be(4);
        problems[0].Message.Should().StartWith("Deze regel heeft 4 cellen, maar de kop heeft er 3.");
    }

    [Fact]
    public void Trailing_empty_cells_beyond_the_header_are_tolerated()
    {
        var parsed = ComparisonTableParser.Parse(Text("TITEL 2024", "", Header,
            Row("Algemeen", $"{List} – a", $"{List} – b", "", " ")));

        parsed.Cells.Should().HaveCount(2);
    }

    [Fact]
    public void Data_row_before_any_header_is_reported_in_column_1()
    {
        var problems = ProblemsOf(Text("TITEL 2024", "", Row("Algemeen", "a", "b"), Header, Row("Overig", "c", "d")));

        problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(problem =>
            problem.Line == 3 && problem.Column == 1 && problem.Message.Contains("niet onder een kopregel"));
    }

    [Fact]
    public void Continuation_row_without_a_topic_above_is_reported_in_column_1()
    {
        var problems = ProblemsOf(Text("TITEL 2024", "", Header, Row("", "<ul> – a", "")));

        problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(problem =>
            problem.Line == 4 && problem.Column == 1 && problem.Message.Contains("geen onderwerp"));
    }

    [Fact]
    public void Tag_cut_off_before_its_closing_bracket_is_reported_in_its_cell()
    {
        var problems = ProblemsOf(Text("TITEL 2024", "", Header,
            Row("Algemeen", $"{List} – a", "<ul style=\"list-style-type: none – b")));

        problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(problem =>
            problem.Line == 4 && problem.Column == 3 && problem.Message.Contains("<ul wordt niet afgesloten met '>'"));
    }

    [Fact]
    public void Unsupported_html_is_reported_in_its_cell()
    {
        var problems = ProblemsOf(Text("TITEL 2024", "", Header,
            Row("Algemeen", "<table><tr><td>a</td></tr></table>", "b")));

        problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(problem =>
            problem.Line == 4 && problem.Column == 2 && problem.Message.Contains("<table> in deze cel wordt niet ondersteund"));
    }

    [Fact]
    public void Footnote_marker_without_definition_is_reported_in_its_cell()
    {
        var problems = ProblemsOf(Text("TITEL 2024", "", Row("", "Zorgkantoor A", "Zorgkantoor B"),
            Row("Tarief", "95,5%¹", "96%²"),
            "¹ Exclusief opslag."));

        problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(problem =>
            problem.Line == 4 && problem.Column == 3 && problem.Message.StartsWith("Voetnoot ² in deze cel heeft geen voetnoottekst"));
    }

    [Fact]
    public void File_without_a_table_is_reported()
    {
        var problems = ProblemsOf(Text("TITEL 2024", "", "Alleen een inleiding."));

        problems.Should().ContainSingle().Which.Message.Should().StartWith("Er staat geen vergelijkingstabel in het bestand");
    }

    [Fact]
    public void Header_without_purchasers_is_reported()
    {
        var problems = ProblemsOf(Text("TITEL 2024", "", "Onderwerp\t", Row("Algemeen", "a")));

        problems.Should().Contain(problem =>
            problem.Line == 3 && problem.Column == 2 && problem.Message.Contains("noemt geen zorgverzekeraars"));
    }

    [Fact]
    public void Missing_column_header_is_reported_in_its_column()
    {
        var problems = ProblemsOf(Text("TITEL 2024", "", Row("Onderwerp", "CZ", "", "VGZ"), Row("Algemeen", "a", "b", "c")));

        problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(problem =>
            problem.Line == 3 && problem.Column == 3 && problem.Message.StartsWith("Kolomkop ontbreekt in kolom 3"));
    }

    [Fact]
    public void Duplicate_purchaser_in_one_header_is_reported_in_its_column()
    {
        var problems = ProblemsOf(Text("TITEL 2024", "", Row("Onderwerp", "Zilveren Kruis", "CZ", "Zilverenkruis")));

        problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(problem =>
            problem.Line == 3 && problem.Column == 4 && problem.Message.Contains("twee keer in de kopregel"));
    }

    [Fact]
    public void Stray_text_between_tables_is_reported_on_its_line()
    {
        var problems = ProblemsOf(Text("TITEL 2024", "", Header, Row("Algemeen", "a", "b"), "", "Losse tekst.",
            Row("Overig", "c", "d")));

        problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(problem =>
            problem.Line == 6 && problem.Column == null && problem.Message.Contains("hoort niet bij een tabel"));
    }

    [Fact]
    public void All_problems_of_a_file_are_reported_together_in_line_order()
    {
        var text = Text("TITEL 2024", "", Header,
            Row("Algemeen", "<ul", "b"),
            Row("Overig", "a", "b", "c"));

        var exception = FluentActions.Invoking(() => ComparisonTableParser.Parse(text))
            .Should().Throw<ImportFailedException>().Which;

        exception.Problems.Select(problem => (problem.Line, problem.Column)).Should().Equal((4, 2), (5, 4));
        exception.Message.Should().Contain("Regel 4, kolom 2:").And.Contain("Regel 5, kolom 4:");
    }
}
