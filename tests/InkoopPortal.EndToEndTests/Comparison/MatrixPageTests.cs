using System.Text.RegularExpressions;

namespace InkoopPortal.EndToEndTests.Comparison;

/// <summary>The comparison matrix as an advisor uses it, in headless Chromium against the real app.</summary>
public partial class MatrixPageTests(PortalFixture portal, ITestOutputHelper output) : PortalPageTest(portal, output)
{
    private const string Memo2022 = "/vergelijk?jaar=2022&zorgsoort=huisartsenzorg";

    [Fact]
    public Task The_2022_GP_care_matrix_shows_every_insurer_and_keeps_its_headers_in_view() => RunAsync(async () =>
    {
        await OpenAsync(Memo2022);

        await Expect(Page.Locator("table.matrix thead th.matrix-head")).ToHaveCountAsync(9);
        await Expect(Page.Locator("#cel-zilveren-kruis-regioplan")).ToContainTextAsync("Regioplan voor 1 september");
        await Expect(Page.Locator("#cel-dsw-arbeidsmarktproblematiek")).ToContainTextAsync("Geen bijzonderheden");
        await Expect(Page.Locator("#cel-vgz-rossen")).ToContainTextAsync("Geen beleid gepubliceerd");
        await Expect(Page.Locator("#cel-asr-regioplan")).ToContainTextAsync("Nog niet geanalyseerd");
        (await Page.Locator("table.matrix thead th").First.EvaluateAsync<string>("th => getComputedStyle(th).position"))
            .Should().Be("sticky", "the header row stays visible while scrolling");
        (await Page.Locator("#onderwerp-regioplan th[scope=row]").EvaluateAsync<string>("th => getComputedStyle(th).position"))
            .Should().Be("sticky", "the topic column stays visible while scrolling sideways");
    });

    [Fact]
    public Task Changing_care_type_and_year_updates_the_matrix_and_the_address() => RunAsync(async () =>
    {
        await OpenAsync(Memo2022);

        await ChooseAsync("filter-zorgsoort", "Eerstelijnsverblijf");
        await Expect(Page).ToHaveURLAsync(new Regex("zorgsoort=elv"));
        await Expect(Page.Locator("#kolom-asr")).ToBeVisibleAsync();

        await Expect(Page.Locator("table.matrix caption")).ToContainTextAsync("2024", new() { UseInnerText = true });

        await ChooseAsync("filter-jaar", "2023");
        await Expect(Page).ToHaveURLAsync(new Regex("jaar=2023"));
        await Expect(Page.Locator("table.matrix caption")).ToContainTextAsync("2023");
        await Expect(Page.Locator("#kolom-asr")).ToContainTextAsync("Document 2023–2024", new() { UseInnerText = true });
    });

