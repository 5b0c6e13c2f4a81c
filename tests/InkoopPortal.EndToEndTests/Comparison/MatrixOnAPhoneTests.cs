using System.Text.RegularExpressions;

namespace InkoopPortal.EndToEndTests.Comparison;

/// <summary>
/// The matrix on a phone (issue 13, 375 × 812 CSS pixels): nothing scrolls sideways, the filters fold into one
/// "Filters" control, and the matrix shows one topic at a time with the purchasers beneath each other, stepping from
/// topic to topic on the same address. At 1440 pixels the table and the open filters are as before.
/// </summary>
public class MatrixOnAPhoneTests(PortalFixture portal, ITestOutputHelper output) : PortalPageTest(portal, output)
{
    /// <summary>Nine purchasers, several with long cells.</summary>
    private const string NinePurchasers = "/vergelijk?jaar=2022&zorgsoort=huisartsenzorg";

    private readonly ITestOutputHelper _output = output;

    [Theory]
    [InlineData(NinePurchasers)]
    [InlineData("/vergelijk")]
    public Task The_matrix_does_not_scroll_sideways_on_a_phone_with_the_filters_closed_or_open(string path) => RunAsync(async () =>
    {
        await Page.SetViewportSizeAsync(375, 812);
        await OpenAsync(path);
        await Expect(Page.Locator("table.matrix")).ToBeAttachedAsync();

        await Phone.ShouldNotScrollSidewaysAsync(Page, _output);

        await Page.GetByTestId("filters").Locator(":scope > summary").ClickAsync();
        await Expect(Page.GetByTestId("filter-jaar")).ToBeVisibleAsync();
        await Phone.ShouldNotScrollSidewaysAsync(Page, _output);
    });

    [Fact]
    public Task On_a_phone_the_filters_are_one_folded_control_with_a_summary_that_opens() => RunAsync(async () =>
    {
        await Page.SetViewportSizeAsync(375, 812);
        await OpenAsync(NinePurchasers + "&inkopers=cz,vgz,menzis");
        var summary = Page.GetByTestId("filters").Locator(":scope > summary");

        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).ToHaveTextAsync(new Regex(@"^\s*Filters\s*2022 · Huisartsenzorg · CZ, VGZ, Menzis\s*$"));
        await Expect(Page.GetByTestId("filter-jaar")).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("kolomvolgorde")).ToBeHiddenAsync();
        await Expect(Page.Locator(".matrix-legend ul")).ToBeHiddenAsync();
        (await PixelsAboveTheMatrixAsync()).Should().BeLessThan(812, "the matrix starts on the first screen, not after two screens of filters");

        await summary.ClickAsync();
        await Expect(Page.GetByTestId("filter-jaar")).ToBeVisibleAsync();
        await Page.GetByTestId("filter-jaar").SelectOptionAsync("2024");

        await Expect(Page).ToHaveURLAsync(new Regex("jaar=2024"));
        await Expect(summary).ToHaveTextAsync(new Regex("2024 · "));
        await Expect(Page.GetByTestId("filter-jaar")).ToBeVisibleAsync(new() { Timeout = 2_000 });

