using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Application.Import.Presentation;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.UnitTests.Import.PolicyText;

/// <summary>Documents written for these tests in the shapes of the real ones: other insurers, years and headings.</summary>
public class OwnDocumentTests
{
    private const string PlainPolicy = """
        Contracteerbeleid 2025-2027

        Wijkverpleging en eerstelijnsverblijf

        Noordzorg koopt zorg in die past bij de verzekerde.



        Wijzigingen ten opzichte van 2024

        Onderwerp	Wijziging
        Planning	<p>De planning is vervroegd.</p> <p>Aanvragen kan tot 1 augustus.</p>

        Onderwerp	Wijziging
        Kwaliteit	Nieuwe eis over HKZ-certificering.

        Inhoudsopgave

        Onze visie	2
        Kwaliteit	3
        Contracteren	4

        Onze visie

        Zorg dichtbij huis is het uitgangspunt. Wij willen dat de verzekerde de zorg krijgt die past bij de

        ¹ Zie de landelijke afspraken.

        zorgvraag en de thuissituatie.

        Regionale samenwerking

        - wij maken afspraken per regio;
        - wij delen data met aanbieders.

        Kwaliteit

        Kwaliteit staat voorop.

        Voorwaarden voor een contract

        Wij stellen de volgende voorwaarden.

        Algemeen

        - u heeft een dienstverband van minimaal 2,5 fte;
        - u wordt uitgesloten van contractering bij fraude.

        Aanvullend voor grz

        - u bent binnen drie jaar HKZ gecertificeerd.

        Contracteren

        Wij contracteren via VECOZO.

        Planning

        Wat	Wie	Wanneer (2024)
        Aanvragen zorgovereenkomst	Zorgaanbieder	1 augustus
        Inkoopgesprekken	Noordzorg	september-november
        Ondertekening	Zorgaanbieder	n.t.b.
        Publicatie gecontracteerde zorgaanbieders	Noordzorg	vóór december jaar T-1

        Contact

        Mail ons via zorg@noordzorg.example.
        """;

    private const string MarkdownPolicy = """
        # **Zorginkoopbeleid 2026 huisartsenzorg**

        ## 1 Belangrijkste wijzigingen voor 2026

        - De visie is herschreven (paragraaf 2.1).
        - Nieuwe minimumeisen voor huisartsenposten (bijlage 2).
        - Redactionele aanpassingen.

        ## 2 Onze visie

        ### 2.1 *Samen gezond*

        Wij werken aan [positieve gezondheid](https://example.nl/pg) met *alle* partners.

        ### ***Digitale zorg***

        Digitaal waar het kan.

        ## 3 Contractering

        ### 3.1 Minimum- en kwaliteitseisen

        - De huisartsenpost heeft minimaal 100.000 inwoners in het verzorgingsgebied.
        - De RSV heeft een mandaat van 80% van de huisartsen.

        ### 3.2 Planning

        | Uiterste datum | Inkoopactiviteit |
        |---|---|
        | 1 april 2025 | Publicatie zorginkoopbeleid op <a href="https://example.nl">example.nl</a> |
        | Juni 2025 | Uiterste datum vragen |

        ## **Bijlage 2: Minimumeisen huisartsenposten**

        ### Minimum- en kwaliteitseisen – Huisartsenposten

        - De post is maximaal 12 uur per dag gesloten.
        - De post staat niet onder verscherpt toezicht.
        """;

    private const string Presentation = """
        Inkoopkader Wlz 2027

        12 mei 2026

        Tariefpercentages

        Sector	%
        VV	96,1%
        GZ	96,0

        Het richttariefpercentage is het 75e percentiel van de kostenpercentages.

        Hoofddoelen

        Hoofddoelstellingen:

        1. Toegankelijke zorg.

        VV	GZ	GGZ
        Personeel	Wonen	Behandeling

        Planning

        Vragen kunt u tot uiterlijk vrijdag 2 juni 10.00 uur stellen.

        Bij GGZ ligt de focus op herstel

        - Doel: eigen regie.

        Losse dia

        Niets over een onderwerp.
        """;

