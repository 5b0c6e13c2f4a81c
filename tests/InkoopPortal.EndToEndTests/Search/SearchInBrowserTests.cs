using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using InkoopPortal.Web.Components.Pages.Search;

namespace InkoopPortal.EndToEndTests.Search;

/// <summary>Searching as an advisor does, in headless Chromium: the box in the app bar, a facet, a hit into the matrix, the CSV.</summary>
public partial class SearchInBrowserTests(PortalFixture portal, ITestOutputHelper output) : PortalPageTest(portal, output)
{
    [Fact]
    public Task A_search_from_the_app_bar_narrows_by_a_facet_and_opens_the_cell_in_the_matrix() => RunAsync(async () =>
    {
        await OpenAsync("/");
        await Page.GetByRole(AriaRole.Searchbox, new() { Name = "Zoeken in het inkoopbeleid" }).FillAsync("regioplan");
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new Regex(@"/zoeken\?q=regioplan$"));
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Resultaat 1–");
        await Expect(Page.Locator("[data-testid='fragment'] mark").First).ToHaveTextAsync(new Regex("^regioplan", RegexOptions.IgnoreCase));
        await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await Page.GetByTestId("facet-inkopers").Locator("a[data-facet='zilveren-kruis']").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("inkopers=zilveren-kruis$"));
        await Expect(Page.Locator("section[data-testid='zoekgroep'] h2")).ToHaveTextAsync(["Zilveren Kruis"]);

        var hit = Page.Locator("a[data-testid='zoekresultaat-link'][href*='#cel-zilveren-kruis-']").First;
        var cellId = (await hit.GetAttributeAsync("href"))!.Split('#')[1];
        await hit.ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex($"/vergelijk\\?.*#{cellId}$"));
        var cell = Page.Locator($"#{cellId}");
        await CellShouldBeInViewAndMarkedAsync(cell);
        await Page.WaitForBlazorAsync();
        await CellShouldBeInViewAndMarkedAsync(cell);
    });

    [Fact]
    public Task A_typo_offers_the_word_the_index_knows_and_its_link_searches_it_with_the_same_filters() => RunAsync(async () =>
    {
        await Page.GotoAsync("/zoeken?q=huisatrsen%20regoplannen&zorgsoort=huisartsenzorg");

        var status = Page.GetByRole(AriaRole.Status);
        await Expect(status).ToContainTextAsync("Geen resultaten voor huisatrsen regoplannen");
        var suggestion = status.GetByTestId("suggestie-link");
        // "regioplannen" is in no source: the typo is corrected to the word the index holds, not to "plannen" (fewer trigrams).
        await Expect(suggestion).ToHaveTextAsync("huisartsen regioplan");
        await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await suggestion.ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"/zoeken\?q=huisartsen(%20|\+)regioplan&zorgsoort=huisartsenzorg$"));
        await Expect(status).ToContainTextAsync("Resultaat 1–");
        await Expect(Page.Locator("[data-testid='fragment'] mark").First).ToBeVisibleAsync();
    });

    [Fact]
    public Task The_csv_export_downloads_the_rows_of_the_search() => RunAsync(async () =>
    {
        await Page.GotoAsync("/zoeken?q=regioplan&soort=uitspraak");
        var status = await Page.GetByRole(AriaRole.Status).InnerTextAsync();
        var total = int.Parse(TotalPattern().Match(status).Groups[1].Value, CultureInfo.InvariantCulture);

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Exporteren als CSV" }).ClickAsync());

        download.SuggestedFilename.Should().Be("zoekresultaten.csv");
        using var reader = new StreamReader(await download.CreateReadStreamAsync(), Encoding.UTF8);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" });
        var rows = new List<(string Kind, string Link)>();
        await csv.ReadAsync();
        csv.ReadHeader();
        csv.HeaderRecord.Should().Equal(SearchResultsCsv.Header);
        while (await csv.ReadAsync())
        {
            rows.Add((csv.GetField("Soort")!, csv.GetField("Link")!));
        }

        rows.Should().HaveCount(total);
        rows.Should().OnlyContain(row => row.Kind == "Beleid per onderwerp" && row.Link.StartsWith(Portal.Address + "vergelijk?", StringComparison.Ordinal));
    });

    /// <summary>
    /// In the viewport, not under the sticky header row, with the :target outline. Measured in one step in the page and
    /// retried until it holds: while the circuit starts, Blazor swaps the prerendered table for the interactive one, and
    /// the two boxes read one after the other may come from different tables (or none).
    /// </summary>
    private async Task CellShouldBeInViewAndMarkedAsync(ILocator cell)
    {
        await Expect(cell).ToHaveCSSAsync("outline-style", "solid");
        await Expect(cell).ToBeInViewportAsync();
        var cellId = (await cell.GetAttributeAsync("id"))!;
        var placed = await Page.WaitForFunctionAsync(
            """
            id => {
                const cell = document.getElementById(id);
                const header = document.querySelector('table.matrix thead');
                if (!cell || !header) return false;
                const cellTop = cell.getBoundingClientRect().top;
                const headerBottom = header.getBoundingClientRect().bottom;
                return cellTop >= headerBottom - 1 && cellTop < 800 ? { cellTop, headerBottom } : false;
            }
            """,
            cellId);
        var boxes = await placed.JsonValueAsync<Dictionary<string, double>>();
        boxes["cellTop"].Should().BeGreaterThanOrEqualTo(boxes["headerBottom"] - 1, "the cell is not hidden under the sticky header");
    }

    [GeneratedRegex(@"van (\d+)")]
    private static partial Regex TotalPattern();
}
