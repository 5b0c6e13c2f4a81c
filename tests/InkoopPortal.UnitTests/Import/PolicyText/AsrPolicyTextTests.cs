using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.UnitTests.Import.PolicyText;

/// <summary>a.s.r. inkoopbeleid 2023 &amp; 2024 elv/grz/gzsp: plain text from a PDF.</summary>
public class AsrPolicyTextTests
{
    private static ParsedPolicyText Asr => PolicySources.Asr;

    [Fact]
    public void Asr_title_is_the_first_line_and_the_policy_runs_from_2023_to_2024()
    {
        Asr.Title.Should().Be("Inkoopbeleid 2023 & 2024");
        Asr.ValidFromYear.Should().Be(2023);
        Asr.ValidToYear.Should().Be(2024);
    }

    [Fact]
    public void Asr_has_no_publication_date_because_its_planning_does_not_name_one()
    {
        Asr.PublishedOn.Should().BeNull();
    }

    [Fact]
    public void Asr_2023_change_table_has_nine_subjects()
    {
        Asr.Changes.Select(change => change.Subject).Should().Equal(
            "Administratief",
            "Samenwerking in de zorgketen",
            "Vlotte in- en doorstroom",
            "Gezamenlijke ambities en doelen digitalisering van de zorg",
            "Duurzaamheid",
            "Doelmatigheid",
            "Overige landelijke ontwikkelingen",
            "Innovatie",
            "Contractvoorwaarden");
    }

    [Fact]
    public void Asr_change_cells_with_html_paragraphs_become_markdown_paragraphs()
    {
        var administrative = Asr.Changes.Single(change => change.Subject == "Administratief");

        administrative.Markdown.Should().NotContain("<p>");
        administrative.Markdown.Split("\n\n").Should().HaveCount(3);
        administrative.Markdown.Should().StartWith("Het inkoopbeleid elv, grz en gzsp is samengevoegd tot één beleidsdocument");
        administrative.Line.Should().Be(18);
    }

    [Fact]
    public void Asr_repeated_change_table_headers_are_not_changes()
    {
        Asr.Changes.Should().NotContain(change => change.Subject == "Onderwerp");
    }

    [Fact]
    public void Asr_general_conditions_hold_the_exclusions_for_fraud_supervision_and_integrity()
    {
        var general = Asr.Conditions.Where(condition => condition.Category == "Algemeen").ToList();

        general.Should().HaveCount(12);
        general.Should().OnlyContain(condition => condition.ProviderType == null && condition.CareTypeHint == null);
        general.Where(condition => condition.Kind == ConditionKind.Exclusion).Select(condition => condition.Text).Should().Contain(
        [
            "u staat niet onder verscherpt toezicht",
            "u wordt uitgesloten van contractering als u in de afgelopen 5 jaar in de uitoefening van uw beroep een ernstige fout heeft begaan, waardoor de integriteit in twijfel kan worden getrokken",
        ]);
        general.Single(condition => condition.Text.StartsWith("u staat niet als frauderende", StringComparison.Ordinal)).Kind.Should().Be(ConditionKind.Exclusion);
        general.Single(condition => condition.Text.StartsWith("u bent ingeschreven", StringComparison.Ordinal)).Kind.Should().Be(ConditionKind.Requirement);
    }

    [Fact]
    public void Asr_conditions_are_grouped_by_their_sub_headings()
    {
        Asr.Conditions.Select(condition => condition.Category).Distinct().Should().Equal(
            "Algemeen", "Kwaliteit", "Aanvullend voor ELV", "Aanvullend voor gzsp");
        Asr.Conditions.Where(condition => condition.Category == "Kwaliteit").Should().HaveCount(5);
    }

    [Fact]
    public void Asr_additional_conditions_name_their_provider_type_and_care_type()
    {
        var elv = Asr.Conditions.Where(condition => condition.Category == "Aanvullend voor ELV").ToList();
        elv.Should().HaveCount(3).And.OnlyContain(condition => condition.ProviderType == "ELV" && condition.CareTypeHint == "ELV");
        elv[1].Text.Should().Be("u biedt palliatief terminale zorg in een eenpersoonskamer aan");

        Asr.Conditions.Where(condition => condition.Category == "Aanvullend voor gzsp")
            .Should().HaveCount(2).And.OnlyContain(condition => condition.ProviderType == "gzsp" && condition.CareTypeHint == "gzsp");
    }

    [Fact]
    public void Asr_planning_dates_are_read_in_the_header_year_2022()
    {
        Asr.Deadlines.Where(deadline => deadline.SourceText.Contains(" | ", StringComparison.Ordinal)).Should().HaveCount(5, "the planning table has five rows");
        var publication = Asr.Deadlines.Single(deadline => deadline.Kind == DeadlineKind.ContractedProvidersPublication);
        publication.Should().BeEquivalentTo(new
        {
            Description = "Publicatie gecontracteerde partijen op de website",
            Responsible = "a.s.r.",
            Date = new DateOnly(2022, 11, 12),
            EndDate = (DateOnly?)null,
            Precision = DatePrecision.Day,
            DateText = "12 november",
            Line = 277,
            SourceText = "Publicatie gecontracteerde partijen op de website | a.s.r. | 12 november",
        });
    }

