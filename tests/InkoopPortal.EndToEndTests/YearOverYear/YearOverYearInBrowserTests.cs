using System.Text.RegularExpressions;

namespace InkoopPortal.EndToEndTests.YearOverYear;

/// <summary>
/// "Jaren vergelijken" and "Wat is er veranderd in &lt;jaar&gt;" in Chromium: static pages with plain GET forms, on an
/// app where CZ's 2023 regioplan differs from 2022 and CZ is the only insurer with a 2023 document (the 2023 matrix
/// shows the others as missing).
/// </summary>
[Collection(PortalCollection.Name)]
public class YearOverYearInBrowserTests(PortalFixture portal, YearOverYearApp app, ITestOutputHelper output) : IClassFixture<YearOverYearApp>
{
    private const string CzYears = "/vergelijk/jaren?inkoper=cz&zorgsoort=huisartsenzorg&van=2022&tot=2023";

    [Fact]
    public async Task A_reader_picks_a_purchaser_and_two_years_and_sees_the_changed_words_marked()
    {
        await using var context = await app.NewContextAsync(portal.Browser);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/vergelijk/jaren");
        await page.GetByLabel("Inkoper").SelectOptionAsync(new SelectOptionValue { Label = "CZ" });
        await page.GetByLabel("Zorgsoort").SelectOptionAsync(new SelectOptionValue { Label = "Huisartsenzorg" });
        await page.GetByLabel("Van jaar").SelectOptionAsync("2022");
        await page.GetByLabel("Tot jaar").SelectOptionAsync("2023");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vergelijken", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/vergelijk/jaren\?inkoper=cz&zorgsoort=huisartsenzorg&van=2022&tot=2023$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("CZ, huisartsenzorg: 2022 en 2023 vergeleken");
        var regioplan = page.Locator("#onderwerp-regioplan");
        await Expect(regioplan.GetByTestId("woordverschil").Locator("ins", new() { HasText = "oktober" })).ToHaveCountAsync(1);
        await Expect(regioplan.GetByTestId("woordverschil").Locator("del", new() { HasText = "Innovatief" })).ToHaveCountAsync(1);
        var unchanged = page.GetByTestId("ongewijzigd");
        await Expect(unchanged.Locator("article").First).Not.ToBeVisibleAsync();
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await unchanged.Locator("summary").ClickAsync();
        await Expect(unchanged.Locator("article").First).ToBeVisibleAsync();
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task The_word_diff_is_formatted_text_without_Markdown_syntax_and_not_monospace()
    {
        await using var context = await app.NewContextAsync(portal.Browser);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/vergelijk/jaren?inkoper=cz&zorgsoort=huisartsenzorg&van=2022&tot=2023");

        var diff = page.Locator("#onderwerp-regioplan").GetByTestId("woordverschil");
        await Expect(diff).ToBeVisibleAsync();
        var lines = (await diff.InnerTextAsync()).Split('\n').Select(line => line.Trim()).ToList();
        lines.Should().NotContain(line => line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith('#'), "list and heading syntax is rendered");
        string.Join('\n', lines).Should().NotContain("**").And.Contain("e2e-verzekeraar");
        await Expect(diff.Locator("ol > li ul > li")).ToHaveCountAsync(2);
        await Expect(diff.Locator("strong", new() { HasText = "e2e-verzekeraar" })).ToHaveCountAsync(1);
        await Expect(diff.Locator("h5", new() { HasText = "Planning" })).ToHaveCountAsync(1);
        foreach (var element in new[] { diff, diff.Locator("ins").First, diff.Locator("del").First })
        {
            (await element.EvaluateAsync<string>("e => getComputedStyle(e).fontFamily")).Should().NotContainEquivalentOf("mono");
        }

        (await diff.Locator("ins").First.EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine")).Should().Be("underline");
        (await diff.Locator("del").First.EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine")).Should().Be("line-through");
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task A_list_in_a_cell_keeps_its_markers_inside_the_cell_and_a_heading_is_the_size_of_the_text()
    {
        await using var context = await app.NewContextAsync(portal.Browser);
        var page = await context.NewPageAsync();

        foreach (var (url, box) in new[]
                 {
                     ("/vergelijk?jaar=2023&zorgsoort=huisartsenzorg&inkopers=cz,vgz", "td#cel-cz-regioplan"),
                     ("/vergelijk/cel?jaar=2023&zorgsoort=huisartsenzorg&inkoper=cz&onderwerp=regioplan", ".statement-body"),
                 })
        {
            await page.GotoAsync(url);
            var body = page.Locator(box).First;
            await Expect(body.Locator("ol > li")).ToHaveCountAsync(3);

            // A marker stands left of its item: the item's left edge less the marker's width (its text measured in
            // the item's own font) must still be inside the box.
            var overflow = await body.EvaluateAsync<double[]>("""
                box => {
                    const left = box.getBoundingClientRect().left;
                    return [...box.querySelectorAll('li')].map(item => {
                        const number = [...item.parentElement.children].indexOf(item) + 1;
                        const marker = document.createElement('span');
                        marker.textContent = item.parentElement.tagName === 'OL' ? `${number}. ` : '\u2022 ';
                        marker.style.cssText = 'position: absolute; white-space: pre; font: inherit;';
                        item.prepend(marker);
                        const width = marker.getBoundingClientRect().width;
                        marker.remove();
                        return left - (item.getBoundingClientRect().left - width);
                    });
                }
                """);
            overflow.Should().HaveCount(5).And.OnlyContain(pixels => pixels <= 0, $"every marker on {url} is inside its box");

            var nested = await body.EvaluateAsync<double[]>(
                "box => [box.querySelector('ol > li'), box.querySelector('ol > li ul > li')].map(item => item.getBoundingClientRect().left)");
            nested[1].Should().BeGreaterThan(nested[0] + 8, "a nested list is indented");

            var sizes = await body.EvaluateAsync<double[]>("""
                box => {
                    const heading = box.querySelector('h1, h2, h3, h4, h5, h6');
                    return [parseFloat(getComputedStyle(heading).fontSize), parseFloat(getComputedStyle(heading.parentElement).fontSize),
                            parseFloat(getComputedStyle(heading).fontWeight)];
                }
                """);
            sizes[0].Should().BeLessThanOrEqualTo(sizes[1] * 1.15, $"a heading in the text on {url} is scaled to it");
            sizes[2].Should().BeGreaterThanOrEqualTo(600);
            await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        }
    }

    [Fact]
    public async Task The_overview_of_a_year_is_filtered_by_care_type_and_leads_to_the_word_diff()
    {
        await using var context = await app.NewContextAsync(portal.Browser);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/veranderingen");
        await page.GetByLabel("Zorgsoort").SelectOptionAsync(new SelectOptionValue { Label = "Huisartsenzorg" });
        await page.GetByLabel("Jaar", new() { Exact = true }).SelectOptionAsync("2023");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter toepassen" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/veranderingen\?jaar=2023&zorgsoort=huisartsenzorg$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wat is er veranderd in 2023?");
        var change = page.GetByTestId("veranderingen-cz").GetByTestId("verandering-regioplan");
        await Expect(change).ToContainTextAsync("Gewijzigd");
        await Expect(change).ToContainTextAsync("Automatisch vastgelegd bij publicatie");
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await change.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^woord voor woord") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#onderwerp-regioplan$"));
        await Expect(page.Locator("#onderwerp-regioplan").GetByTestId("woordverschil").Locator("ins", new() { HasText = "oktober" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task The_matrix_of_a_year_with_fewer_documents_shows_last_years_purchasers_as_Geen_document()
    {
        await using var context = await app.NewContextAsync(portal.Browser);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/vergelijk?jaar=2023&zorgsoort=huisartsenzorg");
        await page.WaitForBlazorAsync();

        await Expect(page.Locator("table.matrix thead th.matrix-head")).ToHaveCountAsync(9);
        await Expect(page.Locator("#kolom-cz a.matrix-document")).ToContainTextAsync("Document 2023", new() { UseInnerText = true });
        await Expect(page.Locator("#kolom-menzis")).ToContainTextAsync("Geen document", new() { UseInnerText = true });
        await Expect(page.Locator("#cel-menzis-regioplan")).ToContainTextAsync("Geen document voor dit jaar");
        await Expect(page.Locator("#cel-cz-regioplan")).ToContainTextAsync("1 oktober");
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task On_a_phone_the_year_comparison_does_not_scroll_sideways_and_its_filters_fold_into_one_control()
    {
        await using var context = await app.NewContextAsync(portal.Browser);
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(Phone.Width, 812);

        await page.GotoAsync(CzYears);

        await Expect(page.Locator("#onderwerp-regioplan").GetByTestId("woordverschil")).ToBeVisibleAsync();
        await Phone.ShouldNotScrollSidewaysAsync(page, output);
        var summary = page.GetByTestId("filters").Locator(":scope > summary");
        await Expect(summary).ToHaveTextAsync(new Regex(@"^\s*Filters\s*CZ · Huisartsenzorg · 2022 en 2023\s*$"));
        await Expect(page.GetByTestId("kies-inkoper")).ToBeHiddenAsync();
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await summary.ClickAsync();

        await Expect(page.GetByTestId("kies-inkoper")).ToBeVisibleAsync();
        await Phone.ShouldNotScrollSidewaysAsync(page, output);
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.GetByLabel("Van jaar").SelectOptionAsync("2023");
        await page.GetByLabel("Tot jaar").SelectOptionAsync("2022");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vergelijken", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("van=2023&tot=2022$"));
    }

    [Fact]
    public async Task On_a_desktop_the_year_comparisons_filters_are_open()
    {
        await using var context = await app.NewContextAsync(portal.Browser);
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(1440, 900);

        await page.GotoAsync(CzYears);

        await Expect(page.GetByTestId("filters").Locator(":scope > summary")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("kies-inkoper")).ToBeVisibleAsync();
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    }
}
