namespace InkoopPortal.EndToEndTests.Support;

/// <summary>
/// One running app and one browser for the whole end-to-end run; every test gets its own browser context.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private readonly KestrelPortalFactory _app = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Uri? _address;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("PortalFixture is not initialized.");

    /// <summary>The running app's services (to create test users through Identity).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address => _address ?? throw new InvalidOperationException("PortalFixture is not initialized.");

    public async Task InitializeAsync()
    {
        // Web-first assertions wait for their condition; 5 s (Playwright's default) is short on a busy 2-core machine.
        SetDefaultExpectTimeout(15_000);

        // Before the app's first start: a missing browser is reported at once, not after the seeding.
        Chromium.EnsureInstalled();

        // The first start (migrations, seeding the shipped sources) and the browser launch run side by side; a
        // browser failure is reported first.
        var launching = LaunchBrowserAsync();
        var starting = Task.Run(_app.Start);
        await Task.WhenAll(launching, starting);
        _address = await starting;
    }

    private async Task LaunchBrowserAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _app.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "Portal in Chromium";
}