    [Fact]
    public void Plain_policy_of_another_insurer_reads_title_years_and_change_table_over_two_pages()
    {
        var parsed = PolicyTextParser.Parse(PlainPolicy);

        parsed.Title.Should().Be("Contracteerbeleid 2025-2027");
        (parsed.ValidFromYear, parsed.ValidToYear).Should().Be((2025, 2027));
        parsed.Changes.Select(change => change.Subject).Should().Equal("Planning", "Kwaliteit");
        parsed.Changes[0].Markdown.Should().Be("De planning is vervroegd.\n\nAanvragen kan tot 1 augustus.");
    }

    [Fact]
    public void Plain_policy_conditions_follow_the_condition_heading_until_a_section_with_text()
    {
        var parsed = PolicyTextParser.Parse(PlainPolicy);

        parsed.Conditions.Select(condition => (condition.Category, condition.ProviderType, condition.Kind)).Should().Equal(
            ("Algemeen", null, ConditionKind.Requirement),
            ("Algemeen", null, ConditionKind.Exclusion),
            ("Aanvullend voor grz", "grz", ConditionKind.Requirement));
        parsed.Conditions[0].Thresholds.Should().ContainSingle().Which.Value.Should().Be(2.5m);
        parsed.Conditions[2].Thresholds.Single().Metric.Should().Be("termijn HKZ-certificering");
    }

    [Fact]
    public void Plain_policy_planning_uses_its_header_year_and_keeps_unreadable_dates_as_text()
    {
        var parsed = PolicyTextParser.Parse(PlainPolicy);

        parsed.Deadlines.Select(deadline => (deadline.Kind, deadline.Date, deadline.Precision)).Should().Equal(
            (DeadlineKind.Application, new DateOnly(2024, 8, 1), DatePrecision.Day),
            (DeadlineKind.Meeting, new DateOnly(2024, 9, 1), DatePrecision.Month),
            (DeadlineKind.Signing, null, DatePrecision.Unspecified),
            (DeadlineKind.ContractedProvidersPublication, new DateOnly(2024, 11, 30), DatePrecision.Day));
        parsed.Deadlines[2].DateText.Should().Be("n.t.b.");
        parsed.Deadlines[1].Responsible.Should().Be("Noordzorg");
    }

    [Fact]
    public void Plain_policy_sections_are_kept_whole_with_no_statements_of_their_own_and_the_split_sentence_is_whole()
    {
        var parsed = PolicyTextParser.Parse(PlainPolicy);

        parsed.Statements.Should().BeEmpty("a heading never becomes a topic: the import files sections under the codebook");
        parsed.Sections.Select(section => section.Title).Should().ContainInOrder("Onze visie", "Regionale samenwerking", "Kwaliteit", "Contracteren");
        parsed.Sections.Single(section => section.Title == "Onze visie").Markdown.Should().Be("Zorg dichtbij huis is het uitgangspunt. Wij willen dat de verzekerde de zorg krijgt die past bij de zorgvraag en de thuissituatie.\n\n¹ Zie de landelijke afspraken.");
        parsed.Sections.Single(section => section.Title == "Regionale samenwerking").Level.Should().Be(2);
        parsed.Sections.Single(section => section.Title == "Kwaliteit").Level.Should().Be(1);
    }

    [Fact]
    public void Plain_policy_keeps_every_word_in_its_sections()
    {
        PolicySources.WordsMissingFromSections(PlainPolicy, PolicyTextParser.Parse(PlainPolicy)).Should().BeEmpty();
    }

    [Fact]
    public void Markdown_policy_reads_numbered_sections_without_emphasis()
    {
        var parsed = PolicyTextParser.Parse(MarkdownPolicy);

        parsed.Title.Should().Be("Zorginkoopbeleid 2026 huisartsenzorg");
        (parsed.ValidFromYear, parsed.ValidToYear).Should().Be((2026, 2026));
        parsed.Sections.Select(section => (section.Number, section.Title, section.Level)).Should().Contain(
        [
            ("2.1", "Samen gezond", 2),
            (null, "Digitale zorg", 3),
            (null, "Bijlage 2: Minimumeisen huisartsenposten", 1),
            (null, "Minimum- en kwaliteitseisen – Huisartsenposten", 2),
        ]);
        parsed.Sections.Single(section => section.Number == "2.1").Markdown
            .Should().Be("Wij werken aan positieve gezondheid (https://example.nl/pg) met alle partners.");
    }

