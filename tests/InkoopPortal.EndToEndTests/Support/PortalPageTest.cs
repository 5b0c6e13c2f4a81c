using System.Runtime.CompilerServices;

namespace InkoopPortal.EndToEndTests.Support;

/// <summary>
/// A test against the shared running app, with its own browser context (cookies, storage) and page.
/// Test bodies run through <see cref="RunAsync"/>, which keeps a screenshot of the page when they fail.
/// </summary>
[Collection(PortalCollection.Name)]
public abstract class PortalPageTest(PortalFixture portal, ITestOutputHelper output) : IAsyncLifetime
{
    private IBrowserContext? _context;
    private IPage? _page;

    /// <summary>The running app and the browser.</summary>
    protected PortalFixture Portal { get; } = portal;

    protected IPage Page => _page ?? throw new InvalidOperationException("The page is opened in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _context = await Portal.Browser.NewPortalContextAsync(Portal.Address, viewportHeight: 800);
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }

    /// <summary>Opens <paramref name="path"/> and waits until the page is interactive.</summary>
    protected async Task<IResponse?> OpenAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        await Page.WaitForBlazorAsync();
        return response;
    }

    /// <summary>
    /// Runs the test body; when it fails, a full-page screenshot is saved under the test output folder
    /// (screenshots/&lt;class&gt;.&lt;test&gt;.&lt;page path&gt;.png) and its path is written to the test output.
    /// </summary>
    protected async Task RunAsync(Func<Task> test, [CallerMemberName] string testName = "")
    {
        try
        {
            await test();
        }
        catch (Exception)
        {
            var pagePath = Uri.TryCreate(Page.Url, UriKind.Absolute, out var url) ? url.AbsolutePath.Trim('/').Replace('/', '-') : "";
            var name = string.Join('.', new[] { GetType().Name, testName, pagePath }.Where(part => part.Length > 0));
            var file = Path.Combine(AppContext.BaseDirectory, "screenshots", $"{name}.png");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            try
            {
                await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                output.WriteLine($"Screenshot of the failed test: {file} (page {Page.Url})");
            }
            catch (PlaywrightException screenshotFailure)
            {
                output.WriteLine($"No screenshot of the failed test: {screenshotFailure.Message}");
            }

            throw;
        }
    }
}