    [Fact]
    public Task Leaving_out_a_purchaser_removes_its_column_and_the_choice_is_in_the_address() => RunAsync(async () =>
    {
        await OpenAsync(Memo2022);

        await ChooseAsync("filter-inkopers", "CZ", closeAfterwards: true);

        await Expect(Page.Locator("#kolom-cz")).ToHaveCountAsync(0);
        await Expect(Page.Locator("#kolom-menzis")).ToBeVisibleAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("inkopers=(?!.*\\bcz\\b)[a-z-,]+"));
        await Page.ReloadAsync();
        await Expect(Page.Locator("#kolom-cz")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task Topics_are_chosen_by_keyboard_in_the_checklist_which_stays_open_until_closed() => RunAsync(async () =>
    {
        await OpenAsync(Memo2022);

        var button = Page.GetByTestId("filter-onderwerpen-knop");
        await button.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        var regioplan = Page.GetByTestId("filter-onderwerpen").GetByRole(AriaRole.Checkbox, new() { Name = "Regioplan" }).First;
        await regioplan.FocusAsync();
        await Page.Keyboard.PressAsync("Space");

        await Expect(Page).ToHaveURLAsync(new Regex("onderwerpen=regioplan$"));
        await Expect(Page.Locator("table.matrix tbody th[scope='row']")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#filter-onderwerpen-samenvatting")).ToContainTextAsync("Regioplan");
        await Expect(regioplan).ToBeCheckedAsync();
        await Page.Keyboard.PressAsync("Escape");
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(Page.GetByTestId("filter-onderwerpen").Locator("input[type='checkbox']")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task A_cell_opens_its_detail_with_the_source_and_leads_back_to_the_cell() => RunAsync(async () =>
    {
        await OpenAsync(Memo2022);

        await Page.Locator("#cel-cz-regioplan a.cell-details").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/vergelijk/cel\\?.*inkoper=cz.*onderwerp=regioplan"));
        await Page.WaitForBlazorAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Regioplan");
        await Expect(Page.Locator("main")).ToContainTextAsync("Innovatief aanbod (S3)");

        await Page.GetByTestId("terug-naar-vergelijking").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("#cel-cz-regioplan$"));
        await Expect(Page.Locator("#cel-cz-regioplan")).ToBeInViewportAsync();
    });

    [Fact]
    public Task The_source_link_of_a_column_opens_the_purchasers_document() => RunAsync(async () =>
    {
        await OpenAsync(Memo2022);

        await Page.Locator("#kolom-zilveren-kruis a.matrix-document").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/documenten/\\d+$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Zilveren Kruis");
        await Expect(Page.Locator("main a[href*='zilverenkruis.nl']").First).ToBeVisibleAsync();
    });

    [Fact]
    public Task My_region_comes_first_survives_a_reload_and_can_be_cleared() => RunAsync(async () =>
    {
        await OpenAsync(Memo2022);

        await Page.Locator("input#mijn-regio").FillAsync("VGZ");
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "VGZ" }).First.ClickAsync();
        await Expect(Page.Locator("table.matrix thead th.matrix-head").First).ToHaveIdAsync("kolom-vgz");
        await Expect(Page.Locator("#kolom-vgz")).ToHaveClassAsync(new Regex("is-mine"));

        await Page.ReloadAsync();
        await Page.WaitForBlazorAsync();
        await Expect(Page.Locator("table.matrix thead th.matrix-head").First).ToHaveIdAsync("kolom-vgz");
        (await Page.Context.CookiesAsync()).Should().Contain(cookie => cookie.Name == "mijn-regio" && cookie.Value.EndsWith("vgz"));

        await Page.GetByTestId("mijn-regio-wis").ClickAsync();
        await Expect(Page.Locator("table.matrix thead th.matrix-head").First).ToHaveIdAsync("kolom-cz");
        await Expect(Page.Locator("th.is-mine")).ToHaveCountAsync(0);
        (await Page.Context.CookiesAsync()).Should().NotContain(cookie => cookie.Name == "mijn-regio");
    });

    [Fact]
    public Task Print_prints_the_matrix_without_the_application_around_it() => RunAsync(async () =>
    {
        await OpenAsync(Memo2022);
        await Page.EvaluateAsync("() => { window.__printed = 0; window.print = () => window.__printed++; }");

        await Page.GetByTestId("afdrukken").ClickAsync();
        await Page.EmulateMediaAsync(new() { Media = Media.Print });

        (await Page.EvaluateAsync<int>("() => window.__printed")).Should().Be(1);
        await Expect(Page.Locator(".mud-appbar")).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("afdrukken")).ToBeHiddenAsync();
        var printed = Page.Locator(".matrix-print table.matrix").First;
        await Expect(printed).ToBeVisibleAsync();
        (await printed.Locator("thead").EvaluateAsync<string>("thead => getComputedStyle(thead).display"))
            .Should().Be("table-header-group", "the header row repeats on every printed page");
        (await printed.Locator("thead th").First.EvaluateAsync<string>("th => getComputedStyle(th).position"))
            .Should().NotBe("sticky");
    });

    [Fact]
    public Task A_malformed_address_gives_a_Dutch_message_and_the_filters_still_work() => RunAsync(async () =>
    {
        await OpenAsync("/vergelijk?jaar=abc&zorgsoort=huisartsenzorg&inkopers=cz,%3Cscript%3E");

        await Expect(Page.GetByTestId("meldingen")).ToContainTextAsync("'abc' is geen geldig jaar");
        await Expect(Page.Locator("#kolom-cz")).ToBeVisibleAsync();
        await ChooseAsync("filter-zorgsoort", "Medisch-specialistische zorg");
        await Expect(Page).ToHaveURLAsync(new Regex("zorgsoort=msz"));
        await Expect(Page.Locator("table.matrix caption")).ToContainTextAsync("Medisch-specialistische zorg 2024");
        await Expect(Page.Locator("#kolom-cz")).ToContainTextAsync("Geen document", new() { UseInnerText = true });
    });

    [Fact]
    public Task A_stored_matrix_page_still_becomes_interactive_in_another_browser() => RunAsync(async () =>
    {
        const string path = "/vergelijk?jaar=2022&zorgsoort=huisartsenzorg&inkopers=dsw,eno";
        await using var other = await Portal.Browser.NewContextAsync(new() { BaseURL = Portal.Address.ToString() });
        var first = await (await other.NewPageAsync()).GotoAsync(path);

        var stored = await OpenAsync(path);

        first!.Headers.Should().NotContainKey("age");
        stored!.Headers.Should().ContainKey("age", "the second visitor gets the stored response");
        await ChooseAsync("filter-zorgsoort", "Eerstelijnsverblijf");
        await Expect(Page).ToHaveURLAsync(new Regex("zorgsoort=elv"));
    });

    [Theory]
    [InlineData(Memo2022)]
    [InlineData("/vergelijk/cel?jaar=2022&zorgsoort=huisartsenzorg&inkoper=zilveren-kruis&onderwerp=regioplan")]
    [InlineData("/vergelijk/onderwerp?onderwerp=duurzaamheid&zorgsoort=elv")]
    public Task Matrix_pages_have_no_serious_or_critical_accessibility_violations(string path) => RunAsync(async () =>
    {
        await OpenAsync(path);

        await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    });

    /// <summary>Picks the option with the given text in a filter: a native select, or a checklist filter's checkbox.</summary>
    private async Task ChooseAsync(string testId, string option, bool closeAfterwards = false)
    {
        var filter = Page.GetByTestId(testId);
        if (await filter.EvaluateAsync<string>("element => element.tagName") == "SELECT")
        {
            var value = await filter.Locator("option", new() { HasText = option }).First.GetAttributeAsync("value");
            await filter.SelectOptionAsync(value!);
            return;
        }

        // A checklist filter: its button opens the checkboxes; each change navigates at once.
        await Page.GetByTestId($"{testId}-knop").ClickAsync();
        await filter.GetByRole(AriaRole.Checkbox, new() { Name = option, Exact = true }).ClickAsync();
        if (closeAfterwards)
        {
            await Page.Keyboard.PressAsync("Escape");
        }
    }
}
