using System.Net;
using InkoopPortal.TestSupport;
using InkoopPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace InkoopPortal.Web.Tests.Security;

/// <summary>The app started with <c>Admin:Email</c> and <c>Admin:Password</c>: that administrator signs in through the form.</summary>
public class ConfiguredAdministratorTests(ConfiguredAdministratorTests.Portal portal) : IClassFixture<ConfiguredAdministratorTests.Portal>
{
    public const string Email = "eerste.beheerder@zorgportaal.nl";
    public const string Password = "het-geconfigureerde-wachtwoord";

    public sealed class Portal : PortalWebApplicationFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Admin:Email", Email);
            builder.UseSetting("Admin:Password", Password);
        }
    }

    [Fact]
    public async Task The_configured_administrator_signs_in_and_manages_users()
    {
        var client = portal.CreateBrowser();

        using var signIn = await client.SignInAsync(Email, Password, returnUrl: "/beheer/gebruikers");
        var (users, page) = await client.GetPageAsync("/beheer/gebruikers");

        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signIn.Headers.Location!.AbsolutePath.Should().Be("/beheer/gebruikers");
        users.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("tbody")!.TextContent.Should().Contain(Email).And.Contain("Beheerder");
        page.QuerySelectorAll("tbody tr").Should().ContainSingle("no other administrator was generated");
    }
}
