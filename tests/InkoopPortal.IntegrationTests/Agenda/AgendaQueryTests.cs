using InkoopPortal.Application.Agenda;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.IntegrationTests.Import;
using InkoopPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.IntegrationTests.Agenda;

/// <summary>The deadline calendar read from the seeded sources on both providers.</summary>
public class AgendaQueryTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task All_deadlines_of_published_documents_come_in_date_order(DatabaseProvider provider)
    {
        var page = await Query(provider).GetAsync(AgendaRequest.All, []);

        page.Messages.Should().BeEmpty();
        await using var context = portal.Database(provider).CreateContext();
        var expected = await context.Deadlines.CountAsync();
        page.Deadlines.Should().HaveCount(expected, "every seeded document is published");
        page.Deadlines.Select(deadline => deadline.PurchaserSlug).Distinct().Should().Contain(["zorg-en-zekerheid", "zorgkantoor-zorg-en-zekerheid"]);
        var dated = page.Deadlines.Where(deadline => deadline.Date is not null).Select(deadline => deadline.Date!.Value).ToList();
        dated.Should().BeInAscendingOrder();
        page.Deadlines.Should().Contain(deadline => !deadline.IsOnCalendar, "'2023' has no month");
        page.Sections().SelectMany(section => section.Groups).SelectMany(group => group.Entries).Count(entry => !entry.IsMilestone)
            .Should().Be(page.Deadlines.Count, "every deadline has its place in the agenda");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Care_type_and_purchaser_filter_the_deadlines(DatabaseProvider provider)
    {
        var page = await Query(provider).GetAsync(new AgendaRequest("msz", ["zorg-en-zekerheid"], AllYears: true), []);

        page.Messages.Should().BeEmpty();
        page.Deadlines.Select(deadline => DateText(deadline))
            .Should().Equal("2023", "1 april 2023", "1 september 2023", "oktober 2023", "9 november 2023", "12 november 2023");
        page.Deadlines.Should().OnlyContain(deadline => deadline.PurchaserName == "Zorg en Zekerheid" && deadline.CareTypeNames.Contains("Medisch-specialistische zorg"));
        page.Deadlines.Single(deadline => deadline.Date == new DateOnly(2023, 11, 9)).Kind.Should().Be(DeadlineKind.Signing);

        var wlz = await Query(provider).GetAsync(new AgendaRequest("wlz-vv", [], AllYears: true), []);
        wlz.Deadlines.Should().NotBeEmpty().And.OnlyContain(deadline => deadline.PurchaserSlug == "zorgkantoor-zorg-en-zekerheid");
        var otherPurchaser = await Query(provider).GetAsync(new AgendaRequest("msz", ["cz"], AllYears: true), []);
        otherPurchaser.Deadlines.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unknown_slugs_give_Dutch_messages_and_never_widen_the_filter(DatabaseProvider provider)
    {
        var query = Query(provider);

        var unknownCareType = await query.GetAsync(new AgendaRequest("tandzorg", [], AllYears: true), []);
        var unknownPurchaser = await query.GetAsync(new AgendaRequest("msz", ["zorg-en-zekerheid", "bestaat-niet"], AllYears: true), []);
        var onlyUnknown = await query.GetAsync(new AgendaRequest(null, ["bestaat-niet"], AllYears: true), []);

        unknownCareType.IsValid.Should().BeFalse();
        unknownCareType.Messages.Should().ContainSingle().Which.Should().Contain("De zorgsoort 'tandzorg' bestaat niet");
        unknownCareType.Deadlines.Should().BeEmpty();
        unknownPurchaser.Messages.Should().ContainSingle().Which.Should().Be("De inkoper 'bestaat-niet' bestaat niet en is weggelaten.");
        unknownPurchaser.Deadlines.Should().HaveCount(6);
        onlyUnknown.Deadlines.Should().BeEmpty("a filter of unknown purchasers is not 'all purchasers'");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Drafts_and_deleted_deadlines_are_left_out(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = PortalServices.For(database);
        await services.GetRequiredService<FirstStartSeeder>().SeedIfEmptyAsync(importShippedSources: true, CancellationToken.None);
        var request = new AgendaRequest("msz", ["zorg-en-zekerheid"], AllYears: true);
        var query = services.GetRequiredService<AgendaQuery>();
        var before = await query.GetAsync(request, []);

        await using (var context = database.CreateContext())
        {
            var document = await context.PolicyDocuments.Include(candidate => candidate.CareTypes).Include(candidate => candidate.Deadlines)
                .SingleAsync(candidate => candidate.Id == before.Deadlines[1].DocumentId);
            context.Remove(document.Deadlines.Single(deadline => deadline.Id == before.Deadlines[1].Id));
            context.PolicyDocuments.Add(new PolicyDocument
            {
                Title = "Concept 2025",
                PurchaserId = document.PurchaserId,
                CareTypes = document.CareTypes.ToList(),
                ValidFromYear = 2025,
                ValidToYear = 2025,
                Status = DocumentStatus.Draft,
                Deadlines = [new Deadline { Kind = DeadlineKind.Signing, Description = "Concepttermijn", Date = new DateOnly(2024, 11, 1), Precision = DatePrecision.Day, DateText = "1 november 2024" }],
            });
            await ContentVersions.MarkChangedAsync(context, DateTimeOffset.UtcNow, CancellationToken.None);
            await context.SaveChangesAsync();
        }

        var after = await query.GetAsync(request, []);

        after.Deadlines.Select(deadline => deadline.Id).Should().Equal(before.Deadlines.Where((_, index) => index != 1).Select(deadline => deadline.Id));
        after.Deadlines.Should().NotContain(deadline => deadline.Description == "Concepttermijn");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_2022_memo_gives_huisartsenzorg_deadlines_from_its_cells(DatabaseProvider provider)
    {
        var page = await Query(provider).GetAsync(new AgendaRequest("huisartsenzorg", [], AllYears: true), []);

        page.Deadlines.Should().NotBeEmpty().And.OnlyContain(deadline => deadline.CareTypeNames.Contains("Huisartsenzorg"));
        page.Deadlines.Should().Contain(deadline => deadline.Date == new DateOnly(2022, 7, 1) && deadline.Description.Contains("plan van aanpak"));
        page.Deadlines.Should().Contain(deadline => deadline.Date == new DateOnly(2022, 1, 1), "'Uiterlijk per 1 jan 2022' is a deadline");
        await using var context = portal.Database(provider).CreateContext();
        var sources = await context.Deadlines.Where(deadline => page.Deadlines.Select(shown => shown.Id).Contains(deadline.Id)).Select(deadline => deadline.SourceLocation).ToListAsync();
        sources.Should().OnlyContain(location => location!.StartsWith("INKOOPBELEID ZORGVERZEKERAARS 2022, regel ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_year_narrows_the_deadlines_and_brings_that_years_milestones(DatabaseProvider provider)
    {
        var page = await Query(provider).GetAsync(new AgendaRequest(null, [], Year: 2023), []);

        page.Deadlines.Should().NotBeEmpty().And.OnlyContain(deadline => deadline.FallsIn(2023, 2023));
        page.Milestones.Select(milestone => milestone.Date.Year).Should().HaveCount(4).And.OnlyContain(year => year == 2023);
        var wlz = await Query(provider).GetAsync(new AgendaRequest("wlz-vv", [], Year: 2023), []);
        wlz.Milestones.Should().BeEmpty("the standard milestones are the Zvw season's");
    }

    private AgendaQuery Query(DatabaseProvider provider) => portal.Services(provider).GetRequiredService<AgendaQuery>();

    private static string DateText(AgendaDeadline deadline) =>
        Application.Presentation.DutchFormat.DeadlineDate(deadline.Date, deadline.EndDate, deadline.Time, deadline.Precision, deadline.DateText);
}
