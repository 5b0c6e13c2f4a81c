using System.Net;
using InkoopPortal.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Support;

/// <summary>
/// The real app on a <see cref="ManualClock"/> (starting now) whose test clients can come from different network
/// addresses: the in-memory test server has none, so a client says which with <see cref="ClientAddressHeader"/>, as
/// the connection (or the trusted proxy's forwarded header) would in production.
/// </summary>
public sealed class SignInWebApplicationFactory : PortalWebApplicationFactory
{
    public const string ClientAddressHeader = "X-Test-Client-Address";

    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddTransient<IStartupFilter, ClientAddressFilter>();
        });
    }

    /// <summary>A browser (cookies kept, redirects not followed) at <paramref name="address"/>.</summary>
    public HttpClient CreateBrowserAt(string address)
    {
        var client = this.CreateBrowser();
        client.DefaultRequestHeaders.Add(ClientAddressHeader, address);
        return client;
    }

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers[ClientAddressHeader] is [{ } address])
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
