using System.Text.RegularExpressions;
using InkoopPortal.Application.Export;
using InkoopPortal.TestSupport.Export;

namespace InkoopPortal.EndToEndTests.Export;

/// <summary>The Excel export as an advisor uses it: filter the matrix, click the link, open the downloaded file.</summary>
public class MatrixExportInBrowserTests(PortalFixture portal, ITestOutputHelper output) : PortalPageTest(portal, output)
{
    [Fact]
    public Task The_downloaded_workbook_has_the_columns_the_filtered_page_shows() => RunAsync(async () =>
    {
        await OpenAsync("/vergelijk?jaar=2022&zorgsoort=huisartsenzorg");

        // An interactive filter change: the link must follow the new address without a reload.
        await Page.GetByTestId("filter-inkopers-knop").ClickAsync();
        await Page.GetByTestId("filter-inkopers").GetByRole(AriaRole.Checkbox, new() { Name = "CZ", Exact = true }).ClickAsync();
        await Page.Keyboard.PressAsync("Escape");
        await Expect(Page.Locator("#kolom-cz")).ToHaveCountAsync(0);
        var link = Page.GetByTestId("exporteren-excel");
        await Expect(link).ToHaveAttributeAsync("href", new Regex("^vergelijk/export\\.xlsx\\?jaar=2022&zorgsoort=huisartsenzorg&inkopers=(?!.*\\bcz\\b)[a-z-,]+$"));

        var download = await Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());

        download.SuggestedFilename.Should().Be("inkoopbeleid-huisartsenzorg-2022.xlsx");
        using var workbook = Workbooks.Open(await File.ReadAllBytesAsync((await download.PathAsync())!));
        var visibleColumns = await Page.Locator("table.matrix thead th.matrix-head a.matrix-purchaser").AllInnerTextsAsync();
        visibleColumns.Should().HaveCount(8).And.NotContain("CZ");
        workbook.Rows(MatrixWorkbook.MatrixSheetName)[MatrixWorkbook.HeaderRow].Skip(MatrixGrid.LeadingColumns).Take(visibleColumns.Count)
            .Should().Equal(visibleColumns.Select(name => name.Trim()), "the header is the columns the page shows, in its order");
        Page.Url.Should().Contain("/vergelijk?", "the download leaves the page where it was");
    });
}
