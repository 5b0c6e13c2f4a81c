using System.Net;
using InkoopPortal.Application.Accounts;
using InkoopPortal.TestSupport;
using InkoopPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace InkoopPortal.Web.Tests.Security;

/// <summary>The portal with <c>Portal:ReadRequiresSignIn=true</c>: only signed-in users read it.</summary>
public sealed class SignInToReadPortal : PortalWebApplicationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:ReadRequiresSignIn", "true");
    }
}

public class ReadAccessTests(SignInToReadPortal closedPortal, PortalWebApplicationFactory openPortal)
    : IClassFixture<SignInToReadPortal>, IClassFixture<PortalWebApplicationFactory>
{
    private static readonly string[] ReadingPages = AuthorizationMatrixTests.Pages
        .Where(page => page.Route is not ("/fout" or "/niet-gevonden") && !page.Route.StartsWith("/account", StringComparison.Ordinal)
            && !page.Route.StartsWith("/beheer", StringComparison.Ordinal))
        .Select(page => page.Sample)
        .ToArray();

    [Fact]
    public async Task By_default_everyone_reads_the_matrix()
    {
        using var response = await openPortal.CreateBrowser().GetAsync("/vergelijk");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task When_reading_requires_sign_in_anonymous_visitors_are_sent_to_the_sign_in_page()
    {
        var anonymous = closedPortal.CreateBrowser();

        foreach (var path in ReadingPages)
        {
            using var response = await anonymous.GetAsync(path);
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, path);
            var location = response.Headers.Location!;
            location.AbsolutePath.Should().Be("/account/inloggen", path);
            Uri.UnescapeDataString(location.Query).Should().Be($"?returnUrl={path}", "the way back is kept");
        }

        (await anonymous.GetAsync("/account/inloggen")).StatusCode.Should().Be(HttpStatusCode.OK, "the sign-in page stays open");
        (await anonymous.GetAsync("/app.css")).StatusCode.Should().Be(HttpStatusCode.OK, "and so do the static files it needs");
        ReadingPages.Should().Contain("/vergelijk?jaar=2022&zorgsoort=huisartsenzorg&inkopers=cz,vgz");
    }

    [Fact]
    public async Task When_reading_requires_sign_in_the_openapi_document_asks_for_it_too()
    {
        var email = $"lezer-{Guid.NewGuid():N}@voorbeeld.nl";
        await closedPortal.CreateUserAsync(email, UserRole.Reader);
        var reader = closedPortal.CreateBrowser();

        using var anonymous = await closedPortal.CreateBrowser().GetAsync("/openapi/v1.json");
        using var open = await openPortal.CreateBrowser().GetAsync("/openapi/v1.json");
        await reader.SignInOrFailAsync(email);
        using var signedIn = await reader.GetAsync("/openapi/v1.json");

        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a program reads the description, as the API: no redirect");
        open.StatusCode.Should().Be(HttpStatusCode.OK, "by default everyone reads it");
        signedIn.StatusCode.Should().Be(HttpStatusCode.OK);
        (await signedIn.Content.ReadAsStringAsync()).Should().Contain("\"/api/v1/purchasers\"");
    }

    [Fact]
    public async Task When_reading_requires_sign_in_the_matrix_exports_ask_for_it_too()
    {
        const string export = "/vergelijk/export.xlsx?jaar=2022&zorgsoort=huisartsenzorg";
        var email = $"lezer-{Guid.NewGuid():N}@voorbeeld.nl";
        await closedPortal.CreateUserAsync(email, UserRole.Reader);
        var reader = closedPortal.CreateBrowser();

        using var anonymous = await closedPortal.CreateBrowser().GetAsync(export);
        await reader.SignInOrFailAsync(email);
        using var signedIn = await reader.GetAsync(export);

        anonymous.StatusCode.Should().Be(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.AbsolutePath.Should().Be("/account/inloggen");
        signedIn.StatusCode.Should().Be(HttpStatusCode.OK);
        signedIn.Content.Headers.ContentDisposition!.FileName.Should().Be("inkoopbeleid-huisartsenzorg-2022.xlsx");
    }

    [Fact]
    public async Task When_reading_requires_sign_in_a_reader_without_a_role_reads_after_signing_in()
    {
        var email = $"lezer-{Guid.NewGuid():N}@voorbeeld.nl";
        await closedPortal.CreateUserAsync(email, UserRole.Reader);
        var reader = closedPortal.CreateBrowser();

        using var signIn = await reader.SignInAsync(email, returnUrl: "/vergelijk");
        using var matrix = await reader.GetAsync("/vergelijk");

        signIn.Headers.Location!.AbsolutePath.Should().Be("/vergelijk");
        matrix.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
