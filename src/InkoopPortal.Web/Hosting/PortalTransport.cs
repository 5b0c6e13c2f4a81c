using System.Net;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;

namespace InkoopPortal.Web.Hosting;

/// <summary>
/// HTTPS behind a reverse proxy (ADR-025). The proxy ends TLS and says so in <c>X-Forwarded-Proto</c>; the portal
/// believes the forwarded headers only from trusted proxies (loopback, plus <c>Proxy:KnownProxies</c> and
/// <c>Proxy:KnownNetworks</c>). A request that is HTTPS (directly or through a trusted proxy) then gets HSTS and
/// only <c>Secure</c> cookies; plain HTTP (local use, the tests) is served as before. HTTPS redirection is on only
/// when an HTTPS port is configured (<c>HTTPS_PORT</c>), so a plain-HTTP setup is never redirected to nowhere.
/// </summary>
public static class PortalTransport
{
    /// <summary>Proxy addresses whose forwarded headers are believed, e.g. <c>10.0.0.5</c> (a list, or comma-separated).</summary>
    public const string KnownProxiesKey = "Proxy:KnownProxies";

    /// <summary>Proxy networks whose forwarded headers are believed, e.g. <c>172.28.0.0/24</c> (a list, or comma-separated).</summary>
    public const string KnownNetworksKey = "Proxy:KnownNetworks";

    /// <summary>The standard setting (also <c>ASPNETCORE_HTTPS_PORT</c>) that turns HTTPS redirection on.</summary>
    public const string HttpsPortKey = "HTTPS_PORT";

    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static WebApplicationBuilder AddPortalTransport(this WebApplicationBuilder builder)
    {
        var proxies = ReadValues(builder.Configuration, KnownProxiesKey)
            .Select(value => IPAddress.TryParse(value, out var address) ? address : throw Invalid(KnownProxiesKey, value, "een IP-adres zoals 10.0.0.5"))
            .ToList();
        var networks = ReadValues(builder.Configuration, KnownNetworksKey)
            .Select(value => System.Net.IPNetwork.TryParse(value, out var network) ? network : throw Invalid(KnownNetworksKey, value, "een netwerk zoals 172.28.0.0/24"))
            .ToList();

        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // The framework's defaults (127.0.0.0/8 and ::1) stay: a proxy on the same machine is trusted as well.
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
        builder.Services.AddHsts(options => options.MaxAge = HstsMaxAge);
        // Every cookie (sign-in, antiforgery) is Secure when the request came in over HTTPS.
        builder.Services.Configure<CookiePolicyOptions>(options => options.Secure = CookieSecurePolicy.SameAsRequest);
        return builder;
    }

    /// <summary>First in the pipeline: everything after it sees the client's scheme, host and address.</summary>
    public static WebApplication UsePortalTransport(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!string.IsNullOrWhiteSpace(app.Configuration[HttpsPortKey]))
        {
            app.UseHttpsRedirection();
        }

        // Only on HTTPS responses, and never for localhost (HstsOptions.ExcludedHosts).
        app.UseHsts();
        app.UseCookiePolicy();
        return app;
    }

    /// <summary>A configured list: array entries (<c>Proxy__KnownProxies__0</c>) or one comma-separated value.</summary>
    private static IEnumerable<string> ReadValues(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        return section.GetChildren().Select(child => child.Value).Append(section.Value)
            .OfType<string>()
            .SelectMany(value => value.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static InvalidOperationException Invalid(string key, string value, string example) =>
        new($"De instelling {key} bevat '{value}'; verwacht wordt {example}.");
}
