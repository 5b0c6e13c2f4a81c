using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.UnitTests.Import.PolicyText;

/// <summary>Deadlines in sentences: which dated sentences are deadlines, their date, year and the words kept.</summary>
public class ProseDeadlineTests
{
    private static IReadOnlyList<ParsedDeadline> Deadlines(string sentence, string title = "Zorginkoopbeleid 2025") =>
        PolicyTextParser.Parse($"# {title}\n\n## Contracteren\n\n{sentence}\n").Deadlines;

    [Theory]
    [InlineData("Dien uw aanvraag in vóór 1 juli 2024.", "2024-06-30", "vóór 1 juli 2024", DeadlineKind.Application)]
    [InlineData("U kunt uw aanvraag voor 1 april 2024 indienen.", "2024-03-31", "voor 1 april 2024", DeadlineKind.Application)]
    [InlineData("Wij ontvangen uw offerte uiterlijk 1 september.", "2024-09-01", "1 september", DeadlineKind.Offer)]
    [InlineData("Vragen kunt u stellen tot en met 15 maart 2024.", "2024-03-15", "15 maart 2024", DeadlineKind.Questions)]
    [InlineData("Voor 1 april 2024 publiceren wij het inkoopbeleid.", "2024-03-31", "Voor 1 april 2024", DeadlineKind.PolicyPublication)]
    [InlineData("Op 12 november 2024 publiceren wij de gecontracteerde zorgaanbieders.", "2024-11-12", "12 november 2024", DeadlineKind.ContractedProvidersPublication)]
    [InlineData("Uiterste datum: 30 juni 2024.", "2024-06-30", "30 juni 2024", DeadlineKind.Other)]
    [InlineData("Het contract moet u uiterlijk donderdag 5 december 2024 om 17.00 uur ondertekenen.", "2024-12-05", "donderdag 5 december 2024 om 17.00 uur", DeadlineKind.Signing)]
    public void A_deadline_in_a_sentence_is_found_with_its_date_and_words(string sentence, string date, string dateText, DeadlineKind kind)
    {
        var deadline = Deadlines(sentence).Should().ContainSingle().Subject;

        (deadline.Date, deadline.DateText, deadline.Kind, deadline.Line).Should().Be((DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), dateText, kind, 5));
        deadline.SourceText.Should().Be(sentence);
        deadline.Description.Should().Be(sentence);
    }

    [Theory]
    [InlineData("Vanaf 1 januari 2025 geldt het nieuwe tarief.")]
    [InlineData("Per 1 januari 2025 vervalt de oude prestatie; u dient niets in te dienen.")]
    [InlineData("Sinds 1 juli 2023 werken wij met een nieuwe standaard.")]
    [InlineData("Meldingen ná 1 juli 2024 nemen wij later in behandeling.")]
    [InlineData("Met ingang van 1 maart 2025 publiceren wij maandelijks cijfers.")]
    [InlineData("De overeenkomst loopt van 1 januari 2025 tot en met 31 december 2026.")]
    [InlineData("De overeenkomst is geldig tot 31 december 2026.")]
    [InlineData("Zie de Kamerbrief van 12 mei 2023 over de arbeidsmarkt.")]
    [InlineData("Het tarief volgt de beleidsregel (Stcrt. 14 december 2023, nr. 33012).")]
    [InlineData("De handreiking (versie 2 februari 2024) staat op de website.")]
    [InlineData("Op 1 maart 2024 hebben wij met de regio gesproken.")]
    public void A_starting_point_a_validity_period_a_citation_or_a_plain_date_is_not_a_deadline(string sentence) =>
        Deadlines(sentence).Should().BeEmpty();

    [Fact]
    public void A_date_without_a_year_takes_the_year_of_the_planning_table()
    {
        var deadlines = PolicyTextParser.Parse(
            "# Beleid 2026\n\n## Planning\n\n| Datum | Wat |\n|---|---|\n| 1 april 2024 | Publicatie beleid |\n\n## Aanvragen\n\nAanvragen kan tot en met 15 juni.\n").Deadlines;

        deadlines.Select(deadline => deadline.Date).Should().Equal(new DateOnly(2024, 4, 1), new DateOnly(2024, 6, 15));
    }

    [Fact]
    public void A_date_without_a_year_takes_the_year_before_the_first_contract_year_when_nothing_else_says()
    {
        Deadlines("Aanvragen kan tot en met 15 juni.", "Zorginkoopbeleid 2026-2027").Single().Date.Should().Be(new DateOnly(2025, 6, 15));
    }

    [Fact]
    public void A_date_without_a_year_in_a_document_without_any_year_is_not_read() =>
        Deadlines("Aanvragen kan tot en met 15 juni.", "Zorginkoopbeleid").Should().BeEmpty();

    [Fact]
    public void A_date_the_planning_already_gives_is_not_found_twice()
    {
        var deadlines = PolicyTextParser.Parse(
            "# Beleid 2025\n\n## Planning\n\n| Datum | Wat |\n|---|---|\n| 1 september 2024 | Uiterste datum aanvragen |\n\n" +
            "## Aanvragen\n\nUw aanvraag moet vóór 1 september 2024 binnen zijn. Ook daarna kunt u uiterlijk 1 september 2024 aanvragen.\n").Deadlines;

        deadlines.Should().ContainSingle().Which.SourceText.Should().Be("1 september 2024 | Uiterste datum aanvragen");
    }

    [Fact]
    public void The_same_step_on_the_same_day_said_twice_is_one_deadline()
    {
        Deadlines("Uw aanvraag dient u in vóór 1 juli 2024. Let op: aanvragen vóór 1 juli 2024 indienen.").Should().ContainSingle();
    }

    [Fact]
    public void The_date_under_the_title_is_the_publication_date_not_a_deadline()
    {
        var parsed = PolicyTextParser.Parse("Inkoopbeleid 2025\n\nUtrecht, 28 maart 2024\n\nAanvragen\n\nOp 28 maart 2024 publiceren wij dit beleid. Aanvragen kan tot 1 juli 2024.\n");

        parsed.PublishedOn.Should().Be(new DateOnly(2024, 3, 28));
        parsed.Deadlines.Should().ContainSingle().Which.Date.Should().Be(new DateOnly(2024, 7, 1));
    }

    [Fact]
    public void A_sentence_over_two_lines_of_a_pdf_cites_the_line_the_date_is_on()
    {
        var parsed = PolicyTextParser.Parse("Inkoopbeleid 2025\n\nAanvragen\n\nNieuwe aanbieders kunnen zich bij ons\nmelden tot en met 1 juni 2024 via het portaal.\n");

        var deadline = parsed.Deadlines.Should().ContainSingle().Subject;
        deadline.Line.Should().Be(6);
        deadline.SourceText.Should().Be("Nieuwe aanbieders kunnen zich bij ons melden tot en met 1 juni 2024 via het portaal.");
    }
}
