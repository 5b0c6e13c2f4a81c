using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Import;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.IntegrationTests.Import;
using InkoopPortal.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.IntegrationTests.Comparison;

/// <summary>The matrix read from the real seeded database on both providers, and its cache.</summary>
public class MatrixServiceTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Huisartsenzorg_2022_has_every_insurer_of_the_memo_and_every_topic(DatabaseProvider provider)
    {
        var page = await Service(provider).GetAsync(Request(2022, "huisartsenzorg"), []);

        page.Messages.Should().BeEmpty();
        var matrix = page.Matrix!;
        matrix.Columns.Select(column => column.PurchaserSlug).Should().BeEquivalentTo(
            "cz", "menzis", "vgz", "zilveren-kruis", "dsw", "zorg-en-zekerheid", "eno", "asr", "caresq");
        matrix.Groups.Should().HaveCount(2);
        matrix.Groups.SelectMany(group => group.Rows).Should().HaveCount(11);
        Cell(matrix, "dsw", "arbeidsmarktproblematiek").State.Should().Be(CellState.NothingSpecial);
        Cell(matrix, "vgz", "rossen").State.Should().Be(CellState.NoPolicyPublished);
        Cell(matrix, "asr", "regioplan").State.Should().Be(CellState.NotAnalysed);
        Cell(matrix, "zilveren-kruis", "regioplan").Html.Should().Contain("Regioplan voor 1 september");
        page.TableHtml.Should().Contain("id=\"cel-zilveren-kruis-regioplan\"");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Without_year_or_care_type_the_most_recent_view_that_compares_purchasers_is_shown(DatabaseProvider provider)
    {
        var page = await Service(provider).GetAsync(MatrixRequest.Empty, []);

        page.Request.Year.Should().Be(2022, "2023-2026 have one purchaser per care type; the 2022 memo has nine");
        page.Request.CareTypeSlug.Should().Be("huisartsenzorg");
        page.Matrix!.Columns.Count(column => page.Matrix.Groups.SelectMany(group => group.Rows)
                .Any(row => row.Cells.Single(cell => cell.PurchaserSlug == column.PurchaserSlug).State == CellState.Content))
            .Should().BeGreaterThanOrEqualTo(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_catalog_counts_purchasers_with_content_apart_from_those_with_a_document(DatabaseProvider provider)
    {
        var service = Service(provider);
        var catalog = await service.GetCatalogAsync();
        var huisartsenzorg = catalog.CareType("huisartsenzorg")!;

        catalog.PurchasersWithData(huisartsenzorg.Id, 2022).Should().HaveCount(9);
        catalog.PurchasersWithContent(huisartsenzorg.Id, 2022).Should().HaveCountGreaterThanOrEqualTo(2).And.HaveCountLessThan(9,
            "a.s.r. and Caresq have a document that is not analysed yet");
        catalog.ComparingView(year: 2024)!.Year.Should().Be(2024);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_asr_two_year_document_appears_in_2023_and_in_2024(DatabaseProvider provider)
    {
        var service = Service(provider);

        var in2023 = await service.GetAsync(Request(2023, "elv"), []);
        var in2024 = await service.GetAsync(Request(2024, "elv"), []);

        in2023.Matrix!.Columns.Single().Document!.Id.Should().Be(in2024.Matrix!.Columns.Single().Document!.Id);
        in2024.Matrix.Groups.SelectMany(group => group.Rows).Select(row => row.Cells[0])
            .Should().Contain(cell => cell.State == CellState.Content && cell.Change == CellChange.None);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task My_region_puts_its_care_office_or_preferred_insurer_first(DatabaseProvider provider)
    {
        var service = Service(provider);
        var amstelland = new MyRegionChoice(MyRegionChoice.RegionKindName, "amstelland-en-de-meerlanden");

        var zvw = await service.GetAsync(Request(2022, "huisartsenzorg") with { MyRegion = amstelland }, []);
        var wlz = await service.GetAsync(Request(2024, "wlz-gz") with { MyRegion = amstelland }, []);

        zvw.Matrix!.Columns[0].Should().BeEquivalentTo(new { PurchaserSlug = "zorg-en-zekerheid", IsHighlighted = true });
        wlz.Matrix!.Columns[0].Should().BeEquivalentTo(new { PurchaserSlug = "zorgkantoor-zorg-en-zekerheid", IsHighlighted = true });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unknown_slugs_and_years_without_data_give_Dutch_messages(DatabaseProvider provider)
    {
        var service = Service(provider);

        var unknownCareType = await service.GetAsync(Request(2022, "tandzorg"), []);
        var emptyYear = await service.GetAsync(Request(2019, "huisartsenzorg"), []);
        var unknownPurchaser = await service.GetAsync(Request(2022, "huisartsenzorg") with { PurchaserSlugs = ["cz", "bestaat-niet"] }, []);

        unknownCareType.Matrix.Should().BeNull();
        unknownCareType.Messages.Should().ContainSingle().Which.Should().Contain("De zorgsoort 'tandzorg' bestaat niet");
        emptyYear.Matrix.Should().BeNull();
        emptyYear.Messages.Should().ContainSingle().Which.Should().Contain("in 2019 geen documenten");
        unknownPurchaser.Matrix!.Columns.Select(column => column.PurchaserSlug).Should().Equal("cz");
        unknownPurchaser.Messages.Should().ContainSingle().Which.Should().Contain("'bestaat-niet' bestaat niet");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_cache_answers_until_an_import_changes_the_content_version(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = PortalServices.For(database);
        await services.GetRequiredService<FirstStartSeeder>().SeedIfEmptyAsync(importShippedSources: true, CancellationToken.None);
        var service = services.GetRequiredService<MatrixService>();
        var request = Request(2022, "huisartsenzorg") with { PurchaserSlugs = ["onvz", "cz"] };

        var first = await service.GetAsync(request, []);
        var again = await service.GetAsync(request, []);
        var file = Path.Combine(Path.GetTempPath(), $"onvz-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "ONVZ huisartsenzorg 2022\n\nOnderwerp\tONVZ\tCZ\n" +
            "Regioplan\t<ul style=\"list-style-type: none\"> – ONVZ vraagt een regioplan\t<ul style=\"list-style-type: none\"> – Bijgewerkt\n");
        await services.GetRequiredService<ISourceImporter>().ImportAsync(new ImportRequest(file, 2022, ["huisartsenzorg"], null));
        var afterImport = await service.GetAsync(request, []);

        again.Should().BeSameAs(first, "an unchanged matrix comes from the cache");
        Cell(first.Matrix!, "onvz", "regioplan").State.Should().Be(CellState.NoDocument);
        afterImport.Should().NotBeSameAs(first);
        Cell(afterImport.Matrix!, "onvz", "regioplan").Html.Should().Contain("ONVZ vraagt een regioplan");
    }

    private MatrixService Service(DatabaseProvider provider) => portal.Services(provider).GetRequiredService<MatrixService>();

    private static MatrixRequest Request(int year, string careType) => new(year, careType, null, [], []);

    private static MatrixCell Cell(ComparisonMatrix matrix, string purchaser, string topic) =>
        matrix.Groups.SelectMany(group => group.Rows).Single(row => row.TopicSlug == topic)
            .Cells.Single(cell => cell.PurchaserSlug == purchaser);
}
