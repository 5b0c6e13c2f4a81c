using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.UnitTests.Import.PolicyText;

/// <summary>Zorg en Zekerheid zorginkoopbeleid 2024 msz: Markdown-ish text.</summary>
public class ZorgEnZekerheidPolicyTextTests
{
    private static ParsedPolicyText Zz => PolicySources.ZorgEnZekerheid;

    [Fact]
    public void ZorgEnZekerheid_title_is_the_first_heading_without_markdown_and_valid_for_2024()
    {
        Zz.Title.Should().Be("Medisch- specialistische zorg zorginkoopbeleid 2024");
        (Zz.ValidFromYear, Zz.ValidToYear).Should().Be((2024, 2024));
    }

    [Fact]
    public void ZorgEnZekerheid_is_published_on_1_april_2023_from_its_planning()
    {
        Zz.PublishedOn.Should().Be(new DateOnly(2023, 4, 1));
    }

    [Fact]
    public void ZorgEnZekerheid_numbered_headings_keep_number_and_level_without_emphasis()
    {
        Zz.Sections.Should().ContainEquivalentOf(new { Number = "3.3", Title = "Passende zorg", Level = 2 });
        Zz.Sections.Should().ContainEquivalentOf(new { Number = "3.4", Title = "Positieve gezondheid", Level = 2 });
        Zz.Sections.Should().ContainEquivalentOf(new { Number = "1", Title = "Wat zijn de wijzigingen per 2024?", Level = 1 });
        Zz.Sections.Should().ContainEquivalentOf(new { Number = (string?)null, Title = "Gezondheid in plaats van ziekte", Level = 3 });
        Zz.Sections.Should().ContainEquivalentOf(new { Number = (string?)null, Title = "Bijlage 1: Aanvullende minimum- en kwaliteitseisen", Level = 1 });
    }

    [Fact]
    public void ZorgEnZekerheid_change_list_has_sixteen_bullets_with_section_references()
    {
        Zz.Changes.Should().HaveCount(16);
        Zz.Changes.Should().OnlyContain(change => change.SectionReference != null);
        Zz.Changes[1].Should().BeEquivalentTo(new { Subject = "Passende zorg", SectionReference = "hoofdstuk 3.3", Line = 60 });
        Zz.Changes[^2].Should().BeEquivalentTo(new { Subject = "Bijlage 1: Aanvullende minimum- en kwaliteitseisen", SectionReference = "bijlage 1" });
        Zz.Changes.Count(change => change.SectionReference == "bijlage 1").Should().Be(4);
    }

    [Fact]
    public void ZorgEnZekerheid_change_markdown_is_escaped_source_text()
    {
        Zz.Changes[0].Markdown.Should().Be("Bij tegenstrijdigheden prevaleert dit zorginkoopbeleid boven het Algemeen zorginkoopbeleid (hoofdstuk 2.1).");
    }

    [Fact]
    public void ZorgEnZekerheid_zbc_turnover_condition_is_any_of_turnover_market_share_and_years_in_business()
    {
        var condition = Zz.Conditions.Single(condition => condition.ProviderType == "Zelfstandige behandelcentra (ZBC's)" && condition.Text.StartsWith("De minimale zorgomzet", StringComparison.Ordinal));

        condition.Category.Should().Be("Minimum- en kwaliteitseisen – Zelfstandige behandelcentra (ZBC's)");
        condition.ThresholdLogic.Should().Be(ThresholdLogic.AnyOf);
        condition.Thresholds.Select(threshold => (threshold.Metric, threshold.Operator, threshold.Value, threshold.Unit)).Should().Equal(
            ("zorgomzet", ComparisonOperator.AtLeast, 100000m, "EUR"),
            ("marktaandeel", ComparisonOperator.AtLeast, 25m, "%"),
            ("jaren in bedrijf", ComparisonOperator.AtLeast, 2m, "jaar"));
        condition.Thresholds[0].SourceText.Should().Be("minimaal € 100.000");
    }

    [Fact]
    public void ZorgEnZekerheid_revalidation_turnover_condition_has_the_same_triple()
    {
        var condition = Zz.Conditions.Single(condition => condition.ProviderType == "Medisch-specialistische revalidatiezorg" && condition.Text.StartsWith("De minimale zorgomzet", StringComparison.Ordinal));

        condition.ThresholdLogic.Should().Be(ThresholdLogic.AnyOf);
        condition.Thresholds.Select(threshold => threshold.Metric).Should().Equal("zorgomzet", "marktaandeel", "jaren in bedrijf");
    }

    [Fact]
    public void ZorgEnZekerheid_specialists_need_at_least_1_2_fte_together()
    {
        var fte = Zz.Conditions.Where(condition => condition.Thresholds.Any(threshold => threshold.Unit == "fte")).ToList();

        fte.Select(condition => condition.ProviderType).Should().Equal("Zelfstandige behandelcentra (ZBC's)", "Medisch-specialistische revalidatiezorg");
        fte.Should().OnlyContain(condition => condition.Thresholds.Single().Value == 1.2m && condition.Thresholds.Single().Operator == ComparisonOperator.AtLeast);
    }

