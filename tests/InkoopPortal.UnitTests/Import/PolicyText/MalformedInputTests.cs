using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Application.Import.Presentation;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.UnitTests.Import.PolicyText;

public class MalformedInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n")]
    public void An_empty_file_is_refused(string text)
    {
        Problem(() => PolicyTextParser.Parse(text)).Should().Be(new ImportProblem(1, null, "het bestand is leeg."));
        Problem(() => PresentationParser.Parse(text)).Should().Be(new ImportProblem(1, null, "het bestand is leeg."));
    }

    [Fact]
    public void A_text_without_any_heading_is_refused_at_its_first_line()
    {
        var problem = Problem(() => PolicyTextParser.Parse("\n\nDit is alleen een lange zin zonder kop.\nEn nog een regel.\n"));

        problem.Line.Should().Be(3);
        problem.Message.Should().StartWith("geen titel of kop gevonden");
    }

    [Fact]
    public void A_ragged_planning_row_is_refused_with_its_line_and_column()
    {
        const string text = "# Beleid 2025\n\n## Planning\n\n| Uiterste datum | Inkoopactiviteit |\n|---|---|\n| 1 april 2025 |\n";

        var problem = Problem(() => PolicyTextParser.Parse(text));

        problem.Should().Be(new ImportProblem(7, 2, "deze tabelrij heeft 1 kolommen, de kop van de tabel (regel 5) heeft er 2."));
        problem.ToString().Should().Be("Regel 7, kolom 2: deze tabelrij heeft 1 kolommen, de kop van de tabel (regel 5) heeft er 2.");
    }

    [Fact]
    public void A_ragged_change_row_is_refused()
    {
        const string text = "Beleid 2025\n\nWijzigingen\n\nOnderwerp\tWijziging\nKwaliteit\tNieuw\tExtra\n";

        Problem(() => PolicyTextParser.Parse(text)).Should().BeEquivalentTo(new { Line = 6, Column = 3 });
    }

    [Fact]
    public void A_planning_date_that_cannot_be_read_is_kept_as_text()
    {
        const string text = "# Beleid 2025\n\n## Planning\n\n| Uiterste datum | Inkoopactiviteit |\n|---|---|\n| in overleg | Inkoopgesprekken |\n";

        var deadline = PolicyTextParser.Parse(text).Deadlines.Should().ContainSingle().Subject;

        (deadline.Date, deadline.Precision, deadline.DateText).Should().Be((null, DatePrecision.Unspecified, "in overleg"));
    }

    [Fact]
    public void A_sector_percentage_that_is_not_a_number_is_refused_at_its_cell()
    {
        const string text = "Presentatie Wlz 2025\n\n1 juni 2024\n\nTarieven\n\nSector\t%\nVV\t95,5%\nGZ\tvolgt\n";

        Problem(() => PresentationParser.Parse(text)).Should().Be(new ImportProblem(9, 2, "'volgt' is geen percentage; verwacht een getal zoals 95,5%."));
    }

    [Fact]
    public void A_ragged_sector_table_is_refused()
    {
        const string text = "Presentatie Wlz 2025\n\nUitdagingen\n\nOuderenzorg\tGehandicaptenzorg\nPersoneel\tWonen\tExtra\n";

        Problem(() => PresentationParser.Parse(text)).Should().BeEquivalentTo(new { Line = 6, Column = 3 });
    }

    private static ImportProblem Problem(Action parse) =>
        parse.Should().Throw<ImportFailedException>().Which.Problems.Should().ContainSingle().Subject;
}
