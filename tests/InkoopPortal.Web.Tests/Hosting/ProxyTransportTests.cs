using System.Net;
using InkoopPortal.TestSupport;
using InkoopPortal.Web.Hosting;
using InkoopPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InkoopPortal.Web.Tests.Hosting;

/// <summary>
/// HTTPS behind a reverse proxy (ADR-025): forwarded headers from a trusted proxy make the request HTTPS (HSTS, Secure
/// cookies, redirects to the client's host); the same headers from anyone else, and plain HTTP, change nothing.
/// </summary>
public class ProxyTransportTests(ProxyTransportTests.TrustedProxyPortal factory) : IClassFixture<ProxyTransportTests.TrustedProxyPortal>
{
    private const string TrustedProxy = "10.0.0.5";
    private const string Outsider = "203.0.113.9";
    private const string PublicHost = "portaal.example.nl";

    public sealed class TrustedProxyPortal : PortalWebApplicationFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Proxy:KnownProxies", TrustedProxy);
        }
    }

    [Fact]
    public async Task A_trusted_proxy_forwarding_https_gets_HSTS_and_Secure_cookies_on_sign_in()
    {
        using var client = ClientFrom(TrustedProxy, forwardedHttps: true);
        var email = await NewUserAsync();

        using var start = await client.GetAsync("/");
        using var signIn = await client.SignInAsync(email, returnUrl: "/inkopers");

        start.Headers.GetValues("Strict-Transport-Security").Should().ContainSingle().Which.Should().StartWith("max-age=31536000");
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signIn.Headers.Location.Should().Be(new Uri($"https://{PublicHost}/inkopers"), "the redirect goes to the address the client used");
        SignInCookie(signIn).Should().Contain("; secure", "the sign-in cookie never travels over plain HTTP");
        client.SetCookies.Should().Contain(cookie => cookie.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal))
            .And.OnlyContain(cookie => cookie.Contains("; secure"), "the antiforgery cookie is Secure as well");
    }

    [Fact]
    public async Task The_same_forwarded_headers_from_an_untrusted_address_are_ignored()
    {
        using var client = ClientFrom(Outsider, forwardedHttps: true);
        var email = await NewUserAsync();

        using var start = await client.GetAsync("/");
        using var signIn = await client.SignInAsync(email, returnUrl: "/inkopers");

        start.Headers.Contains("Strict-Transport-Security").Should().BeFalse();
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signIn.Headers.Location!.Host.Should().Be("localhost", "an outsider's X-Forwarded-Host is not believed");
        signIn.Headers.Location.Scheme.Should().Be("http");
        SignInCookie(signIn).Should().NotContain("; secure");
    }

    [Fact]
    public async Task Plain_HTTP_from_the_trusted_proxy_gets_neither_HSTS_nor_Secure_cookies()
    {
        using var client = ClientFrom(TrustedProxy, forwardedHttps: false);
        var email = await NewUserAsync();

        using var start = await client.GetAsync("/");
        using var signIn = await client.SignInAsync(email);

        start.StatusCode.Should().Be(HttpStatusCode.OK);
        start.Headers.Contains("Strict-Transport-Security").Should().BeFalse();
        SignInCookie(signIn).Should().NotContain("; secure");
        client.SetCookies.Should().NotContain(cookie => cookie.Contains("; secure"));
    }

    [Fact]
    public void Trusted_proxies_and_networks_come_from_the_settings_and_a_wrong_one_is_refused_in_Dutch()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Proxy:KnownProxies:0"] = "10.0.0.5";
        builder.Configuration["Proxy:KnownNetworks"] = "172.28.0.0/24, 10.8.0.0/16";
        var wrong = WebApplication.CreateBuilder();
        wrong.Configuration["Proxy:KnownNetworks"] = "172.28.0.0/24,geen-netwerk";

        builder.AddPortalTransport();
        var options = builder.Build().Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        var adding = () => wrong.AddPortalTransport();

        options.KnownProxies.Should().Contain(IPAddress.Parse("10.0.0.5")).And.Contain(IPAddress.IPv6Loopback, "loopback stays trusted");
        options.KnownIPNetworks.Should().Contain(System.Net.IPNetwork.Parse("172.28.0.0/24")).And.Contain(System.Net.IPNetwork.Parse("10.8.0.0/16"));
        adding.Should().Throw<InvalidOperationException>()
            .WithMessage("De instelling Proxy:KnownNetworks bevat 'geen-netwerk'; verwacht wordt een netwerk zoals 172.28.0.0/24.");
    }

    private async Task<string> NewUserAsync()
    {
        var email = $"proxy-{Guid.NewGuid():N}@voorbeeld.nl";
        await factory.CreateUserAsync(email, Application.Accounts.UserRole.Reader);
        return email;
    }

    private static string SignInCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(cookie => cookie.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));

    /// <summary>A client whose requests arrive from <paramref name="remoteAddress"/>, as from a proxy in front of the portal.</summary>
    private ForwardingClient ClientFrom(string remoteAddress, bool forwardedHttps)
    {
        var cookies = new BrowserCookies
        {
            InnerHandler = factory.Server.CreateHandler(context => context.Connection.RemoteIpAddress = IPAddress.Parse(remoteAddress)),
        };
        var client = new ForwardingClient(cookies) { BaseAddress = new Uri("http://localhost/") };
        if (forwardedHttps)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.7");
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
            client.DefaultRequestHeaders.Add("X-Forwarded-Host", PublicHost);
        }

        return client;
    }

    private sealed class ForwardingClient(BrowserCookies cookies) : HttpClient(cookies)
    {
        public IReadOnlyList<string> SetCookies => cookies.Received;
    }

    /// <summary>
    /// Keeps cookies as the browser on the far side of the proxy does: that browser speaks HTTPS, so Secure cookies
    /// are sent back although the hop to the portal is plain HTTP.
    /// </summary>
    private sealed class BrowserCookies : DelegatingHandler
    {
        private readonly Dictionary<string, string> _jar = [];
        private readonly List<string> _received = [];

        public IReadOnlyList<string> Received => _received;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (_jar.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", _jar.Select(cookie => $"{cookie.Key}={cookie.Value}")));
            }

            var response = await base.SendAsync(request, cancellationToken);
            foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                _received.Add(cookie);
                var pair = cookie.Split(';')[0];
                var separator = pair.IndexOf('=', StringComparison.Ordinal);
                _jar[pair[..separator]] = pair[(separator + 1)..];
            }

            return response;
        }
    }
}
