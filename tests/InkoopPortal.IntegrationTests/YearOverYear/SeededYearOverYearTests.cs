using InkoopPortal.Application.PolicyYears;
using InkoopPortal.Application.YearOverYear;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.IntegrationTests.Import;
using InkoopPortal.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.IntegrationTests.YearOverYear;

/// <summary>Year over year on what a first start seeds, on both providers: defaults, multi-year documents, Dutch messages.</summary>
public class SeededYearOverYearTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_multi_year_document_is_the_same_in_both_years_and_open_years_default_to_the_latest_two(DatabaseProvider provider)
    {
        var page = await YearOverYear(provider).GetAsync(new YearOverYearRequest("asr", "elv", null, null, []), []);

        page.Messages.Should().BeEmpty();
        (page.Request.FromYear, page.Request.ToYear).Should().Be((2023, 2024));
        page.Options.Years.Should().Equal(2026, 2025, 2024, 2023, 2022);
        var comparison = page.Comparison!;
        comparison.SameDocument.Should().BeTrue();
        comparison.Topics.Should().NotBeEmpty().And.OnlyContain(topic => topic.Diff.Kind == TopicDiffKind.Unchanged);
        comparison.Before.Documents.Single().Title.Should().Contain("2023");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Years_without_a_document_and_reversed_years_are_explained_in_Dutch(DatabaseProvider provider)
    {
        var query = YearOverYear(provider);

        var missing = await query.GetAsync(new YearOverYearRequest("asr", "elv", 2021, 2022, []), []);
        var reversed = await query.GetAsync(new YearOverYearRequest("asr", "elv", 2024, 2023, []), []);
        var noCareType = await query.GetAsync(new YearOverYearRequest("asr", null, null, null, []), []);
        var nothing = await query.GetAsync(new YearOverYearRequest("cz", "msz", null, null, []), []);

        missing.Comparison.Should().BeNull();
        missing.NotFound.Should().BeFalse();
        missing.Messages.Should().Equal(
            "a.s.r. heeft voor 2021 geen gepubliceerd document voor eerstelijnsverblijf.",
            "a.s.r. heeft voor 2022 geen gepubliceerd document voor eerstelijnsverblijf.",
            "Jaren met een document: 2023, 2024.");
        missing.Options.Years.Should().Equal([2026, 2025, 2024, 2023, 2022, 2021], "the chosen years stay in the form");
        reversed.Comparison.Should().NotBeNull();
        (reversed.Request.FromYear, reversed.Request.ToYear).Should().Be((2023, 2024));
        reversed.Messages.Should().Equal("'van' (2024) lag na 'tot' (2023): de jaren zijn omgedraaid, 2023 is vergeleken met 2024.");
        noCareType.Request.CareTypeSlug.Should().Be("huisartsenzorg", "a.s.r.'s first care type with a document (the 2022 memo)");
        nothing.Messages.Should().Equal("CZ heeft nog geen gepubliceerde documenten voor medisch-specialistische zorg.");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unknown_purchasers_care_types_and_documents_are_not_found_with_a_message_naming_them(DatabaseProvider provider)
    {
        var yearOverYear = YearOverYear(provider);
        var changes = portal.Services(provider).GetRequiredService<YearChangesQuery>();

        var purchaser = await yearOverYear.GetAsync(new YearOverYearRequest("bestaat-niet", "elv", 2023, 2024, []), []);
        var careType = await yearOverYear.GetAsync(new YearOverYearRequest("asr", "tandzorg", 2023, 2024, []), []);
        var documents = await yearOverYear.GetAsync(new YearOverYearRequest(null, null, null, null, [999998, 999999]), []);
        var changesCareType = await changes.GetAsync(new YearChangesRequest(2024, "tandzorg", []), []);
        var changesPurchaser = await changes.GetAsync(new YearChangesRequest(2024, "msz", ["zorg-en-zekerheid", "bestaat-niet"]), []);

        purchaser.NotFound.Should().BeTrue();
        purchaser.Messages.Should().Equal("De inkoper 'bestaat-niet' bestaat niet. Kies een inkoper uit de lijst.");
        careType.NotFound.Should().BeTrue();
        careType.Messages.Should().Equal("De zorgsoort 'tandzorg' bestaat niet. Kies een zorgsoort uit de lijst.");
        documents.NotFound.Should().BeTrue();
        documents.Messages.Should().Equal(
            "Het document met nummer 999998 bestaat niet of is niet gepubliceerd.", "Het document met nummer 999999 bestaat niet of is niet gepubliceerd.");
        changesCareType.NotFound.Should().BeTrue();
        changesCareType.Messages.Should().Equal("De zorgsoort 'tandzorg' bestaat niet. Kies een zorgsoort uit de lijst.");
        changesPurchaser.NotFound.Should().BeTrue();
        changesPurchaser.Purchasers.Should().BeEmpty("a filter naming an unknown purchaser never widens");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_overview_of_a_first_year_says_there_is_nothing_to_compare_with(DatabaseProvider provider)
    {
        var changes = portal.Services(provider).GetRequiredService<YearChangesQuery>();

        var first = await changes.GetAsync(new YearChangesRequest(2022, "huisartsenzorg", []), []);
        var defaults = await changes.GetAsync(YearChangesRequest.Empty, []);
        var noData = await changes.GetAsync(new YearChangesRequest(2019, "huisartsenzorg", []), []);

        first.Messages.Should().BeEmpty();
        first.Purchasers.Should().BeEmpty();
        first.WithoutPreviousYear.Should().HaveCount(9).And.Contain(["CZ", "VGZ"]);
        defaults.Request.Year.Should().Be(2024, "2025 and 2026 only continue the 2024-2026 Wlz framework: nothing changed then");
        defaults.Purchasers.Should().NotBeEmpty("an open choice opens on a year with changes");
        noData.Messages.Should().Equal("Voor huisartsenzorg zijn in 2019 geen gepubliceerde documenten. Kies een ander jaar of een andere zorgsoort.");
        noData.Options.Years.Should().Equal(2026, 2025, 2024, 2023, 2022, 2019);
    }

    private YearOverYearQuery YearOverYear(DatabaseProvider provider) => portal.Services(provider).GetRequiredService<YearOverYearQuery>();
}
