using System.Net;
using Ical.Net;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using InkoopPortal.Web.Tests.Documents;
using InkoopPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Agenda;

/// <summary>The deadline calendar page and its iCalendar feed on the data a first start seeds (all of it past by now).</summary>
public class AgendaTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    private const string Filter = "?jaar=2023&zorgsoort=msz&inkopers=zorg-en-zekerheid";

    [Fact]
    public async Task The_feed_parses_back_and_holds_exactly_the_deadlines_of_the_filter()
    {
        var documentId = await factory.DocumentIdAsync("zorg-en-zekerheid", 2024, "msz");
        await using var context = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var expected = await context.Deadlines
            .Where(deadline => deadline.PolicyDocumentId == documentId && (deadline.Precision == DatePrecision.Day || deadline.Precision == DatePrecision.Month))
            .Select(deadline => $"deadline-{deadline.Id}@inkoopportal")
            .ToListAsync();

        using var response = await factory.CreateClient().GetAsync("/agenda.ics" + Filter);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/calendar; charset=utf-8");
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        expected.Should().HaveCount(5, "the year-only '2023' has no place on a calendar");
        calendar.Events.Select(calendarEvent => calendarEvent.Uid).Where(uid => uid!.StartsWith("deadline-", StringComparison.Ordinal)).Should().BeEquivalentTo(expected);
        calendar.Events.Where(calendarEvent => calendarEvent.Uid!.StartsWith("nza-", StringComparison.Ordinal)).Select(calendarEvent => calendarEvent.DtStart!.Date)
            .Should().Equal(new DateOnly(2023, 4, 1), new DateOnly(2023, 11, 12), new DateOnly(2023, 11, 19), new DateOnly(2023, 12, 31));
        calendar.Events.Single(calendarEvent => calendarEvent.Uid == "nza-zorginkoopbeleid-bekend-2023@inkoopportal").Summary
            .Should().StartWith("NZa-mijlpaal: Zorgverzekeraars maken hun zorginkoopbeleid").And.Contain("2024");

        var signing = calendar.Events.Single(calendarEvent => calendarEvent.DtStart!.Date == new DateOnly(2023, 11, 9));
        signing.DtStart!.HasTime.Should().BeFalse("a deadline of a day is an all-day event");
        signing.Summary.Should().StartWith("Zorg en Zekerheid: Ondertekenen – ");
        signing.Url!.ToString().Should().EndWith($"/documenten/{documentId}");

        var october = calendar.Events.Single(calendarEvent => calendarEvent.Summary!.EndsWith("(datum nog niet bekend)", StringComparison.Ordinal));
        october.DtStart!.Date.Should().Be(new DateOnly(2023, 10, 1));
        october.DtStart.HasTime.Should().BeFalse();
    }

    [Fact]
    public async Task The_page_lists_past_deadlines_under_verlopen_by_purchaser_kind_beside_the_milestones_and_links_the_feed()
    {
        var (response, page) = await factory.CreateClient().GetPageAsync("/agenda" + Filter);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Title.Should().Be("Agenda – InkoopPortal");
        page.ShouldHaveOrderedHeadings();
        page.QuerySelectorAll("section.agenda-section h2").Select(heading => heading.NormalizedText()).Should().Equal("Verlopen");
        page.QuerySelectorAll("section.agenda-section h3").Select(heading => heading.NormalizedText()).Should().Equal("Zorgverzekeraars");
        page.QuerySelectorAll("tr[data-testid='termijn'] td.agenda-date").Select(cell => cell.NormalizedText())
            .Should().Equal("2023", "12 november 2023", "9 november 2023", "oktober 2023", "1 september 2023", "1 april 2023");
        page.QuerySelectorAll("tr[data-testid='termijn']").Should().OnlyContain(row => row.QuerySelector(".agenda-badge--past")!.NormalizedText() == "verlopen");
        var milestones = page.QuerySelectorAll("tr[data-testid='mijlpaal']");
        milestones.Should().HaveCount(4);
        milestones.Should().OnlyContain(row => row.QuerySelector("[data-testid='nza-mijlpaal']")!.NormalizedText() == "NZa-mijlpaal");
        page.QuerySelector("a[data-testid='agenda-ics']")!.GetAttribute("href").Should().Be("agenda.ics" + Filter);
        page.QuerySelector("select#filter-zorgsoort option[selected]")!.GetAttribute("value").Should().Be("msz");
        page.QuerySelector("select#filter-jaar option[selected]")!.GetAttribute("value").Should().Be("2023");
        page.QuerySelector("[data-testid='filter-inkopers-knop']")!.NormalizedText().Should().Be("Zorg en Zekerheid");
        page.QuerySelector("nav a[href='agenda']")!.NormalizedText().Should().Be("Agenda");
    }

    [Fact]
    public async Task Without_a_year_the_agenda_shows_this_year_and_the_next_with_their_milestones()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync("/agenda");

        var thisYear = DateTime.UtcNow.Year;
        page.QuerySelector("[data-testid='agenda-bereik']")!.NormalizedText().Should().StartWith($"Termijnen in {thisYear} en {thisYear + 1};");
        page.QuerySelectorAll("tr[data-testid='mijlpaal']").Should().HaveCount(8);
        page.QuerySelectorAll("tr[data-testid='termijn']").Where(row => row.Closest("section")!.GetAttribute("data-testid") != "agenda-zonder-datum")
            .Should().BeEmpty("the shipped sources' dates are in 2022–2024");
        page.QuerySelector("select#filter-jaar option[selected]")!.GetAttribute("value").Should().Be("");
        page.QuerySelectorAll("select#filter-jaar option").Select(option => option.GetAttribute("value")).Should().Contain(["2022", "2023", "alle"]);
    }

    [Fact]
    public async Task Repeated_purchasers_from_the_form_filter_like_a_comma_list()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync("/agenda?jaar=alle&zorgsoort=&inkopers=zorg-en-zekerheid&inkopers=cz");

        page.QuerySelector("[data-testid='meldingen']").Should().BeNull();
        page.QuerySelectorAll("tr[data-testid='termijn'] td.agenda-who").Select(cell => cell.NormalizedText()).Distinct()
            .Should().Equal("Zorg en Zekerheid");
        page.QuerySelector("a[data-testid='agenda-ics']")!.GetAttribute("href").Should().Be("agenda.ics?jaar=alle&inkopers=zorg-en-zekerheid,cz");
    }

    [Fact]
    public async Task A_bad_filter_gives_a_Dutch_message_on_the_page_and_400_on_the_feed()
    {
        var client = factory.CreateClient();

        var (pageResponse, page) = await client.GetPageAsync("/agenda?zorgsoort=tandzorg&inkopers=Niet%20Goed");
        using var feed = await client.GetAsync("/agenda.ics?zorgsoort=tandzorg&inkopers=Niet%20Goed");

        pageResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        var messages = page.QuerySelectorAll("[data-testid='meldingen'] li").Select(item => item.NormalizedText()).ToList();
        messages.Should().Contain("'Niet Goed' in 'inkopers' is niet geldig en is weggelaten.")
            .And.Contain(message => message.Contains("De zorgsoort 'tandzorg' bestaat niet", StringComparison.Ordinal));
        page.QuerySelector("a[data-testid='agenda-ics']").Should().BeNull("a feed of a filter that does not exist would be refused");
        page.QuerySelectorAll("tr[data-testid='termijn']").Should().BeEmpty();

        feed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        feed.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        var text = await feed.Content.ReadAsStringAsync();
        text.Should().StartWith("De agenda kon niet worden gemaakt:").And.Contain("De zorgsoort 'tandzorg' bestaat niet");
    }
}
