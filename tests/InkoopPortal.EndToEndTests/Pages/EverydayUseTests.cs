using System.Text.RegularExpressions;

namespace InkoopPortal.EndToEndTests.Pages;

/// <summary>What every user meets on every page (issue 13): headings, buttons, and the region field.</summary>
public class EverydayUseTests(PortalFixture portal, ITestOutputHelper output) : PortalPageTest(portal, output)
{
    private const string Memo2022 = "/vergelijk?jaar=2022&zorgsoort=huisartsenzorg";

    private const string FocusedHeadingOutline = """
        () => {
            const h1 = document.querySelector('main h1');
            return h1 === document.activeElement ? getComputedStyle(h1).outlineStyle : 'not focused: ' + (document.activeElement?.outerHTML ?? '').slice(0, 80);
        }
        """;

    [Fact]
    public Task After_navigating_the_heading_has_the_focus_without_a_focus_box_on_screen_and_in_print() => RunAsync(async () =>
    {
        // A fresh load: FocusOnNavigate focuses the h1 with no user input before it.
        await OpenAsync("/");
        await Expect(Page.Locator("main h1")).ToBeFocusedAsync();
        (await Page.EvaluateAsync<string>(FocusedHeadingOutline)).Should().Be("none");

        // Navigating by keyboard: the browser shows focus rings then, so this is where the black box appeared.
        await Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Inkopers" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Regex("/inkopers$"));
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Inkopers");
        await Expect(Page.Locator("main h1")).ToBeFocusedAsync();
        (await Page.EvaluateAsync<string>(FocusedHeadingOutline)).Should().Be("none");

        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        (await Page.EvaluateAsync<string>(FocusedHeadingOutline)).Should().Be("none", "a printed heading has no focus box either");
    });

    [Fact]
    public Task Buttons_are_in_sentence_case() => RunAsync(async () =>
    {
        await OpenAsync(Memo2022);

        var transforms = await Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main .mud-button-root:not(.mud-icon-button), main a.export-link, main button')]
                .filter(b => b.offsetParent !== null && b.textContent.trim().length > 1)
                .map(b => `${b.textContent.trim()}: ${getComputedStyle(b).textTransform}`)
            """);

        transforms.Should().Contain(text => text.StartsWith("Exporteren naar Excel"));
        transforms.Should().Contain(text => text.StartsWith("Afdrukken"));
        transforms.Should().OnlyContain(text => text.EndsWith(": none"), "buttons read in sentence case, not in capitals");
    });

    [Fact]
    public Task The_region_field_opens_no_list_on_focus_lets_Tab_move_on_and_is_searchable_by_typing() => RunAsync(async () =>
    {
        await OpenAsync(Memo2022);
        var field = Page.Locator("input#mijn-regio");
        var options = Page.Locator(".mud-popover-open .mud-list-item");

        await field.FocusAsync();
        await Page.WaitForTimeoutAsync(1_000); // the list opened at once on focus; give it the time to (not) appear
        await Expect(options).ToHaveCountAsync(0);

        await Page.Keyboard.PressAsync("Tab");
        (await field.EvaluateAsync<bool>("input => input === document.activeElement")).Should().BeFalse("Tab moves on to the next control");
        (await Page.EvaluateAsync<bool>("() => document.activeElement.closest('.mud-popover') === null && document.activeElement !== document.body"))
            .Should().BeTrue("the focus is on the next control of the page, not in a list");
        await Expect(options).ToHaveCountAsync(0);

        await Page.Keyboard.PressAsync("Shift+Tab");
        await Expect(field).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("Amster");
        await Expect(options).ToHaveCountAsync(1);
        await Expect(options.First).ToContainTextAsync("Regio 15 Amsterdam");
        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(field).ToHaveValueAsync("Regio 15 Amsterdam");
        await Expect(Page.GetByTestId("mijn-regio-wis")).ToBeVisibleAsync();
    });

    [Theory]
    [InlineData("/veranderingen?jaar=2022&zorgsoort=huisartsenzorg", "veranderingen-filters", "Zorgsoort", "2022 · Huisartsenzorg · alle inkopers")]
    [InlineData("/zoeken?q=huisarts&jaar=2022", "zoekfilters", "Filteren", "1 filter gekozen")]
    public Task On_a_phone_the_filters_fold_into_one_Filters_line_and_on_a_desktop_they_are_open(string path, string panel, string inside, string summaryText) =>
        RunAsync(async () =>
        {
            await Page.SetViewportSizeAsync(375, 812);
            await Page.GotoAsync(path);
            var fold = Page.GetByTestId(panel);
            var summary = fold.Locator(":scope > summary");
            var filter = fold.GetByText(inside, new() { Exact = true }).First;

            await Expect(summary).ToHaveTextAsync(new Regex($@"^\s*Filters\s*{Regex.Escape(summaryText)}\s*$"));
            await Expect(fold).Not.ToHaveAttributeAsync("open", "");
            await Expect(filter).Not.ToBeVisibleAsync();
            await summary.ClickAsync();
            await Expect(fold).ToHaveAttributeAsync("open", "");
            await Expect(filter).ToBeVisibleAsync();
            await summary.ClickAsync();
            await Expect(filter).Not.ToBeVisibleAsync();

            await Page.SetViewportSizeAsync(1440, 900);
            await Page.ReloadAsync();
            await Expect(summary).Not.ToBeVisibleAsync();
            await Expect(filter).ToBeVisibleAsync();
        });
}
