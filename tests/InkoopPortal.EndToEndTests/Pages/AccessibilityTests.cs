using Xunit.Sdk;

namespace InkoopPortal.EndToEndTests.Pages;

/// <summary>axe on the interactive pages: no serious or critical WCAG 2.0/2.1 A/AA violations.</summary>
public class AccessibilityTests(PortalFixture portal, ITestOutputHelper output) : PortalPageTest(portal, output)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/deze-pagina-bestaat-niet")]
    [InlineData("/inkopers")]
    [InlineData("/inkopers/zorg-en-zekerheid")]
    [InlineData("/inkopers/zorgkantoor-zorg-en-zekerheid")]
    [InlineData("/agenda")]
    [InlineData("/agenda?zorgsoort=msz&inkopers=zorg-en-zekerheid&jaar=alle")]
    public Task Page_has_no_serious_or_critical_accessibility_violations(string path) => RunAsync(async () =>
    {
        await OpenAsync(path);

        await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    });

    [Theory]
    [InlineData("Zorg en Zekerheid", "Medisch- specialistische zorg zorginkoopbeleid 2024")]
    [InlineData("Zorgkantoor Zorg en Zekerheid", "Presentatie Zorginkoop Wlz 2024-2026")]
    public Task Document_page_has_no_serious_or_critical_accessibility_violations(string purchaser, string document) =>
        RunAsync(async () =>
        {
            await OpenDocumentAsync(purchaser, document);

            await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        });

    /// <summary>On a phone, wide tables scroll sideways: the scrolling region must be reachable by keyboard.</summary>
    [Theory]
    [InlineData("/")]
    [InlineData("/inkopers/zorgkantoor-zorg-en-zekerheid")]
    [InlineData("document")]
    public Task Page_on_a_phone_has_no_serious_or_critical_accessibility_violations(string path) => RunAsync(async () =>
    {
        await Page.SetViewportSizeAsync(375, 740);
        if (path == "document")
        {
            await OpenDocumentAsync("Zorg en Zekerheid", "Medisch- specialistische zorg zorginkoopbeleid 2024");
        }
        else
        {
            await OpenAsync(path);
        }

        await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    });

    /// <summary>Document ids depend on the import order, so a document page is reached the way a reader does.</summary>
    private async Task OpenDocumentAsync(string purchaser, string documentTitle)
    {
        await OpenAsync("/inkopers");
        await Page.GetByRole(AriaRole.Link, new() { Name = purchaser, Exact = true }).First.ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = documentTitle }).First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(documentTitle);
        await Page.WaitForBlazorAsync();
    }

    [Fact]
    public Task The_axe_check_fails_on_a_violation_and_names_rule_impact_and_element() => RunAsync(async () =>
    {
        await Page.SetContentAsync("<!DOCTYPE html><html lang=\"nl\"><head><title>x</title></head><body><main><img src=\"grafiek.png\"></main></body></html>");

        var check = () => Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        (await check.Should().ThrowAsync<XunitException>())
            .Which.Message.Should().Contain("image-alt (critical)").And.Contain("<img src=\"grafiek.png\">");
    });
}
