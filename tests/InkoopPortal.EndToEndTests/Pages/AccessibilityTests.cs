using Xunit.Sdk;

namespace InkoopPortal.EndToEndTests.Pages;

/// <summary>axe on the interactive pages: no serious or critical WCAG 2.0/2.1 A/AA violations.</summary>
public class AccessibilityTests(PortalFixture portal, ITestOutputHelper output) : PortalPageTest(portal, output)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/deze-pagina-bestaat-niet")]
    public Task Page_has_no_serious_or_critical_accessibility_violations(string path) => RunAsync(async () =>
    {
        await OpenAsync(path);

        await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    });

    [Fact]
    public Task The_axe_check_fails_on_a_violation_and_names_rule_impact_and_element() => RunAsync(async () =>
    {
        await Page.SetContentAsync("<!DOCTYPE html><html lang=\"nl\"><head><title>x</title></head><body><main><img src=\"grafiek.png\"></main></body></html>");

        var check = () => Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        (await check.Should().ThrowAsync<XunitException>())
            .Which.Message.Should().Contain("image-alt (critical)").And.Contain("<img src=\"grafiek.png\">");
    });
}