    [Fact]
    public void Markdown_policy_change_bullets_refer_to_paragraphs_and_appendices()
    {
        var parsed = PolicyTextParser.Parse(MarkdownPolicy);

        parsed.Changes.Select(change => (change.Subject, change.SectionReference)).Should().Equal(
            ("Samen gezond", "paragraaf 2.1"),
            ("Bijlage 2: Minimumeisen huisartsenposten", "bijlage 2"),
            (null, null));
    }

    [Fact]
    public void Markdown_policy_conditions_thresholds_and_planning_are_read()
    {
        var parsed = PolicyTextParser.Parse(MarkdownPolicy);

        parsed.Conditions.Select(condition => (condition.Category, condition.ProviderType, condition.Kind)).Should().Equal(
            ("Minimum- en kwaliteitseisen", null, ConditionKind.Requirement),
            ("Minimum- en kwaliteitseisen", null, ConditionKind.Requirement),
            ("Minimum- en kwaliteitseisen – Huisartsenposten", "Huisartsenposten", ConditionKind.Requirement),
            ("Minimum- en kwaliteitseisen – Huisartsenposten", "Huisartsenposten", ConditionKind.Exclusion));
        parsed.Conditions.SelectMany(condition => condition.Thresholds).Select(threshold => (threshold.Metric, threshold.Operator, threshold.Value)).Should().Equal(
            ("inwoners", ComparisonOperator.AtLeast, 100000m),
            ("mandaat huisartsen", ComparisonOperator.AtLeast, 80m),
            ("duur", ComparisonOperator.AtMost, 12m));
        parsed.Deadlines.Select(deadline => (deadline.Kind, deadline.Precision)).Should().Equal(
            (DeadlineKind.PolicyPublication, DatePrecision.Day), (DeadlineKind.Questions, DatePrecision.Month));
        parsed.Deadlines[0].Description.Should().Be("Publicatie zorginkoopbeleid op example.nl");
        parsed.PublishedOn.Should().Be(new DateOnly(2025, 4, 1));
    }

    [Fact]
    public void Markdown_policy_sections_keep_their_numbers_and_levels()
    {
        var parsed = PolicyTextParser.Parse(MarkdownPolicy);

        parsed.Statements.Should().BeEmpty();
        parsed.Sections.Single(section => section.Title == "Samen gezond").Should().BeEquivalentTo(new { Number = "2.1", Level = 2 });
        parsed.Sections.Single(section => section.Title == "Digitale zorg").Markdown.Should().Contain("Digitaal waar het kan.");
    }

    [Fact]
    public void Presentation_of_another_year_reads_figures_deadlines_and_topics()
    {
        var parsed = PresentationParser.Parse(Presentation);

        parsed.Title.Should().Be("Inkoopkader Wlz 2027");
        parsed.PublishedOn.Should().Be(new DateOnly(2026, 5, 12));
        (parsed.ValidFromYear, parsed.ValidToYear).Should().Be((2027, 2027));
        parsed.Figures.Select(figure => (figure.Category, figure.Value)).Should().Equal(("VV", 96.1m), ("GZ", 96.0m));
        parsed.Figures[0].Basis.Should().Be("Het richttariefpercentage is het 75e percentiel van de kostenpercentages.");
        parsed.Deadlines.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Kind = DeadlineKind.Questions,
            Date = new DateOnly(2026, 6, 2),
            Time = new TimeOnly(10, 0),
            DateText = "vrijdag 2 juni 10.00 uur",
        });
        parsed.Statements.Select(statement => (statement.TopicName, statement.CareTypeHint)).Should().Equal(
            ("Bekostiging", null), ("Inkoopdoelen", null), ("Sectorspecifieke uitdagingen", "VV"), ("Sectorspecifieke uitdagingen", "GZ"),
            ("Sectorspecifieke uitdagingen", "GGZ"), ("Inkoopdoelen", "GGZ"));
        parsed.Sections.Select(section => section.Title).Should().Contain("Losse dia");
    }
}