    [Fact]
    public void Asr_deadlines_in_sentences_are_found_with_their_sentence_but_not_starting_points_or_the_planning_again()
    {
        var prose = Asr.Deadlines.Skip(5).ToList();

        prose.Select(deadline => (deadline.Date, deadline.DateText, deadline.Line)).Should().Equal(
            (new DateOnly(2023, 6, 30), "vóór 1 juli 2023", 264),
            (new DateOnly(2022, 12, 31), "31 december 2022", 281));
        prose[0].SourceText.Should().StartWith("Wilt u een contract voor 2024 dan dient u dit ook vóór 1 juli 2023");
        prose[1].SourceText.Should().Contain("uiterlijk 31 december 2022").And.Contain("vanaf 1 januari 2023");
        Asr.Deadlines.Should().NotContain(deadline => deadline.Date == new DateOnly(2023, 1, 1), "'vanaf 1 januari 2023' is a starting point");
        Asr.Deadlines.Should().NotContain(deadline => deadline.Date == new DateOnly(2022, 1, 1), "'Vanaf 1 januari 2022' is a starting point");
        Asr.Deadlines.Count(deadline => deadline.Date == new DateOnly(2022, 6, 30)).Should().Be(1, "'vóór 1 juli 2022' is the planning's 'vóór juli jaar T-1'");
    }

    [Fact]
    public void Asr_planning_months_and_month_ranges_span_whole_months()
    {
        var meetings = Asr.Deadlines.Single(deadline => deadline.Kind == DeadlineKind.Meeting);
        meetings.Description.Should().Be("Inkoopgesprekken");
        meetings.Responsible.Should().Be("Zorgaanbieder en a.s.r.");
        (meetings.Date, meetings.EndDate, meetings.Precision).Should().Be((new DateOnly(2022, 7, 1), new DateOnly(2022, 10, 31), DatePrecision.Month));

        var offer = Asr.Deadlines.Single(deadline => deadline.Kind == DeadlineKind.Offer);
        (offer.Date, offer.EndDate).Should().Be((new DateOnly(2022, 9, 1), new DateOnly(2022, 10, 31)));

        var signing = Asr.Deadlines.Single(deadline => deadline.Kind == DeadlineKind.Signing);
        signing.Description.Should().Be("Contractering afronden");
        (signing.Date, signing.EndDate, signing.Precision).Should().Be((new DateOnly(2022, 11, 1), new DateOnly(2022, 11, 30), DatePrecision.Month));
    }

    [Fact]
    public void Asr_before_july_of_year_T_minus_1_is_the_last_day_of_june_2022()
    {
        var application = Asr.Deadlines.Single(deadline => deadline.Kind == DeadlineKind.Application);

        application.Description.Should().Be("Aanmelden nieuwe aanbieders");
        application.DateText.Should().Be("vóór juli jaar T-1");
        (application.Date, application.Precision).Should().Be((new DateOnly(2022, 6, 30), DatePrecision.Day));
    }

    [Fact]
    public void Asr_headings_listed_in_the_table_of_contents_are_chapters()
    {
        Level("Dit zijn wij").Should().Be(1);
        Level("Innovatie").Should().Be(1);
        Level("Inkoopsystematiek").Should().Be(1);
        Level("Samenwerking in de zorgketen").Should().Be(2);
        Level("Duurzaamheid").Should().Be(2);
        Asr.Sections.Should().Contain(section => section.Title == "Inhoudsopgave");
    }

    [Fact]
    public void Asr_themes_are_kept_as_sections_and_make_no_statements_of_their_own()
    {
        Asr.Statements.Should().BeEmpty("the import files the sections under the codebook; no heading becomes a topic");
        Asr.Sections.Select(section => section.Title).Should().Contain(
            ["Samenwerking in de zorgketen", "Vlotte in- en doorstroom", "Duurzaamheid", "Doelmatigheid", "Innovatie", "Inkoopsystematiek", "Contactgegevens"]);
    }

    [Fact]
    public void Asr_sentence_split_around_a_footnote_is_joined_again()
    {
        var efficiency = Asr.Sections.Single(section => section.Title == "Doelmatigheid").Markdown;

        efficiency.Should().Contain("We verwachten van u inzet op een verdere doorvoering van zorgprogramma's");
        efficiency.Should().Contain("² Te denken valt aan (geanonimiseerde) data");
    }

    [Fact]
    public void Asr_word_hyphenated_over_a_page_break_is_joined_with_its_hyphen()
    {
        Asr.Sections.Single(section => section.Title == "Samenwerking in de zorgketen").Markdown
            .Should().Contain("specialist ouderen-geneeskunde en gedragswetenschapper");
    }

    [Fact]
    public void Asr_sections_keep_every_word_of_the_source()
    {
        PolicySources.WordsMissingFromSections(PolicySources.Text(PolicySources.AsrFile), Asr).Should().BeEmpty();
    }

    [Fact]
    public void Asr_tables_in_sections_are_markdown_pipe_tables()
    {
        var planning = Asr.Sections.Single(section => section.Title == "Tijdpad / fases zorginkoop").Markdown;

        planning.Should().StartWith("| Wat | Wie | Wanneer (2022) |\n| --- | --- | --- |\n| Inkoopgesprekken | Zorgaanbieder en a.s.r. | juli-oktober |");
    }

    private static int Level(string title) => Asr.Sections.Single(section => section.Title == title).Level;
}
