using InkoopPortal.Domain.Documents;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.IntegrationTests.Import;

/// <summary>The four source documents, imported as on first start, read back from PostgreSQL and SQLite.</summary>
public class FirstStartImportTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private const string Memo = "inkoopbeleid-zorgverzekeraars-2022-huisartsenzorg-memo.txt";

    [Fact]
    public async Task Both_providers_read_back_identical_content()
    {
        await using var sqlite = portal.Database(DatabaseProvider.Sqlite).CreateContext();
        await using var postgres = portal.Database(DatabaseProvider.Postgres).CreateContext();

        var fromSqlite = await PortalSnapshot.TakeAsync(sqlite);
        var fromPostgres = await PortalSnapshot.TakeAsync(postgres);

        fromSqlite.Count(line => line.StartsWith("  statement", StringComparison.Ordinal)).Should().BeGreaterThan(70);
        fromPostgres.Should().Equal(fromSqlite);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Memo_2022_gives_every_insurer_in_it_a_huisartsenzorg_document(DatabaseProvider provider)
    {
        await using var context = portal.Database(provider).CreateContext();

        var documents = await context.PolicyDocuments
            .Where(d => d.ValidFromYear == 2022 && d.CareTypes.Any(c => c.Slug == "huisartsenzorg"))
            .Select(d => new { d.Purchaser!.Slug, d.SourceUrl, Statements = d.Statements.Count })
            .ToListAsync();

        documents.Select(d => d.Slug).Should().BeEquivalentTo(
            "cz", "menzis", "vgz", "zilveren-kruis", "dsw", "zorg-en-zekerheid", "eno", "asr", "caresq");
        documents.Where(d => d.Slug is "asr" or "caresq").Should().OnlyContain(d => d.Statements == 0,
            "a.s.r. and Caresq are only in the link table: their cells are not analysed");
        documents.Where(d => d.Slug is not ("asr" or "caresq")).Should().OnlyContain(d => d.Statements == 11);
        documents.Single(d => d.Slug == "asr").SourceUrl.Should().Be("https://www.amersfoortse.nl/zorgaanbieder/huisartsenzorg");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_statement_cites_the_document_it_came_from(DatabaseProvider provider)
    {
        await using var context = portal.Database(provider).CreateContext();

        var statements = await context.Statements
            .Select(s => new { s.SourceDocument!.FileName, s.SourceLocation, Year = s.PolicyDocument!.ValidFromYear })
            .ToListAsync();

        statements.Should().NotBeEmpty().And.OnlyContain(s => s.FileName != null && s.SourceLocation != null);
        statements.Where(s => s.Year == 2022).Should().OnlyContain(s => s.FileName == Memo);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Nothing_special_no_policy_and_not_analysed_stay_distinct(DatabaseProvider provider)
    {
        await using var context = portal.Database(provider).CreateContext();

        (await StatusOf(context, "dsw", "arbeidsmarktproblematiek")).Should().Be(StatementStatus.NothingSpecial);
        (await StatusOf(context, "vgz", "rossen")).Should().Be(StatementStatus.NoPolicyPublished);
        (await StatusOf(context, "dsw", "rossen")).Should().Be(StatementStatus.NoPolicyPublished);
        (await StatusOf(context, "asr", "regioplan")).Should().BeNull("a document without a statement is not analysed yet");
        (await StatusOf(context, "cz", "regioplan")).Should().Be(StatementStatus.Content);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Zilveren_Kruis_regioplan_holds_both_parts_of_the_split_row(DatabaseProvider provider)
    {
        await using var context = portal.Database(provider).CreateContext();

        var statement = await context.Statements.SingleAsync(s =>
            s.PolicyDocument!.Purchaser!.Slug == "zilveren-kruis" && s.Topic!.Slug == "regioplan");

        statement.BodyMarkdown.Should().Contain("Regioplan voor 1 september").And.Contain("Bij regioplan tenminste twee andere disciplines betrekken");
        statement.BodyHtml.Should().Contain("<li>").And.Contain("Bij regioplan tenminste twee andere disciplines betrekken");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Asr_policy_is_valid_for_2023_and_2024_with_its_changes_conditions_and_planning(DatabaseProvider provider)
    {
        await using var context = portal.Database(provider).CreateContext();

        var document = await context.PolicyDocuments
            .Include(d => d.CareTypes).Include(d => d.Changes).Include(d => d.Conditions).Include(d => d.Deadlines).Include(d => d.Sections)
            .AsSplitQuery()
            .SingleAsync(d => d.Purchaser!.Slug == "asr" && d.ValidFromYear == 2023);

        document.ValidToYear.Should().Be(2024);
        document.CareTypes.Select(c => c.Slug).Should().BeEquivalentTo("elv", "grz", "gzsp");
        document.Changes.Select(c => c.Subject).Should().Contain(["Administratief", "Vlotte in- en doorstroom", "Contractvoorwaarden"]);
        document.Conditions.Should().Contain(c => c.Kind == ConditionKind.Exclusion && c.Text.Contains("verscherpt toezicht"));
        document.Conditions.Where(c => c.Category == "Aanvullend voor ELV").Should().OnlyContain(c => c.CareTypeId != null);
        document.Deadlines.Should().Contain(d => d.Date == new DateOnly(2022, 11, 12) && d.Kind == DeadlineKind.ContractedProvidersPublication);
        document.Sections.Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Zorg_en_Zekerheid_zbc_condition_keeps_its_three_alternative_thresholds(DatabaseProvider provider)
    {
        await using var context = portal.Database(provider).CreateContext();

        var conditions = await context.ContractConditions.Include(c => c.Thresholds)
            .Where(c => c.Text.Contains("€ 100.000") && c.ProviderType!.Contains("ZBC"))
            .ToListAsync();

        var condition = conditions.Should().ContainSingle().Subject;
        condition.ThresholdLogic.Should().Be(ThresholdLogic.AnyOf);
        condition.Thresholds.OrderBy(t => t.SortOrder).Select(t => (t.Operator, t.Value, t.Unit)).Should().Equal(
            (ComparisonOperator.AtLeast, 100000m, "EUR"),
            (ComparisonOperator.AtLeast, 25m, "%"),
            (ComparisonOperator.AtLeast, 2m, "jaar"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Wlz_presentation_belongs_to_the_care_office_for_2024_to_2026_with_tariff_percentages(DatabaseProvider provider)
    {
        await using var context = portal.Database(provider).CreateContext();

        var document = await context.PolicyDocuments
            .Include(d => d.Figures).ThenInclude(f => f.CareType).Include(d => d.Deadlines)
            .SingleAsync(d => d.Purchaser!.Slug == "zorgkantoor-zorg-en-zekerheid");

        (document.ValidFromYear, document.ValidToYear).Should().Be((2024, 2026));
        document.Kind.Should().Be(PolicyDocumentKind.Presentation);
        document.Figures.Select(f => (f.CareType!.Slug, f.Value)).Should().BeEquivalentTo(
            [("wlz-vv", 95.5m), ("wlz-gz", 95.7m), ("wlz-ggz", 95.9m)]);
        document.Deadlines.Should().Contain(d => d.Date == new DateOnly(2023, 6, 15) && d.Time == new TimeOnly(12, 0));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Care_office_regions_carry_their_source_and_date(DatabaseProvider provider)
    {
        await using var context = portal.Database(provider).CreateContext();

        var regions = await context.Regions.Include(r => r.CareOffice).Include(r => r.PreferredInsurer).Include(r => r.Source)
            .OrderBy(r => r.Number).ToListAsync();

        regions.Should().HaveCount(32);
        regions.Should().OnlyContain(r => r.Source!.Identifier == "BWBR0035987" && r.Source.Date == new DateOnly(2014, 12, 10));
        var amstelland = regions.Single(r => r.Number == 16);
        amstelland.CareOffice!.Slug.Should().Be("zorgkantoor-zorg-en-zekerheid");
        amstelland.PreferredInsurer!.Slug.Should().Be("zorg-en-zekerheid");
        regions.Single(r => r.Number == 32).CareOffice!.Slug.Should().Be("zorgkantoor-salland");
        regions.Single(r => r.Number == 19).Note.Should().Contain("Westland Schieland Delfland");
    }

    private static async Task<StatementStatus?> StatusOf(PortalDbContext context, string purchaser, string topic) =>
        await context.Statements
            .Where(s => s.PolicyDocument!.Purchaser!.Slug == purchaser && s.Topic!.Slug == topic && s.PolicyDocument.ValidFromYear == 2022)
            .Select(s => (StatementStatus?)s.Status)
            .SingleOrDefaultAsync();
}
