using System.Text.RegularExpressions;

namespace InkoopPortal.EndToEndTests.Comparison;

/// <summary>
/// The matrix as a policy advisor and a regional organisation use it day to day (issue 13): a default view that
/// compares, filters in any order, long cells folded, the way back to a cell, one column order with "Mijn regio",
/// and a printout that can be read.
/// </summary>
public partial class MatrixDailyUseTests(PortalFixture portal, ITestOutputHelper output) : PortalPageTest(portal, output)
{
    private const string Memo2022 = "/vergelijk?jaar=2022&zorgsoort=huisartsenzorg";

    private readonly ITestOutputHelper _output = output;

    [Fact]
    public Task Without_parameters_the_matrix_compares_at_least_two_purchasers_with_content() => RunAsync(async () =>
    {
        await OpenAsync("/vergelijk");

        await Expect(Page.Locator("table.matrix")).ToBeVisibleAsync();
        (await ColumnsWithContentAsync()).Should().BeGreaterThanOrEqualTo(2, "the page opens on a view that compares");
        await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    });

    [Fact]
    public Task The_year_can_be_chosen_first_whatever_care_type_is_shown() => RunAsync(async () =>
    {
        await OpenAsync("/vergelijk?jaar=2024&zorgsoort=elv");

        await Expect(Page.GetByTestId("filter-jaar").Locator("option[value='2022']")).ToHaveCountAsync(1);
        await Page.GetByTestId("filter-jaar").SelectOptionAsync("2022");

        await Expect(Page).ToHaveURLAsync(new Regex(@"jaar=2022&zorgsoort=huisartsenzorg"));
        await Expect(Page.Locator("table.matrix thead th.matrix-head")).ToHaveCountAsync(9);
        await Expect(Page.GetByTestId("filter-zorgsoort").Locator("option[value='elv']")).ToHaveTextAsync(new Regex("geen documenten in 2022"));
    });

    [Fact]
    public Task A_long_cell_is_folded_and_Toon_alles_shows_all_of_it() => RunAsync(async () =>
    {
        await OpenAsync(Memo2022);

        var scrollBoxHeight = await Page.Locator(".matrix-scroll").EvaluateAsync<double>("box => box.clientHeight");
        var tallestRow = await Page.EvaluateAsync<double>(
            "() => Math.max(...[...document.querySelectorAll('table.matrix tbody tr[id^=onderwerp-]')].map(row => row.getBoundingClientRect().height))");
        tallestRow.Should().BeLessThan(scrollBoxHeight, "no row is taller than the box it scrolls in");

        var fold = Page.Locator("table.matrix button.cell-fold").First;
        await Expect(fold).ToHaveTextAsync(new Regex("^Toon alles"));
        await Expect(fold).ToHaveAttributeAsync("aria-expanded", "false");
        var body = Page.Locator("#" + await fold.GetAttributeAsync("aria-controls"));
        var folded = await body.EvaluateAsync<double>("element => element.getBoundingClientRect().height");

        await fold.ClickAsync();

        await Expect(fold).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(fold).ToHaveTextAsync(new Regex("^Toon minder"));
        (await body.EvaluateAsync<double>("element => element.getBoundingClientRect().height")).Should().BeGreaterThan(folded + 20);
        (await body.EvaluateAsync<bool>("element => element.scrollHeight <= element.clientHeight + 1")).Should().BeTrue("all of it shows");
        await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await fold.ClickAsync();
        await Expect(fold).ToHaveAttributeAsync("aria-expanded", "false");
    });

