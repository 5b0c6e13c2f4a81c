using InkoopPortal.EndToEndTests.YearOverYear;

namespace InkoopPortal.EndToEndTests.Comparison;

/// <summary>
/// A year with fewer documents than the year before: on an app where only CZ has published its 2023 huisartsenzorg
/// policy, the purchasers that had a 2022 document are shown as "Geen document", so the reader sees who is missing.
/// </summary>
[Collection(PortalCollection.Name)]
public class MissingPurchasersTests(PortalFixture portal, YearOverYearApp app) : IClassFixture<YearOverYearApp>
{
    [Fact]
    public async Task Purchasers_with_a_document_the_year_before_are_shown_as_Geen_document()
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
}