    [Fact]
    public void ZorgEnZekerheid_zbc_treats_only_asa_2_or_lower()
    {
        var asa = Zz.Conditions.SelectMany(condition => condition.Thresholds).Single(threshold => threshold.Metric == "ASA-classificatie");

        (asa.Operator, asa.Value, asa.Unit).Should().Be((ComparisonOperator.AtMost, 2m, "klasse"));
    }

    [Fact]
    public void ZorgEnZekerheid_new_dialysis_centre_must_be_hkz_certified_within_two_years()
    {
        var dialysis = Zz.Conditions.Where(condition => condition.ProviderType == "Dialysecentra").ToList();

        dialysis.Should().HaveCount(2);
        dialysis[1].Thresholds.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Metric = "termijn HKZ-certificering", Operator = ComparisonOperator.AtMost, Value = 2m, Unit = "jaar" });
    }

    [Fact]
    public void ZorgEnZekerheid_new_providers_with_waiting_lists_are_excluded()
    {
        Zz.Conditions.Single(condition => condition.Text.StartsWith("Nieuwe zorgaanbieders worden niet gecontracteerd", StringComparison.Ordinal))
            .Kind.Should().Be(ConditionKind.Exclusion);
    }

    [Fact]
    public void ZorgEnZekerheid_conditions_come_from_5_1_and_every_appendix_provider_type()
    {
        Zz.Conditions.Where(condition => condition.Category == "Minimum- en kwaliteitseisen").Should().HaveCount(4)
            .And.OnlyContain(condition => condition.ProviderType == null);
        Zz.Conditions.Select(condition => condition.ProviderType).OfType<string>().Distinct().Should().Equal(
            "MSZ breed", "Ziekenhuizen", "Zelfstandige behandelcentra (ZBC's)", "Dialysecentra", "Eerstelijns diagnostische centra (EDC's)",
            "Medisch-specialistische revalidatiezorg", "Trombosediensten", "Audiologische centra", "Protonentherapie");
    }

    [Theory]
    [InlineData(DeadlineKind.PolicyPublication, 2023, 4, 1, "1 april 2023")]
    [InlineData(DeadlineKind.Application, 2023, 9, 1, "1 september 2023")]
    [InlineData(DeadlineKind.Signing, 2023, 11, 9, "9 november 2023")]
    [InlineData(DeadlineKind.ContractedProvidersPublication, 2023, 11, 12, "12 november 2023")]
    public void ZorgEnZekerheid_planning_has_day_deadlines(DeadlineKind kind, int year, int month, int day, string dateText)
    {
        Zz.Deadlines.Should().ContainSingle(deadline => deadline.DateText == dateText)
            .Which.Should().BeEquivalentTo(new { Kind = kind, Date = new DateOnly(year, month, day), Precision = DatePrecision.Day, Responsible = (string?)null });
    }

    [Fact]
    public void ZorgEnZekerheid_planning_reads_a_month_and_a_whole_year()
    {
        var october = Zz.Deadlines.Single(deadline => deadline.DateText == "Oktober 2023");
        (october.Kind, october.Date, october.EndDate, october.Precision).Should().Be((DeadlineKind.Offer, new DateOnly(2023, 10, 1), new DateOnly(2023, 10, 31), DatePrecision.Month));

        var year = Zz.Deadlines.Single(deadline => deadline.DateText == "Gedurende heel 2023");
        (year.Date, year.EndDate, year.Precision).Should().Be((new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), DatePrecision.Year));
    }

    [Fact]
    public void ZorgEnZekerheid_planning_descriptions_have_no_html()
    {
        Zz.Deadlines[0].Description.Should().Be("Publicatie zorginkoopbeleid op: www.zorgenzekerheid.nl.");
        Zz.Deadlines.Should().OnlyContain(deadline => !deadline.Description.Contains('<'));
    }

    [Fact]
    public void ZorgEnZekerheid_themes_are_sections_with_their_sub_sections_and_no_statements()
    {
        Zz.Statements.Should().BeEmpty("the import files the sections under the codebook");
        Zz.Sections.Single(section => section.Number == "3.3").Title.Should().Be("Passende zorg");
        Zz.Sections.Select(section => section.Title).Should().Contain(["Gezondheid in plaats van ziekte", "Waardegedreven zorg", "Regionale samenwerking", "Duurzaamheid"]);
    }

    [Fact]
    public void ZorgEnZekerheid_markdown_links_keep_their_text()
    {
        var section = Zz.Sections.Single(section => section.Number == "3.1").Markdown;

        section.Should().Contain("Algemeen zorginkoopbeleid").And.NotContain("](#)");
    }

    [Fact]
    public void ZorgEnZekerheid_sections_keep_every_word_of_the_source()
    {
        PolicySources.WordsMissingFromSections(PolicySources.Text(PolicySources.ZorgEnZekerheidFile), Zz).Should().BeEmpty();
    }
}
