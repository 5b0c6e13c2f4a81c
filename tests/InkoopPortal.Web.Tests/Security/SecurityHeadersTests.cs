using System.Net;
using InkoopPortal.TestSupport;
using InkoopPortal.Web.Hosting;
using InkoopPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Security;

public class SecurityHeadersTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/vergelijk?jaar=2022&zorgsoort=huisartsenzorg", HttpStatusCode.OK)]
    [InlineData("/app.css", HttpStatusCode.OK)]
    [InlineData("/_content/MudBlazor/MudBlazor.min.js", HttpStatusCode.OK)]
    [InlineData("/bestaat-niet", HttpStatusCode.NotFound)]
    [InlineData("/account/inloggen", HttpStatusCode.OK)]
    [InlineData("/health/live", HttpStatusCode.OK)]
    public async Task Every_response_carries_the_security_headers(string path, HttpStatusCode status)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        response.StatusCode.Should().Be(status);
        ShouldHaveSecurityHeaders(response);
    }

    [Fact]
    public async Task The_error_page_carries_the_security_headers_too()
    {
        using var failingApp = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IStartupFilter, ThrowingPathStartupFilter>()));

        using var response = await failingApp.CreateClient().GetAsync(ThrowingPathStartupFilter.Path);

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Er ging iets mis");
        ShouldHaveSecurityHeaders(response);
    }

    [Fact]
    public void The_policy_allows_only_the_portal_itself_and_no_inline_script()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries)
            .ToDictionary(directive => directive.Split(' ')[0], directive => directive[(directive.IndexOf(' ') + 1)..]);

        directives["default-src"].Should().Be("'self'");
        directives["script-src"].Should().Be("'self'", "no inline script, no eval, no nonce (nonces break the output cache)");
        directives["style-src"].Should().Be("'self' 'unsafe-inline'");
        directives["connect-src"].Should().Be("'self'");
        directives["frame-ancestors"].Should().Be("'none'");
        directives["object-src"].Should().Be("'none'");
        directives["base-uri"].Should().Be("'self'");
        directives["form-action"].Should().Be("'self'");
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_event_handler_attribute()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync("/");

        page.QuerySelectorAll("script").Should().OnlyContain(script => script.HasAttribute("src"));
        page.All.SelectMany(element => element.Attributes).Select(attribute => attribute.Name)
            .Should().NotContain(name => name.StartsWith("on", StringComparison.Ordinal));
    }

    private static void ShouldHaveSecurityHeaders(HttpResponseMessage response)
    {
        string Header(string name) =>
            response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
            : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(",", contentValues)
            : throw new Xunit.Sdk.XunitException($"{name} is missing on {response.RequestMessage!.RequestUri}");

        Header("Content-Security-Policy").Should().Be(SecurityHeaders.ContentSecurityPolicy);
        Header("X-Content-Type-Options").Should().Be("nosniff");
        Header("X-Frame-Options").Should().Be("DENY");
        Header("Referrer-Policy").Should().Be("strict-origin-when-cross-origin");
        Header("Permissions-Policy").Should().Contain("camera=()").And.Contain("geolocation=()");
    }

    private sealed class ThrowingPathStartupFilter : IStartupFilter
    {
        public const string Path = "/test/fout-voor-headers";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, nextMiddleware) => context.Request.Path == Path
                ? throw new InvalidOperationException("test")
                : nextMiddleware(context));
        };
    }
}
