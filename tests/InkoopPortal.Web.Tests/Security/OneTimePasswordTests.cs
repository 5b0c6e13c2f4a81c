using System.Net;
using InkoopPortal.Application.Accounts;
using InkoopPortal.Web.Hosting;
using InkoopPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Security;

/// <summary>
/// One-time passwords (ADR-027): a password the portal generated must be replaced at the first sign-in, every other
/// page sends the user to the password page until then; an administrator's reset ends the user's sessions and hands out
/// a new one-time password; a denied page names the role it needs.
/// </summary>
public class OneTimePasswordTests(SignInWebApplicationFactory factory) : IClassFixture<SignInWebApplicationFactory>
{
    private const string OwnPassword = "mijn-eigen-lange-zin-voor-het-portaal";

    private async Task<HttpClient> AdministratorAsync()
    {
        var email = $"beheer-{Guid.NewGuid():N}@voorbeeld.nl";
        await factory.CreateUserAsync(email, UserRole.Administrator, "Bea Beheer");
        var client = factory.CreateBrowserAt("192.0.2.50");
        await client.SignInOrFailAsync(email);
        return client;
    }

    /// <summary>Creates a user on the administrator's page without a password and returns the one shown once.</summary>
    private static async Task<string> CreateWithGeneratedPasswordAsync(HttpClient admin, string email, string role)
    {
        using var created = await admin.PostFormAsync("/beheer/gebruikers/nieuw", "nieuwe-gebruiker", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = "Olga Eenmalig",
            ["Input.Role"] = role,
            ["Input.Password"] = "",
        });
        created.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await Html.ParseAsync(created);
        page.QuerySelector("button[data-copy-target]")!.TextContent.Trim().Should().Be("Kopiëren", "a generated password has a copy button");
        return page.QuerySelector("[data-testid='eenmalig-wachtwoord']")!.TextContent;
    }

    private static Task<HttpResponseMessage> ChangePasswordAsync(HttpClient user, string current, string next, string page = PortalSecurity.ChangePasswordPath) =>
        user.PostFormAsync(page, "wachtwoord", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        });

    private static void ShouldBeSentToChangePassword(HttpResponseMessage response, string returnPath)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"{returnPath} waits for the new password");
        response.Headers.Location!.OriginalString.Should().Be($"{PortalSecurity.ChangePasswordPath}?returnUrl={Uri.EscapeDataString(returnPath)}");
    }

    [Fact]
    public async Task A_generated_password_must_be_changed_before_any_other_page_opens()
    {
        var admin = await AdministratorAsync();
        var email = $"eenmalig-{Guid.NewGuid():N}@voorbeeld.nl";
        var oneTime = await CreateWithGeneratedPasswordAsync(admin, email, nameof(UserRole.Editor));
        var user = factory.CreateBrowserAt("192.0.2.51");

        using var signIn = await user.SignInAsync(email, oneTime, returnUrl: "/redactie");
        using var editors = await user.GetAsync("/redactie");
        using var matrix = await user.GetAsync("/vergelijk?jaar=2022&zorgsoort=huisartsenzorg");
        using var api = await user.GetAsync("/api/v1/purchasers");
        var (passwordResponse, passwordPage) = await user.GetPageAsync($"{PortalSecurity.ChangePasswordPath}?returnUrl=%2Fredactie");
        using var sameAgain = await ChangePasswordAsync(user, oneTime, oneTime, $"{PortalSecurity.ChangePasswordPath}?returnUrl=%2Fredactie");
        using var stillBlocked = await user.GetAsync("/");
        using var changed = await ChangePasswordAsync(user, oneTime, OwnPassword, $"{PortalSecurity.ChangePasswordPath}?returnUrl=%2Fredactie");
        using var editorsAfter = await user.GetAsync("/redactie");

        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect, "the one-time password signs in");
        ShouldBeSentToChangePassword(editors, "/redactie");
        ShouldBeSentToChangePassword(matrix, "/vergelijk?jaar=2022&zorgsoort=huisartsenzorg");
        api.StatusCode.Should().Be(HttpStatusCode.Forbidden, "a program cannot follow a redirect to a form");
        passwordResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        passwordPage.QuerySelector("main [role='status']")!.TextContent
            .Should().Contain("eenmalig wachtwoord").And.Contain("Kies eerst een eigen");
        (await Html.ParseAsync(sameAgain)).QuerySelector("main [role='alert']")!.TextContent
            .Should().Contain("Kies een ander wachtwoord dan het huidige");
        ShouldBeSentToChangePassword(stillBlocked, "/");
        changed.StatusCode.Should().Be(HttpStatusCode.Redirect, "after the change the portal opens");
        changed.Headers.Location!.AbsolutePath.Should().Be("/redactie");
        editorsAfter.StatusCode.Should().Be(HttpStatusCode.OK);
        (await MustChangeAsync(email)).Should().BeFalse();
    }

    [Fact]
    public async Task A_chosen_password_is_not_forced_to_change()
    {
        var email = $"gekozen-{Guid.NewGuid():N}@voorbeeld.nl";
        await factory.CreateUserAsync(email, UserRole.Editor);
        var user = factory.CreateBrowserAt("192.0.2.52");
        await user.SignInOrFailAsync(email);

        using var editors = await user.GetAsync("/redactie");

        editors.StatusCode.Should().Be(HttpStatusCode.OK);
        (await MustChangeAsync(email)).Should().BeFalse();
    }

    [Fact]
    public async Task An_administrator_reset_ends_the_sessions_and_hands_out_a_one_time_password()
    {
        var admin = await AdministratorAsync();
        var email = $"vergeten-{Guid.NewGuid():N}@voorbeeld.nl";
        var id = await factory.CreateUserAsync(email, UserRole.Editor, "Vera Vergeten");
        var user = factory.CreateBrowserAt("192.0.2.53");
        await user.SignInOrFailAsync(email);
        using var before = await user.GetAsync("/redactie");

        using var reset = await admin.PostFormAsync($"/beheer/gebruikers/{id}", "wachtwoord-herstellen");
        var resetPage = await Html.ParseAsync(reset);
        var oneTime = resetPage.QuerySelector("[data-testid='eenmalig-wachtwoord']")!.TextContent;
        using var after = await user.GetAsync("/redactie");
        using var oldPassword = await factory.CreateBrowserAt("192.0.2.54").SignInAsync(email);
        var again = factory.CreateBrowserAt("192.0.2.55");
        using var signIn = await again.SignInAsync(email, oneTime);
        using var blocked = await again.GetAsync("/redactie");

        before.StatusCode.Should().Be(HttpStatusCode.OK);
        reset.StatusCode.Should().Be(HttpStatusCode.OK);
        reset.Headers.CacheControl!.NoStore.Should().BeTrue();
        resetPage.QuerySelector("main [role='status']")!.TextContent.Should().Contain("Vera Vergeten").And.Contain("overal uitgelogd");
        resetPage.QuerySelector("button[data-copy-target]")!.TextContent.Trim().Should().Be("Kopiëren");
        oneTime.Should().HaveLength(PasswordGenerator.Length);
        after.StatusCode.Should().Be(HttpStatusCode.Redirect, "the reset ends the open session");
        after.Headers.Location!.AbsolutePath.Should().Be(PortalSecurity.SignInPath);
        oldPassword.StatusCode.Should().Be(HttpStatusCode.BadRequest, "the old password no longer works");
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        ShouldBeSentToChangePassword(blocked, "/redactie");
        (await MustChangeAsync(email)).Should().BeTrue();
    }

    [Fact]
    public async Task An_administrator_cannot_reset_their_own_password_there()
    {
        var adminEmail = $"zelf-{Guid.NewGuid():N}@voorbeeld.nl";
        var id = await factory.CreateUserAsync(adminEmail, UserRole.Administrator);
        var admin = factory.CreateBrowserAt("192.0.2.56");
        await admin.SignInOrFailAsync(adminEmail);

        using var reset = await admin.PostFormAsync($"/beheer/gebruikers/{id}", "wachtwoord-herstellen");

        reset.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(reset)).QuerySelector("main [role='alert']")!.TextContent.Should().Contain("Wachtwoord wijzigen");
        (await MustChangeAsync(adminEmail)).Should().BeFalse();
    }

    [Theory]
    [InlineData(UserRole.Editor, "/beheer/gebruikers", "alleen voor beheerders", "redacteur of beheerder")]
    [InlineData(UserRole.Reader, "/redactie", "alleen voor redacteuren en beheerders", "alleen voor beheerders")]
    public async Task The_access_denied_page_names_the_role_the_page_needs(UserRole role, string path, string expected, string notExpected)
    {
        var email = $"geweigerd-{Guid.NewGuid():N}@voorbeeld.nl";
        await factory.CreateUserAsync(email, role);
        var user = factory.CreateBrowserAt("192.0.2.57");
        await user.SignInOrFailAsync(email);

        using var denied = await user.GetAsync(path);
        var (page, document) = await user.GetPageAsync(denied.Headers.Location!.OriginalString);

        denied.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var text = document.QuerySelector("main")!.TextContent;
        text.Should().Contain(expected).And.NotContain(notExpected);
        text.Should().Contain($"U bent ingelogd als {role.DutchName().ToLowerInvariant()}");
    }

    private async Task<bool> MustChangeAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return (await users.FindByEmailAsync(email))!.MustChangePassword;
    }
}
