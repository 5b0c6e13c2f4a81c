using System.Net;
using InkoopPortal.Application.Accounts;
using InkoopPortal.TestSupport;
using InkoopPortal.Web.Tests.Support;

namespace InkoopPortal.Web.Tests.Security;

/// <summary>The matrix page's output cache serves anonymous readers only: a signed-in user's page is never stored or served stored.</summary>
public class SignedInOutputCacheTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    private const string Page = "/vergelijk?jaar=2022&zorgsoort=huisartsenzorg&inkopers=cz,vgz,menzis";

    [Fact]
    public async Task A_signed_in_user_gets_a_fresh_page_while_anonymous_readers_get_the_stored_one()
    {
        var anonymous = factory.CreateBrowser();
        var email = $"redacteur-{Guid.NewGuid():N}@voorbeeld.nl";
        await factory.CreateUserAsync(email, UserRole.Editor, "Eva Redacteur");
        var editor = factory.CreateBrowser();
        await editor.SignInOrFailAsync(email);

        using var anonymousFirst = await anonymous.GetAsync(Page);
        using var editorFirst = await editor.GetAsync(Page);
        using var editorAgain = await editor.GetAsync(Page);
        using var anonymousAgain = await anonymous.GetAsync(Page);

        anonymousFirst.StatusCode.Should().Be(HttpStatusCode.OK);
        editorFirst.Headers.Age.Should().BeNull("a signed-in user's page is never served from the store");
        editorAgain.Headers.Age.Should().BeNull();
        (await editorFirst.Content.ReadAsStringAsync()).Should().Contain("Eva Redacteur");
        anonymousAgain.Headers.Age.Should().NotBeNull("anonymous readers still get the stored page");
        (await anonymousAgain.Content.ReadAsStringAsync()).Should().NotContain("Eva Redacteur", "the editor's page was not stored");
    }
}
