using System.Text;
using Xunit.Sdk;

namespace InkoopPortal.EndToEndTests.Pages;

/// <summary>
/// One walk over every page of the portal (<see cref="RouteWalkerApp"/>) as an administrator: on a phone (375 px) no
/// page scrolls sideways, and axe finds no serious or critical WCAG A/AA violation at 375 px and at 1440 px.
/// </summary>
[Collection(PortalCollection.Name)]
public class EveryPageTests(PortalFixture portal, RouteWalkerApp app, ITestOutputHelper output) : IClassFixture<RouteWalkerApp>
{
    private const int PhoneWidth = 375;
    private const int PhoneHeight = 812;
    private const int DesktopWidth = 1440;
    private const int DesktopHeight = 900;

    [Fact]
    public async Task Every_page_fits_a_phone_without_sideways_scrolling_and_passes_axe_at_both_widths()
    {
        app.Unfilled.Should().BeEmpty("every page with a route parameter needs a real value in RouteWalkerApp.FillAsync");
        app.Pages.Should().Contain(page => page.Route == "/redactie/concepten/{DraftId:int}").And.Contain(page => page.Route == "/beheer/gebruikers");

        await using var context = await app.NewContextAsync(portal.Browser);
        var page = await context.NewPageAsync();
        await Accounts.SignInAsync(page, RouteWalkerApp.AdministratorEmail, "/");

        var failures = new List<string>();
        foreach (var walked in app.Pages)
        {
            await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
            await OpenAsync(page, walked);

            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            output.WriteLine($"{walked.Url}: {width} px wide at {PhoneWidth} px");
            if (width > PhoneWidth)
            {
                failures.Add($"{walked.Url} is {width} px wide at {PhoneWidth} px; sticking out: {string.Join("; ", await Phone.StickingOutAsync(page))}");
            }

            await CheckAxeAsync(page, walked, PhoneWidth, failures);
            await page.SetViewportSizeAsync(DesktopWidth, DesktopHeight);
            await CheckAxeAsync(page, walked, DesktopWidth, failures);
        }

        output.WriteLine($"{app.Pages.Count} pages walked, {failures.Count} failure(s).");
        failures.Should().BeEmpty(Describe(failures));
    }

    private static async Task OpenAsync(IPage page, WalkedPage walked)
    {
        await page.GotoAsync(walked.Url);
        if (!walked.IsStatic)
        {
            await page.WaitForBlazorAsync();
        }

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First).ToBeVisibleAsync();
    }

    private static async Task CheckAxeAsync(IPage page, WalkedPage walked, int width, List<string> failures)
    {
        try
        {
            await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        }
        catch (XunitException violation)
        {
            failures.Add($"axe at {width} px on {walked.Url}: {violation.Message}");
        }
    }

    /// <summary>The deepest elements that reach past the viewport's right edge, to say which part of the page is too wide.</summary>
    private static string Describe(IReadOnlyList<string> failures)
    {
        var text = new StringBuilder();
        foreach (var failure in failures)
        {
            text.AppendLine().Append("- ").Append(failure);
        }

        return text.ToString();
    }
}
