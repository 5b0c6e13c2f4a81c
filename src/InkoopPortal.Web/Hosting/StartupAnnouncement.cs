using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace InkoopPortal.Web.Hosting;

public static class StartupAnnouncement
{
    /// <summary>Prints where the portal can be opened, once Kestrel listens ("InkoopPortal draait op http://localhost:5080").</summary>
    public static WebApplication AnnounceUrlsOnStart(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                app.Logger.LogInformation("InkoopPortal draait op {Url:l}", Browsable(address));
            }
        });
        return app;
    }

    /// <summary>A wildcard binding (http://+:8080, http://[::]:8080) is opened in a browser as localhost.</summary>
    internal static string Browsable(string address)
    {
        var normalized = address.Replace("://+", "://localhost").Replace("://*", "://localhost");
        return Uri.TryCreate(normalized, UriKind.Absolute, out var uri) && uri.Host is "[::]" or "0.0.0.0"
            ? $"{uri.Scheme}://localhost:{uri.Port}"
            : normalized;
    }
}