    [Fact]
    public Task Terug_on_the_cell_page_returns_to_the_same_filter_and_the_cell() => RunAsync(async () =>
    {
        await OpenAsync(Memo2022 + "&inkopers=eno,cz,vgz,dsw");
        var id = await LastContentCellIdAsync();

        await Page.Locator($"#{id} a.cell-details").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/vergelijk/cel\\?"));
        await Page.GetByTestId("terug-naar-vergelijking").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex($"inkopers=eno,cz,vgz,dsw.*#{id}$"));
        await Expect(Page.Locator("table.matrix thead th.matrix-head").First).ToHaveIdAsync("kolom-eno");
        await Expect(Page.Locator($"#{id}")).ToBeInViewportAsync();
    });

    [Fact]
    public Task The_browsers_Back_from_a_cell_returns_scrolled_to_that_cell() => RunAsync(async () =>
    {
        await OpenAsync(Memo2022 + "&inkopers=cz,vgz,menzis,dsw,eno");
        var id = await LastContentCellIdAsync();
        await Page.Locator($"#{id}").ScrollIntoViewIfNeededAsync();

        await Page.Locator($"#{id} a.cell-details").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/vergelijk/cel\\?"));
        await Expect(Page.GetByTestId("terug-naar-vergelijking")).ToBeVisibleAsync();
        await Page.GoBackAsync();

        await Expect(Page).ToHaveURLAsync(new Regex($"/vergelijk\\?jaar=2022&zorgsoort=huisartsenzorg&inkopers=cz,vgz,menzis,dsw,eno#{id}$"));
        await Expect(Page.Locator($"#{id}")).ToBeInViewportAsync();
        await Expect(Page.Locator($"#{id}")).ToHaveClassAsync(new Regex("cell--linked"));
    });

    [Fact]
    public Task My_region_first_in_the_table_is_first_in_the_column_order_too_and_the_others_still_move() => RunAsync(async () =>
    {
        await OpenAsync(Memo2022);

        await Page.Locator("input#mijn-regio").FillAsync("Menzis");
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasTextRegex = new Regex("^\\s*Menzis\\s*$") }).First.ClickAsync();
        await Expect(Page.Locator("table.matrix thead th.matrix-head").First).ToHaveIdAsync("kolom-menzis");

        (await ChipOrderAsync()).Should().Equal(await ColumnOrderAsync(), "the chips show the table's order");
        await Expect(Page.GetByTestId("kolom-rechts-menzis")).ToBeDisabledAsync();

        await Page.GetByTestId("kolom-rechts-cz").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("inkopers=vgz,menzis,cz,"));
        await Expect(Page.Locator("table.matrix thead th.matrix-head").Nth(2)).ToHaveIdAsync("kolom-cz");
        (await ChipOrderAsync()).Should().Equal(await ColumnOrderAsync());
        (await ColumnOrderAsync()).Take(3).Should().Equal("menzis", "vgz", "cz");
    });

    [Fact]
    public Task The_region_field_does_not_open_its_list_on_focus_and_Tab_moves_on() => RunAsync(async () =>
    {
        await OpenAsync(Memo2022);
        var field = Page.Locator("input#mijn-regio");

        await field.FocusAsync();
        await Page.WaitForTimeoutAsync(500);
        await Expect(Page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);

        await Page.Keyboard.PressAsync("Tab");
        (await field.EvaluateAsync<bool>("element => element === document.activeElement")).Should().BeFalse("Tab leaves the field");
    });

    [Fact]
    public Task Printing_uses_readable_type_whole_words_no_empty_columns_and_a_page_per_group_of_columns() => RunAsync(async () =>
    {
        await OpenAsync(Memo2022);
        // The page's content box on A4 landscape with 10 mm margins: 277 mm at 96 dpi.
        await Page.SetViewportSizeAsync(1047, 740);
        await Page.EvaluateAsync("() => { window.print = () => {}; }");
        await Page.GetByTestId("afdrukken").ClickAsync();
        await Page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(Page.Locator(".matrix-scroll")).ToBeHiddenAsync();
        var tables = Page.Locator(".matrix-print table");
        (await tables.CountAsync()).Should().BeGreaterThanOrEqualTo(2, "nine purchasers do not fit one page width");
        var printedColumns = await Page.Locator(".matrix-print thead th.matrix-head").AllInnerTextsAsync();
        printedColumns.Should().NotContain(name => name.Contains("a.s.r.") || name.Contains("Caresq"), "columns without content are left out");
        await Expect(Page.Locator(".matrix-print-omitted")).ToContainTextAsync("a.s.r.");
        await Expect(Page.Locator(".matrix-print-omitted")).ToContainTextAsync("Caresq");

        for (var index = 0; index < await tables.CountAsync(); index++)
        {
            var table = tables.Nth(index);
            (await table.EvaluateAsync<double>("t => t.getBoundingClientRect().width")).Should().BeLessThanOrEqualTo(1047, "a table fits the page width");
            (await table.EvaluateAsync<string>("t => getComputedStyle(t).breakBefore")).Should().Be(index == 0 ? "auto" : "page");
        }

        var tooSmall = await Page.EvaluateAsync<string[]>(
            @"() => [...document.querySelectorAll('.matrix-print *')]
                .filter(element => [...element.childNodes].some(node => node.nodeType === 3 && node.textContent.trim() !== ''))
                .filter(element => element.getClientRects().length > 0 && parseFloat(getComputedStyle(element).fontSize) < 12)
                .map(element => `${element.tagName} ${element.className} ${getComputedStyle(element).fontSize}: ${element.textContent.trim().substring(0, 40)}`)");
        tooSmall.Should().BeEmpty("nothing is printed below 9 pt (12 CSS pixels)");

        var broken = await Page.EvaluateAsync<string[]>(BrokenWordsScript, ".matrix-print");
        broken.Should().BeEmpty("no word is split over two lines");

        var pdf = await Page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
        var pages = PdfPage().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;
        _output.WriteLine($"Huisartsenzorg 2022 (9 inkopers) printed on {pages} A4 landscape pages.");
        pages.Should().BeGreaterThan(0);

        await Page.EvaluateAsync("() => window.dispatchEvent(new Event('afterprint'))");
        await Expect(tables).ToHaveCountAsync(0, new() { Timeout = 5_000 });
        await Page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        (await tables.CountAsync()).Should().BeGreaterThanOrEqualTo(2, "the browser's own print (Ctrl+P) builds the printout too");
    });

    [Theory]
    [InlineData(1440)]
    [InlineData(375)]
    public Task The_matrix_with_my_region_and_a_cell_unfolded_has_no_serious_accessibility_violations(int width) => RunAsync(async () =>
    {
        await Page.SetViewportSizeAsync(width, 800);
        await Page.Context.AddCookiesAsync([new Cookie { Name = "mijn-regio", Value = "inkoper:menzis", Url = Portal.Address.ToString() }]);
        await OpenAsync("/vergelijk");

        await Expect(Page.Locator("table.matrix thead th.matrix-head").First).ToHaveIdAsync("kolom-menzis");
        await Page.Locator("table.matrix button.cell-fold").First.ClickAsync();
        await Expect(Page.Locator("table.matrix button.cell-fold[aria-expanded='true']")).ToHaveCountAsync(1);

        await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    });

    [Fact]
    public Task The_changes_of_a_year_open_on_a_year_with_changes() => RunAsync(async () =>
    {
        var response = await Page.GotoAsync("/veranderingen");

        response!.Status.Should().Be(200);
        await Expect(Page.GetByTestId("samenvatting")).Not.ToContainTextAsync("Geen veranderingen");
        (await Page.Locator("section[data-testid^='veranderingen-']").CountAsync()).Should().BeGreaterThan(0);
        await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    });

    /// <summary>
    /// Every word (letters and digits) of the text under <c>selector</c> whose characters lie on more than one line.
    /// </summary>
    private const string BrokenWordsScript = """
        selector => {
            const broken = [];
            const walker = document.createTreeWalker(document.querySelector(selector), NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (!node.parentElement || node.parentElement.getClientRects().length === 0) continue;
                for (const match of node.textContent.matchAll(/[\p{L}\p{N}]+/gu)) {
                    const range = document.createRange();
                    range.setStart(node, match.index);
                    range.setEnd(node, match.index + match[0].length);
                    const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                    if (tops.size > 1) broken.push(match[0]);
                }
            }
            return broken;
        }
        """;

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PdfPage();

    private Task<int> ColumnsWithContentAsync() => Page.EvaluateAsync<int>(
        @"() => {
            const rows = [...document.querySelectorAll('table.matrix tbody tr[id^=onderwerp-]')];
            const heads = [...document.querySelectorAll('table.matrix thead th.matrix-head')];
            return heads.filter((head, index) => rows.some(row => row.children[index + 1]?.classList.contains('cell--content'))).length;
        }");

    private Task<string> LastContentCellIdAsync() =>
        Page.EvaluateAsync<string>("() => [...document.querySelectorAll('table.matrix td.cell--content')].at(-1).id");

    private async Task<IReadOnlyList<string>> ColumnOrderAsync() =>
        (await Page.Locator("table.matrix thead th.matrix-head").EvaluateAllAsync<string[]>("heads => heads.map(head => head.id.substring('kolom-'.length))")).ToList();

    private async Task<IReadOnlyList<string>> ChipOrderAsync() =>
        (await Page.GetByTestId("kolomvolgorde").Locator("button[data-testid^='kolom-links-']")
            .EvaluateAllAsync<string[]>("buttons => buttons.map(button => button.dataset.testid.substring('kolom-links-'.length))")).ToList();
}
