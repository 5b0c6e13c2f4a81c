using InkoopPortal.TestSupport;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using InkoopPortal.Web.Tests.Support;

namespace InkoopPortal.Web.Tests.Components.Pages.Errors;

public class ErrorPageTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    [Theory]
    [InlineData("/bestaat-niet")]
    [InlineData("/documenten/12345/onbekend")]
    public async Task Unknown_url_gives_a_Dutch_404_page_inside_the_portal_layout(string path)
    {
        var (response, page) = await factory.CreateClient().GetPageAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        page.DocumentElement.GetAttribute("lang").Should().Be("nl");
        page.QuerySelector("h1")!.TextContent.Should().Be("Pagina niet gevonden");
        page.Title.Should().Be("Pagina niet gevonden – InkoopPortal");
        page.QuerySelector("header")!.TextContent.Should().Contain("InkoopPortal");
        page.Body!.TextContent.Should().NotContain("Exception");
    }

    [Fact]
    public async Task Unhandled_exception_gives_a_Dutch_error_page_without_exception_details()
    {
        using var failingApp = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IStartupFilter, ThrowingEndpointStartupFilter>()));

        var (response, page) = await failingApp.CreateClient().GetPageAsync(ThrowingEndpointStartupFilter.Path);

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        page.QuerySelector("h1")!.TextContent.Should().Be("Er ging iets mis");
        page.Body!.TextContent.Should().Contain("Foutcode")
            .And.NotContainAny(ThrowingEndpointStartupFilter.Secret, "InvalidOperationException", "StackTrace");
    }

    /// <summary>Adds, behind the app's own middleware, a path that throws.</summary>
    private sealed class ThrowingEndpointStartupFilter : IStartupFilter
    {
        public const string Path = "/test/onverwachte-fout";
        public const string Secret = "geheime details uit de exception";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, nextMiddleware) => context.Request.Path == Path
                ? throw new InvalidOperationException(Secret)
                : nextMiddleware(context));
        };
    }
}
