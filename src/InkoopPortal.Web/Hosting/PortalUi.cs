using InkoopPortal.Web.Api;
using InkoopPortal.Web.Components;
using InkoopPortal.Web.Localization;
using MudBlazor;
using MudBlazor.Services;

namespace InkoopPortal.Web.Hosting;

/// <summary>Razor components (interactive server), MudBlazor in Dutch, and the Dutch error and not-found pages.</summary>
public static class PortalUi
{
    public const string ErrorPath = "/fout";
    public const string NotFoundPath = "/niet-gevonden";

    public static WebApplicationBuilder AddPortalUi(this WebApplicationBuilder builder)
    {
        // A pasted comparison table (up to the import's 2 MB, UTF-16 and JSON-escaped) reaches the circuit in one
        // message; SignalR's default of 32 KB would drop the circuit and the pasted text with it.
        builder.Services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(options => options.MaximumReceiveMessageSize = 6 * 1024 * 1024);
        builder.Services.AddMudServices();
        builder.Services.AddTransient<MudLocalizer, DutchMudLocalizer>();
        return builder;
    }

    public static WebApplication UsePortalUi(this WebApplication app)
    {
        // Also in Development: users never see exception details; developers read them in the log.
        app.UseExceptionHandler(ErrorPath, createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute(NotFoundPath, createScopeForStatusCodePages: true);
        app.UseApiErrors();
        // Before the output cache: a page that needs a sign-in is never served from it to someone without one.
        app.UsePortalSecurity();
        app.UseAntiforgery();
        app.UseOutputCache();

        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
