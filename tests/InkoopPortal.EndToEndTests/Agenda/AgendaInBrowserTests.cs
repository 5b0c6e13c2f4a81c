using System.Text.RegularExpressions;
using Ical.Net;

namespace InkoopPortal.EndToEndTests.Agenda;

/// <summary>
/// The agenda in Chromium: coming deadlines first and past ones marked "verlopen", filters that apply at once and
/// stay in the address without a reload, "Mijn regio", the NZa milestones, and the feed of the same selection.
/// </summary>
public class AgendaInBrowserTests(PortalFixture portal, ITestOutputHelper output) : PortalPageTest(portal, output)
{
    /// <summary>The day the app runs on (its clock is the machine's), in the Netherlands.</summary>
    private static DateOnly Today =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);

    [Fact]
    public Task Coming_entries_come_first_soonest_first_then_the_past_ones_marked_verlopen() => RunAsync(async () =>
    {
        await OpenAsync("/agenda?jaar=alle");

        // Within each purchaser kind: coming soonest first, past most recent first.
        foreach (var table in await Page.Locator("[data-testid='agenda-komend'] table.agenda-table").AllAsync())
        {
            (await DatesAsync(table)).Should().NotBeEmpty().And.BeInAscendingOrder().And.OnlyContain(date => date >= Today);
        }

        var pastTables = await Page.Locator("[data-testid='agenda-verlopen'] table.agenda-table").AllAsync();
        pastTables.Should().HaveCount(2, "zorgverzekeraars and zorgkantoren");
        foreach (var table in pastTables)
        {
            (await DatesAsync(table)).Should().NotBeEmpty().And.BeInDescendingOrder().And.OnlyContain(date => date < Today);
        }

        var sectionOrder = await Page.Locator("section.agenda-section").EvaluateAllAsync<string[]>("sections => sections.map(section => section.dataset.testid)");
        sectionOrder.Take(2).Should().Equal("agenda-komend", "agenda-verlopen");
        var pastRows = Page.Locator("[data-testid='agenda-verlopen'] tr.agenda-row");
        await Expect(pastRows.Locator(".agenda-badge--past")).ToHaveCountAsync(await pastRows.CountAsync());
        await Expect(Page.Locator("[data-testid='agenda-komend'] .agenda-badge--past")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid='agenda-verlopen'] h3").First).ToHaveTextAsync("Zorgverzekeraars");
        await Expect(Page.Locator("[data-testid='agenda-verlopen'] h3", new() { HasText = "Zorgkantoren" })).ToHaveCountAsync(1);
    });

    [Fact]
    public Task A_filter_applies_at_once_and_writes_the_address_without_a_reload() => RunAsync(async () =>
    {
        await OpenAsync("/agenda?jaar=alle");
        var deadlines = Page.GetByTestId("termijn");
        var allCount = await deadlines.CountAsync();
        await Page.EvaluateAsync("() => window.agendaNotReloaded = true");

        await Page.GetByTestId("filter-zorgsoort").SelectOptionAsync("huisartsenzorg");

        await Expect(Page).ToHaveURLAsync(new Regex("/agenda\\?jaar=alle&zorgsoort=huisartsenzorg$"));
        await Expect(deadlines).Not.ToHaveCountAsync(allCount);
        var count = await deadlines.CountAsync();
        count.Should().BeGreaterThan(0, "the 2022 memo's cells name deadlines for huisartsenzorg").And.BeLessThan(allCount);
        (await Page.EvaluateAsync<bool>("() => window.agendaNotReloaded === true")).Should().BeTrue("the filter must not reload the page");
        (await deadlines.Locator("td.agenda-source").AllInnerTextsAsync()).Should().OnlyContain(title => title.Contains("huisartsenzorg", StringComparison.OrdinalIgnoreCase));

        await Page.GetByTestId("filter-jaar").SelectOptionAsync("2022");
        await Expect(Page).ToHaveURLAsync(new Regex("/agenda\\?jaar=2022&zorgsoort=huisartsenzorg$"));
        (await Page.EvaluateAsync<bool>("() => window.agendaNotReloaded === true")).Should().BeTrue();
        await Expect(Page.GetByTestId("agenda-bereik")).ToContainTextAsync("Termijnen in 2022");
        count = await deadlines.CountAsync();
        count.Should().BeGreaterThan(0);

        // The address is the state: a reload shows the same selection.
        await Page.ReloadAsync();
        await Page.WaitForBlazorAsync();
        await Expect(Page.GetByTestId("filter-zorgsoort")).ToHaveValueAsync("huisartsenzorg");
        await Expect(Page.GetByTestId("filter-jaar")).ToHaveValueAsync("2022");
        await Expect(deadlines).ToHaveCountAsync(count);
    });

    [Fact]
    public Task My_region_narrows_the_agenda_to_its_purchasers_and_can_be_cleared() => RunAsync(async () =>
    {
        await OpenAsync("/agenda?jaar=alle");
        var purchasers = Page.GetByTestId("termijn").Locator("td.agenda-who");
        (await purchasers.AllInnerTextsAsync()).Distinct().Should().HaveCountGreaterThan(1);

        await Page.Locator("input#mijn-regio").FillAsync("Zorgkantoor Zorg en");
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Zorgkantoor Zorg en Zekerheid" }).First.ClickAsync();

        await Expect(Page.GetByText("Alleen de termijnen van Zorgkantoor Zorg en Zekerheid.")).ToBeVisibleAsync();
        await Expect(purchasers.First).ToHaveTextAsync("Zorgkantoor Zorg en Zekerheid");
        (await purchasers.AllInnerTextsAsync()).Should().NotBeEmpty().And.OnlyContain(name => name.Trim() == "Zorgkantoor Zorg en Zekerheid");
        await Expect(Page.GetByTestId("mijlpaal")).ToHaveCountAsync(0, new() { Timeout = 5_000 });
        (await Page.Context.CookiesAsync()).Should().Contain(cookie => cookie.Name == "mijn-regio" && cookie.Value.EndsWith("zorgkantoor-zorg-en-zekerheid"));

        await Page.ReloadAsync();
        await Page.WaitForBlazorAsync();
        (await purchasers.AllInnerTextsAsync()).Should().OnlyContain(name => name.Trim() == "Zorgkantoor Zorg en Zekerheid", "the choice is kept in a cookie");

        await Page.GetByTestId("mijn-regio-wis").ClickAsync();
        await Expect(Page.GetByText("Alleen de termijnen van Zorgkantoor")).ToHaveCountAsync(0);
        (await purchasers.AllInnerTextsAsync()).Distinct().Should().HaveCountGreaterThan(1);
    });

    [Fact]
    public Task The_NZa_milestones_stand_beside_the_deadlines_marked_and_sourced_and_can_be_hidden() => RunAsync(async () =>
    {
        await OpenAsync("/agenda");

        var milestones = Page.GetByTestId("mijlpaal");
        await Expect(milestones).ToHaveCountAsync(8, new() { Timeout = 15_000 });
        await Expect(milestones.Locator("[data-testid='nza-mijlpaal']")).ToHaveCountAsync(8);
        var april = milestones.Filter(new() { HasText = $"1 april {Today.Year + 1}" });
        await Expect(april).ToContainTextAsync("NZa-mijlpaal");
        await Expect(april).ToContainTextAsync($"zorginkoopbeleid en de procedure van de zorginkoop voor {Today.Year + 2}");
        await Expect(april.Locator("td.agenda-source a")).ToContainTextAsync("Regeling transparantie zorginkoopproces Zvw");
        await Expect(Page.GetByTestId("agenda-bereik")).ToContainTextAsync($"{Today.Year} en {Today.Year + 1}");

        await Page.GetByTestId("filter-mijlpalen").UncheckAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/agenda\\?mijlpalen=verbergen$"));
        await Expect(milestones).ToHaveCountAsync(0);
    });

    [Fact]
    public Task The_feed_holds_the_deadlines_and_milestones_of_the_selection() => RunAsync(async () =>
    {
        await OpenAsync("/agenda?jaar=2023&zorgsoort=msz&inkopers=zorg-en-zekerheid");

        var feedLink = Page.GetByTestId("agenda-ics");
        await Expect(feedLink).ToHaveAttributeAsync("href", "agenda.ics?jaar=2023&zorgsoort=msz&inkopers=zorg-en-zekerheid");
        var feed = await Page.APIRequest.GetAsync(await feedLink.EvaluateAsync<string>("link => link.href"));
        feed.Status.Should().Be(200);
        var calendar = Calendar.Load(await feed.TextAsync())!;

        // Every deadline with a day or month, and the milestones; the one known only by its year has no place on a calendar.
        var dated = await Page.Locator("tr.agenda-row").EvaluateAllAsync<string[]>(
            "rows => rows.filter(row => !/^\\d{4}$/.test(row.querySelector('.agenda-date').textContent.trim())).map(row => row.dataset.uid)");
        dated.Should().HaveCount(5 + 4);
        calendar.Events.Select(calendarEvent => calendarEvent.Uid).Should().BeEquivalentTo(dated);
        calendar.Events.Should().OnlyContain(calendarEvent => calendarEvent.Summary!.StartsWith("Zorg en Zekerheid: ") || calendarEvent.Summary!.StartsWith("NZa-mijlpaal: "));
    });

    [Theory]
    [InlineData("/agenda", 1440)]
    [InlineData("/agenda", 375)]
    [InlineData("/agenda?jaar=alle", 375)]
    [InlineData("/", 1440)]
    [InlineData("/", 375)]
    public Task Page_is_accessible_and_never_scrolls_sideways(string path, int width) => RunAsync(async () =>
    {
        await Page.SetViewportSizeAsync(width, 800);
        await OpenAsync(path);

        await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        widths[0].Should().BeLessThanOrEqualTo(widths[1], $"{path} must not scroll sideways at {width} px");
    });

    private static async Task<List<DateOnly>> DatesAsync(ILocator table) =>
        (await table.Locator("tr.agenda-row").EvaluateAllAsync<string[]>("rows => rows.map(row => row.dataset.date)"))
            .Select(date => DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
}
