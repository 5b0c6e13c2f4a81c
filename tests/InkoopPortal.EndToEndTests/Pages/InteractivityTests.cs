namespace InkoopPortal.EndToEndTests.Pages;

/// <summary>The marker that <see cref="Blazor.WaitForBlazorAsync"/> waits for means what it says.</summary>
public class InteractivityTests(PortalFixture portal, ITestOutputHelper output) : PortalPageTest(portal, output)
{
    [Fact]
    public Task Prerendered_html_has_no_interactive_marker_and_the_browser_gets_it_from_the_circuit() => RunAsync(async () =>
    {
        var prerendered = await Page.APIRequest.GetAsync("/");
        (await prerendered.TextAsync()).Should().Contain("<h1").And.NotContain("data-interactive");

        await OpenAsync("/");

        await Expect(Page.Locator(Blazor.InteractiveMarker)).ToHaveCountAsync(1);
    });
}
