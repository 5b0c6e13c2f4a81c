using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.EndToEndTests.Editing;

/// <summary>
/// An app of its own for the editor tests (they publish and import, which would change what the other tests see),
/// with one editor account.
/// </summary>
public sealed class EditorPortal : IAsyncLifetime
{
    public const string EditorEmail = "redacteur@e2e.test";
    public const string EditorName = "Rianne Redacteur";

    private readonly KestrelPortalFactory _app = new();

    public Uri Address { get; private set; } = default!;

    public IServiceProvider Services => _app.Services;

    public async Task InitializeAsync()
    {
        Address = await Task.Run(_app.Start);
        await Accounts.CreateAsync(_app.Services, PortalRoles.Editor, EditorName, EditorEmail);
    }

    public Task DisposeAsync() => _app.DisposeAsync().AsTask();

    /// <summary>A new browser context on this app (its own cookies).</summary>
    public Task<IBrowserContext> NewContextAsync(IBrowser browser) => browser.NewPortalContextAsync(Address);

    /// <summary>Signs the editor in through the form and lands on <paramref name="returnUrl"/>, interactive.</summary>
    public static Task SignInAsEditorAsync(IPage page, string returnUrl) => Accounts.SignInAsync(page, EditorEmail, returnUrl);
}
