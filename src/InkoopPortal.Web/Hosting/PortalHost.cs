using InkoopPortal.Web.Api;

namespace InkoopPortal.Web.Hosting;

/// <summary>
/// The portal's services and request pipeline in one place, so every host (the app itself, the benchmark host)
/// runs exactly the same portal and a new concern is added once.
/// </summary>
public static class PortalHost
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        // The packages' static files (MudBlazor, blazor.web.js) from the build output in every environment, so the
        // README's `dotnet run` in Production serves them as Development does; a published app has them in wwwroot,
        // finds no manifest here and is not affected.
        builder.WebHost.UseStaticWebAssets();
        builder.AddPortalLogging();
        builder.AddPortalTransport();
        builder.AddPortalCulture();
        builder.AddPortalDatabase();
        builder.AddPortalHealthChecks();
        builder.AddPortalSecurity();
        builder.AddPortalUi();
        builder.AddPortalOutputCache();
        builder.AddPortalApi();
        builder.AddPortalRequestLimits();
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        // First: everything after it sees the client's scheme, host and address as the proxy forwarded them.
        app.UsePortalTransport();
        app.UseSecurityHeaders();
        app.UsePortalRequestLogging();
        app.UsePortalCulture();
        app.UsePortalUi();
        app.MapAgendaFeed();
        app.MapSourceFiles();
        app.MapImportUploads();
        app.MapMatrixExports();
        app.MapSearchExport();
        app.MapPortalHealthChecks();
        app.MapPortalApi();
        return app;
    }
}
