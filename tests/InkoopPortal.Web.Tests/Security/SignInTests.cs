using System.Net;
using InkoopPortal.Application.Accounts;
using InkoopPortal.TestSupport;
using InkoopPortal.Web.Components.Account;
using InkoopPortal.Web.Tests.Support;

namespace InkoopPortal.Web.Tests.Security;

/// <summary>Signing in and out through the forms, password change and the antiforgery checks (throttling: <see cref="SignInProtectionTests"/>).</summary>
public class SignInTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    private async Task<(HttpClient Client, string Email)> NewUserAsync(UserRole role = UserRole.Reader, string? name = null)
    {
        var email = $"gebruiker-{Guid.NewGuid():N}@voorbeeld.nl";
        await factory.CreateUserAsync(email, role, name);
        return (factory.CreateBrowser(), email);
    }

    [Fact]
    public async Task The_sign_in_form_carries_an_antiforgery_token()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync("/account/inloggen");

        var form = page.QuerySelector("form[method='post']")!;
        form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value").Should().NotBeNullOrEmpty();
        form.QuerySelector("input[type='email']").Should().NotBeNull();
        form.QuerySelector("input[type='password']").Should().NotBeNull();
        page.QuerySelector("h1")!.TextContent.Should().Be("Inloggen");
    }

    [Fact]
    public async Task Right_password_signs_in_and_returns_to_the_local_page_asked_for()
    {
        var (client, email) = await NewUserAsync(name: "Anna de Vries");

        using var response = await client.SignInAsync(email, returnUrl: "/inkopers");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.Should().Be("/inkopers");
        response.Headers.GetValues("Set-Cookie").Should().Contain(cookie => cookie.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        var (page, html) = await client.GetPageAsync("/inkopers");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        html.QuerySelector(".user-menu")!.TextContent.Should().Contain("Anna de Vries").And.Contain("Uitloggen");
    }

    [Theory]
    [InlineData("https://aanvaller.example/")]
    [InlineData("//aanvaller.example/")]
    [InlineData("/\\aanvaller.example/")]
    public async Task A_return_address_on_another_site_is_ignored(string returnUrl)
    {
        var (client, email) = await NewUserAsync();

        using var response = await client.SignInAsync(email, returnUrl: returnUrl);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.IsAbsoluteUri.Should().BeTrue();
        response.Headers.Location.Host.Should().Be("localhost");
        response.Headers.Location.AbsolutePath.Should().Be("/");
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_Dutch_message_and_the_address_kept()
    {
        var (client, email) = await NewUserAsync();

        using var response = await client.SignInAsync(email, "niet-het-goede-wachtwoord");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector("[role='alert']")!.TextContent.Should().Contain("Het e-mailadres of het wachtwoord is onjuist");
        page.QuerySelector("input[type='email']")!.GetAttribute("value").Should().Be(email);
        response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).Should().NotContain(cookie => cookie.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sign_in_without_an_antiforgery_token_is_refused_with_a_Dutch_message()
    {
        var (client, email) = await NewUserAsync();

        using var response = await client.PostAsync("/account/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "inloggen",
            ["Input.Email"] = email,
            ["Input.Password"] = Accounts.Password,
        }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector("[role='alert']")!.TextContent.Should().Contain("Het formulier kon niet worden verwerkt");
        page.QuerySelector("input[type='email']")!.GetAttribute("value").Should().Be(email, "what was typed is kept");
        (await client.GetAsync("/account/wachtwoord")).StatusCode.Should().Be(HttpStatusCode.Redirect, "not signed in");
    }

    [Fact]
    public async Task Sign_out_needs_a_POST_with_an_antiforgery_token()
    {
        var (client, email) = await NewUserAsync();
        await client.SignInOrFailAsync(email);

        using var withoutToken = await client.PostAsync("/account/uitloggen",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = SignOut.FormName }));
        using var stillSignedIn = await client.GetAsync("/account/wachtwoord");
        using var signOut = await client.PostFormAsync("/inkopers", SignOut.FormName, path: "/account/uitloggen");
        using var afterwards = await client.GetAsync("/account/wachtwoord");

        withoutToken.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await withoutToken.Content.ReadAsStringAsync()).Should().Contain("Het formulier kon niet worden verwerkt");
        stillSignedIn.StatusCode.Should().Be(HttpStatusCode.OK, "a POST without a token signs no one out");
        signOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signOut.Headers.Location!.AbsolutePath.Should().Be("/");
        afterwards.StatusCode.Should().Be(HttpStatusCode.Redirect);
        afterwards.Headers.Location!.PathAndQuery.Should().StartWith("/account/inloggen?returnUrl=");
    }

    [Fact]
    public async Task A_GET_does_not_sign_out()
    {
        var (client, email) = await NewUserAsync();
        await client.SignInOrFailAsync(email);

        using var get = await client.GetAsync("/account/uitloggen");

        get.StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/account/wachtwoord")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Password_change_checks_the_current_password_and_the_rules_in_Dutch_then_takes_the_new_one()
    {
        var (client, email) = await NewUserAsync();
        await client.SignInOrFailAsync(email);
        const string NewPassword = "een-heel-nieuw-wachtwoord";

        using var wrongCurrent = await ChangeAsync(client, "niet-het-huidige", NewPassword, NewPassword);
        using var tooShort = await ChangeAsync(client, Accounts.Password, "kort123", "kort123");
        using var mismatch = await ChangeAsync(client, Accounts.Password, NewPassword, NewPassword + "x");
        using var changed = await ChangeAsync(client, Accounts.Password, NewPassword, NewPassword);

        (await Html.ParseAsync(wrongCurrent)).QuerySelector("[role='alert']")!.TextContent.Should().Contain("Het wachtwoord is onjuist.");
        (await Html.ParseAsync(tooShort)).QuerySelector("[role='alert']")!.TextContent.Should().Contain("minstens 12 tekens");
        (await mismatch.Content.ReadAsStringAsync()).Should().Contain("De twee nieuwe wachtwoorden zijn niet gelijk.");
        changed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await changed.Content.ReadAsStringAsync()).Should().Contain("Uw wachtwoord is gewijzigd.");
        (await client.GetAsync("/account/wachtwoord")).StatusCode.Should().Be(HttpStatusCode.OK, "this session stays signed in");

        using var oldPassword = await factory.CreateBrowser().SignInAsync(email);
        using var newPassword = await factory.CreateBrowser().SignInAsync(email, NewPassword);
        oldPassword.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        newPassword.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("123456789012")]
    [InlineData("wachtwoord12")]
    [InlineData("Welkom2026!!")]
    public async Task Password_change_refuses_a_common_password_in_Dutch(string common)
    {
        var (client, email) = await NewUserAsync();
        await client.SignInOrFailAsync(email);

        using var refused = await ChangeAsync(client, Accounts.Password, common, common);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(refused)).QuerySelector("[role='alert']")!.TextContent
            .Should().Contain("Dit wachtwoord komt voor in een lijst van veelgebruikte wachtwoorden");
        using var oldStillWorks = await factory.CreateBrowser().SignInAsync(email);
        oldStillWorks.StatusCode.Should().Be(HttpStatusCode.Redirect, "the old password stays");
    }

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string next, string repeated) =>
        client.PostFormAsync("/account/wachtwoord", "wachtwoord", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = repeated,
        });

    [Fact]
    public async Task The_access_denied_page_is_Dutch_and_answers_403()
    {
        var (client, email) = await NewUserAsync(UserRole.Editor);
        await client.SignInOrFailAsync(email);

        using var redirect = await client.GetAsync("/beheer/gebruikers");
        var (response, page) = await client.GetPageAsync(redirect.Headers.Location!.PathAndQuery);

        redirect.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        page.QuerySelector("h1")!.TextContent.Should().Be("Geen toegang");
        page.Title.Should().Be("Geen toegang – InkoopPortal");
    }
}
