using System.Text.RegularExpressions;
using Ical.Net;

namespace InkoopPortal.EndToEndTests.Agenda;

/// <summary>The deadline calendar: filter it with its form, then subscribe to the same selection.</summary>
public class AgendaInBrowserTests(PortalFixture portal, ITestOutputHelper output) : PortalPageTest(portal, output)
{
    [Fact]
    public Task Filtering_by_care_type_and_purchaser_narrows_the_deadlines_and_the_feed_holds_the_same() => RunAsync(async () =>
    {
        // The agenda renders statically (a plain GET form): no circuit to wait for.
        await Page.GotoAsync("/agenda");
        var deadlines = Page.GetByTestId("termijn");
        var allCount = await deadlines.CountAsync();

        await Page.GetByTestId("filter-zorgsoort").SelectOptionAsync("msz");
        await Page.GetByTestId("filter-inkopers").GetByLabel("Zorg en Zekerheid", new() { Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter toepassen" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/agenda\\?zorgsoort=msz&inkopers=zorg-en-zekerheid$"));
        await Expect(deadlines).ToHaveCountAsync(6);
        allCount.Should().BeGreaterThan(6, "without a filter the agenda lists the deadlines of every purchaser");
        (await deadlines.Locator("td:nth-child(2)").AllInnerTextsAsync()).Should().OnlyContain(purchaser => purchaser.Trim() == "Zorg en Zekerheid");

        var feedLink = Page.GetByTestId("agenda-ics");
        await Expect(feedLink).ToHaveAttributeAsync("href", "agenda.ics?zorgsoort=msz&inkopers=zorg-en-zekerheid");
        var feed = await Page.APIRequest.GetAsync(await feedLink.EvaluateAsync<string>("link => link.href"));
        feed.Status.Should().Be(200);
        feed.Headers["content-type"].Should().StartWith("text/calendar");
        var calendar = Calendar.Load(await feed.TextAsync())!;

        // The feed holds every deadline with a day or month; the one known only by its year has no place on a calendar.
        var dated = await Page.Locator("[data-testid='agenda-maand'] [data-testid='termijn']").EvaluateAllAsync<string[]>("rows => rows.map(row => row.dataset.uid)");
        dated.Should().HaveCount(5);
        calendar.Events.Select(calendarEvent => calendarEvent.Uid).Should().BeEquivalentTo(dated);
        calendar.Events.Should().OnlyContain(calendarEvent => calendarEvent.Summary!.StartsWith("Zorg en Zekerheid: "));
    });
}
