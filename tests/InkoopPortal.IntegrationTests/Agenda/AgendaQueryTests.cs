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
        page.WithoutMonth().Should().NotBeEmpty().And.OnlyContain(deadline => !deadline.IsOnCalendar, "'2023' has no month");
        page.ByMonth().SelectMany(month => month).Should().HaveCount(page.Deadlines.Count - page.WithoutMonth().Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Care_type_and_purchaser_filter_the_deadlines(DatabaseProvider provider)
    {
        var page = await Query(provider).GetAsync(new AgendaRequest("msz", ["zorg-en-zekerheid"]), []);

        page.Messages.Should().BeEmpty();
        page.Deadlines.Select(deadline => DateText(deadline))
            .Should().Equal("2023", "1 april 2023", "1 september 2023", "oktober 2023", "9 november 2023", "12 november 2023");
        page.Deadlines.Should().OnlyContain(deadline => deadline.PurchaserName == "Zorg en Zekerheid" && deadline.CareTypeNames.Contains("Medisch-specialistische zorg"));
        page.Deadlines.Single(deadline => deadline.Date == new DateOnly(2023, 11, 9)).Kind.Should().Be(DeadlineKind.Signing);

        var wlz = await Query(provider).GetAsync(new AgendaRequest("wlz-vv", []), []);
        wlz.Deadlines.Should().NotBeEmpty().And.OnlyContain(deadline => deadline.PurchaserSlug == "zorgkantoor-zorg-en-zekerheid");
        var otherPurchaser = await Query(provider).GetAsync(new AgendaRequest("msz", ["cz"]), []);
        otherPurchaser.Deadlines.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unknown_slugs_give_Dutch_messages_and_never_widen_the_filter(DatabaseProvider provider)
    {
        var query = Query(provider);

        var unknownCareType = await query.GetAsync(new AgendaRequest("tandzorg", []), []);
        var unknownPurchaser = await query.GetAsync(new AgendaRequest("msz", ["zorg-en-zekerheid", "bestaat-niet"]), []);
        var onlyUnknown = await query.GetAsync(new AgendaRequest(null, ["bestaat-niet"]), []);

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
        var request = new AgendaRequest("msz", ["zorg-en-zekerheid"]);
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

    private AgendaQuery Query(DatabaseProvider provider) => portal.Services(provider).GetRequiredService<AgendaQuery>();

    private static string DateText(AgendaDeadline deadline) =>
        Application.Presentation.DutchFormat.DeadlineDate(deadline.Date, deadline.EndDate, deadline.Time, deadline.Precision, deadline.DateText);
}
