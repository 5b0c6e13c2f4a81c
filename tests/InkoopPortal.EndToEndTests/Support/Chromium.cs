namespace InkoopPortal.EndToEndTests.Support;

/// <summary>
/// Debian's Chromium, driven by Playwright. Playwright's own browser download is not used: the machine only
/// reaches package registries, so the browser comes from apt (see test.sh).
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", // the tests run as root in a container
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    /// <summary>A new context (its own cookies) on the app at <paramref name="address"/>, in Dutch, at a desktop size.</summary>
    public static Task<IBrowserContext> NewPortalContextAsync(this IBrowser browser, Uri address, int viewportHeight = 900) =>
        browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString(),
            Locale = "nl-NL",
            ViewportSize = new ViewportSize { Width = 1280, Height = viewportHeight },
        });

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        EnsureInstalled();
        try
        {
            return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments,
            });
        }
        catch (PlaywrightException exception)
        {
            throw new InvalidOperationException(
                $"Chromium ({ExecutablePath}) kon niet worden gestart voor de end-to-end-tests: {exception.Message}", exception);
        }
    }

    /// <summary>Fails (never skips) with the command that fixes it.</summary>
    public static void EnsureInstalled()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium ontbreekt: apt-get install -y chromium (de end-to-end-tests starten {ExecutablePath}; " +
                "./test.sh installeert het als root zelf).");
        }
    }
}