        await summary.ClickAsync();
        await Expect(Page.GetByTestId("filter-jaar")).ToBeHiddenAsync();
    });

    [Fact]
    public Task On_a_desktop_the_filters_are_open_and_the_matrix_is_one_table() => RunAsync(async () =>
    {
        await Page.SetViewportSizeAsync(1440, 900);
        await OpenAsync(NinePurchasers);

        await Expect(Page.GetByTestId("filters").Locator(":scope > summary")).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("filter-jaar")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("kolomvolgorde")).ToBeVisibleAsync();
        await Expect(Page.Locator(".matrix-legend ul")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("onderwerp-stappen")).ToBeHiddenAsync();
        await Expect(Page.Locator("table.matrix thead th.matrix-head").First).ToBeVisibleAsync();
        (await VisibleTopicRowsAsync()).Count.Should().BeGreaterThan(1, "the desktop shows every topic in one table");
        var tops = await Page.Locator("#onderwerp-regioplan td.cell").EvaluateAllAsync<double[]>("cells => cells.map(cell => cell.getBoundingClientRect().top)");
        tops.Distinct().Should().HaveCount(1, "a topic's cells stand side by side in one row");
    });

    [Fact]
    public Task On_a_phone_the_matrix_shows_one_topic_with_the_purchasers_beneath_each_other_and_steps_to_the_next() => RunAsync(async () =>
    {
        await Page.SetViewportSizeAsync(375, 812);
        await OpenAsync(NinePurchasers);
        var address = Page.Url;
        var topics = await Page.Locator("table.matrix tbody tr[id^='onderwerp-']").EvaluateAllAsync<string[]>("rows => rows.map(row => row.id)");
        topics.Length.Should().BeGreaterThan(2);
        var purchasers = await Page.Locator("table.matrix thead th.matrix-head .matrix-purchaser").AllTextContentsAsync();
        purchasers.Should().HaveCount(9);

        await Expect(Page.GetByTestId("onderwerp-stappen")).ToBeVisibleAsync();
        (await VisibleTopicRowsAsync()).Should().Equal(topics[0]);
        await ShouldReadEveryPurchaserBeneathEachOtherAsync(topics[0], purchasers);
        await Expect(Page.GetByTestId("onderwerp-vorige")).ToBeDisabledAsync();
        await Expect(Page.GetByTestId("onderwerp-positie")).ToHaveTextAsync($"Onderwerp 1 van {topics.Length}");

        await Page.GetByTestId("onderwerp-volgende").ClickAsync();

        await Expect(Page.Locator($"#{topics[1]}")).ToBeVisibleAsync();
        (await VisibleTopicRowsAsync()).Should().Equal(topics[1]);
        await Expect(Page.GetByTestId("telefoon-onderwerp")).ToHaveValueAsync(topics[1]["onderwerp-".Length..]);
        await Expect(Page.GetByTestId("onderwerp-positie")).ToHaveTextAsync($"Onderwerp 2 van {topics.Length}");
        await Expect(Page.GetByTestId("onderwerp-vorige")).ToBeEnabledAsync();
        await ShouldReadEveryPurchaserBeneathEachOtherAsync(topics[1], purchasers);
        Page.Url.Split('#')[0].Should().Be(address.Split('#')[0], "stepping keeps the address and its query");

        await Page.GetByTestId("telefoon-onderwerp").SelectOptionAsync(topics[^1]["onderwerp-".Length..]);

        await Expect(Page.Locator($"#{topics[^1]}")).ToBeVisibleAsync();
        (await VisibleTopicRowsAsync()).Should().Equal(topics[^1]);
        await Expect(Page.GetByTestId("onderwerp-volgende")).ToBeDisabledAsync();
    });

    [Fact]
    public Task On_a_phone_Toon_alles_unfolds_a_cell_and_Back_from_its_cell_page_returns_to_its_topic() => RunAsync(async () =>
    {
        await Page.SetViewportSizeAsync(375, 812);
        await OpenAsync(NinePurchasers);
        // The longest text of the matrix: on a phone it is folded once its topic is shown.
        var cellId = await Page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('table.matrix td.cell--content')].sort((a, b) => b.textContent.length - a.textContent.length)[0].id");
        var topic = await Page.Locator($"#{cellId}").EvaluateAsync<string>("cell => cell.closest('tr').id.substring('onderwerp-'.length)");
        await Page.GetByTestId("telefoon-onderwerp").SelectOptionAsync(topic);

        var fold = Page.Locator($"#{cellId} button.cell-fold");
        await Expect(fold).ToBeVisibleAsync();
        await fold.ClickAsync();
        await Expect(fold).ToHaveAttributeAsync("aria-expanded", "true");
        (await Page.Locator($"#{cellId} .cell-body").EvaluateAsync<bool>("body => body.scrollHeight <= body.clientHeight + 1")).Should().BeTrue("all of it shows");

        await Page.Locator($"#{cellId} a.cell-details").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/vergelijk/cel\\?"));
        await Expect(Page.GetByTestId("terug-naar-vergelijking")).ToBeVisibleAsync();
        await Page.GoBackAsync();

        await Expect(Page).ToHaveURLAsync(new Regex($"#{cellId}$"));
        await Expect(Page.GetByTestId("telefoon-onderwerp")).ToHaveValueAsync(topic);
        (await VisibleTopicRowsAsync()).Should().Equal("onderwerp-" + topic);
        await Expect(Page.Locator($"#{cellId}")).ToBeInViewportAsync();
    });

    [Theory]
    [InlineData(375)]
    [InlineData(1440)]
    public Task The_matrix_with_its_filters_open_has_no_serious_accessibility_violations(int width) => RunAsync(async () =>
    {
        await Page.SetViewportSizeAsync(width, 812);
        await OpenAsync(NinePurchasers);
        if (width < 960)
        {
            await Page.GetByTestId("onderwerp-volgende").ClickAsync();
            await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
            await Page.GetByTestId("filters").Locator(":scope > summary").ClickAsync();
        }

        await Expect(Page.GetByTestId("filter-jaar")).ToBeVisibleAsync();
        await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    });

    private Task<double> PixelsAboveTheMatrixAsync() =>
        Page.Locator("table.matrix tbody tr[id^='onderwerp-'] td.cell >> visible=true").First
            .EvaluateAsync<double>("cell => cell.getBoundingClientRect().top + window.scrollY");

    private async Task<IReadOnlyList<string>> VisibleTopicRowsAsync() =>
        await Page.Locator("table.matrix tbody tr[id^='onderwerp-']").EvaluateAllAsync<string[]>(
            "rows => rows.filter(row => row.getClientRects().length > 0).map(row => row.id)");

    /// <summary>
    /// Every purchaser's cell of the topic is shown full width inside the screen, below the one before, and says
    /// whose it is.
    /// </summary>
    private async Task ShouldReadEveryPurchaserBeneathEachOtherAsync(string topicRowId, IReadOnlyList<string> purchasers)
    {
        var cells = await Page.Locator($"#{topicRowId} td.cell").EvaluateAllAsync<CellBox[]>(
            @"cells => cells.map(cell => {
                const box = cell.getBoundingClientRect();
                return { left: box.left, right: box.right, top: box.top, bottom: box.bottom, label: getComputedStyle(cell, '::before').content };
            })");

        cells.Should().HaveCount(purchasers.Count);
        for (var index = 0; index < cells.Length; index++)
        {
            var cell = cells[index];
            cell.Left.Should().BeGreaterThanOrEqualTo(0);
            cell.Right.Should().BeLessThanOrEqualTo(375);
            (cell.Right - cell.Left).Should().BeGreaterThan(300, "a cell takes the phone's width, not 100 px of it");
            cell.Label.Should().Contain(purchasers[index].Trim(), "each cell names its purchaser");
            if (index > 0)
            {
                cell.Top.Should().BeGreaterThanOrEqualTo(cells[index - 1].Bottom - 1, "the purchasers stand beneath each other");
            }
        }
    }

    private sealed class CellBox
    {
        public double Left { get; set; }

        public double Right { get; set; }

        public double Top { get; set; }

        public double Bottom { get; set; }

        public string Label { get; set; } = "";
    }
}
