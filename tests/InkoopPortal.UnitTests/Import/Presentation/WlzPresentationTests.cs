using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Application.Import.Presentation;
using InkoopPortal.Domain.Documents;
using InkoopPortal.UnitTests.Import.PolicyText;

namespace InkoopPortal.UnitTests.Import.Presentation;

/// <summary>Zorg en Zekerheid presentatie zorginkoop Wlz 2024-2026: slide text.</summary>
public class WlzPresentationTests
{
    private static ParsedPolicyText Wlz => PolicySources.WlzPresentation;

    [Fact]
    public void Wlz_presentation_title_date_and_years_come_from_the_first_slide()
    {
        Wlz.Title.Should().Be("Presentatie Zorginkoop Wlz 2024-2026");
        Wlz.PublishedOn.Should().Be(new DateOnly(2023, 6, 6));
        (Wlz.ValidFromYear, Wlz.ValidToYear).Should().Be((2024, 2026));
    }

    [Fact]
    public void Wlz_tariff_percentages_per_sector_are_figures()
    {
        Wlz.Figures.Select(figure => (figure.Name, figure.Category, figure.Value, figure.Unit)).Should().Equal(
            ("Tariefpercentage", "VV", 95.5m, "%"),
            ("Tariefpercentage", "GZ", 95.7m, "%"),
            ("Tariefpercentage", "GGZ", 95.9m, "%"));
        Wlz.Figures[0].Line.Should().Be(76);
    }

    [Fact]
    public void Wlz_tariff_basis_names_the_75th_percentile_and_the_2021_annual_accounts()
    {
        Wlz.Figures.Should().OnlyContain(figure => figure.Basis != null && figure.Basis.Contains("75e percentiel") && figure.Basis.Contains("2021"));
    }

    [Fact]
    public void Wlz_questions_are_due_thursday_15_june_2023_at_noon()
    {
        var questions = Wlz.Deadlines.Single(deadline => deadline.Kind == DeadlineKind.Questions);

        questions.Should().BeEquivalentTo(new
        {
            Date = new DateOnly(2023, 6, 15),
            Time = new TimeOnly(12, 0),
            Precision = DatePrecision.Day,
            DateText = "donderdag 15 juni 12.00 uur",
        });
        questions.Description.Should().Contain("Nvl 2024 vragenlijst format");
    }

    [Fact]
    public void Wlz_answers_and_final_documents_are_published_on_30_june_2023()
    {
        var answers = Wlz.Deadlines.Single(deadline => deadline.Date == new DateOnly(2023, 6, 30));

        answers.Kind.Should().Be(DeadlineKind.Answers);
        answers.Description.Should().Be("Op 30 juni 2023 publiceren wij de Nvl en de definitieve inkoopdocumenten.");
        Wlz.Deadlines.Should().HaveCount(2);
    }

    [Fact]
    public void Wlz_sector_table_gives_one_challenge_statement_per_sector()
    {
        var challenges = Wlz.Statements.Where(statement => statement.TopicName == "Sectorspecifieke uitdagingen").ToList();

        challenges.Select(statement => statement.CareTypeHint).Should().Equal("Ouderenzorg", "Gehandicaptenzorg", "Geestelijke Gezondheidszorg");
        challenges[0].Markdown.Should().StartWith("- Onvoldoende aanbod van zorg in de zelfstandige woonomgeving (VPT en MPT)\n");
        challenges[1].Markdown.Should().Contain("- Missend aanbod van specialistische zorg voor (L)VG cliënten met verslavingsproblematiek");
        challenges.Should().OnlyContain(statement => statement.Markdown.Split('\n').Length == 5);
    }

    [Fact]
    public void Wlz_appendix_slides_are_purchasing_goals_per_sector()
    {
        Wlz.Statements.Where(statement => statement.TopicName == "Inkoopdoelen" && statement.CareTypeHint != null)
            .Select(statement => statement.CareTypeHint).Should().Equal("VV", "GZ", "GGZ");
        Wlz.Statements.Single(statement => statement.CareTypeHint == "GZ").Markdown.Should().Contain("kanslijnen");
    }

    [Fact]
    public void Wlz_topics_cover_goals_core_elements_custom_agreements_and_funding()
    {
        Wlz.Statements.Where(statement => statement.CareTypeHint == null).Select(statement => statement.TopicName)
            .Should().BeEquivalentTo(["Inkoopdoelen", "Kernelementen", "Maatwerkafspraken", "Bekostiging"]);

        Wlz.Statements.Single(statement => statement is { TopicName: "Inkoopdoelen", CareTypeHint: null }).Markdown.Should().Contain("Hoofddoelstellingen:");
        Wlz.Statements.Single(statement => statement.TopicName == "Kernelementen").SourceLocation.Should().Be("Regiofocus; Van inspanning naar resultaat; Financiële middelen");
        Wlz.Statements.Single(statement => statement.TopicName == "Maatwerkafspraken").Markdown.Should().Contain("Bewezen (tijdbesparende) zorgtechnologieën opschalen").And.NotContain("Hoe nu verder");
        Wlz.Statements.Single(statement => statement.TopicName == "Bekostiging").Markdown.Should().Contain("| VV | 95,5% |").And.Contain("75e percentiel");
    }

    [Fact]
    public void Wlz_every_slide_heading_is_a_section_at_level_1()
    {
        Wlz.Sections.Should().OnlyContain(section => section.Level == 1);
        Wlz.Sections.Select(section => section.Title).Should().Contain(["Agenda", "Regiofocus", "Beleidskader is ‘aanvullende inkoopvoorwaarden’ geworden", "Bijlagen"]);
    }

    [Fact]
    public void Wlz_presentation_sections_keep_every_word_of_the_source()
    {
        PolicySources.WordsMissingFromSections(PolicySources.Text(PolicySources.WlzPresentationFile), Wlz).Should().BeEmpty();
    }
}
