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
        // The circuit keeps SignalR's default message limit (32 KB) for everyone, anonymous visitors included: a large
        // paste or upload reaches the server as a stream in small parts or over an HTTP request (ImportUploads; ADR-022).
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
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
