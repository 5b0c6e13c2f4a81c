using System.Net;
using InkoopPortal.Application.Accounts;
using InkoopPortal.Web.Components.Account;
using InkoopPortal.Web.Hosting;
using InkoopPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Security;

/// <summary>
/// Sessions end for real (ADR-024): a sign-in cookie copied before sign-out or before a role change no longer opens
/// anything afterwards, and no session outlives the absolute lifetime however actively it is used.
/// </summary>
public class SessionEndTests(SignInWebApplicationFactory factory) : IClassFixture<SignInWebApplicationFactory>
{
    private const string CookiePrefix = ".AspNetCore.Identity.Application";

    private async Task<(HttpClient Browser, string CopiedCookie, string Email)> SignedInEditorAsync()
    {
        var email = $"redacteur-{Guid.NewGuid():N}@voorbeeld.nl";
        await factory.CreateUserAsync(email, UserRole.Editor);
        var browser = factory.CreateBrowserAt("192.0.2.10");
        using var signIn = await browser.SignInAsync(email);
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var cookie = string.Join("; ", signIn.Headers.GetValues("Set-Cookie")
            .Where(header => header.StartsWith(CookiePrefix, StringComparison.Ordinal))
            .Select(header => header.Split(';')[0]));
        cookie.Should().NotBeEmpty();
        return (browser, cookie, email);
    }

    /// <summary>GETs <paramref name="path"/> with only the copied cookie, as someone who took it from the browser would.</summary>
    private async Task<HttpResponseMessage> WithCopiedCookieAsync(string cookie, string path = "/redactie")
    {
        var thief = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await thief.SendAsync(request);
    }

    private static void ShouldBeSentToSignIn(HttpResponseMessage response, string because)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, because);
        response.Headers.Location!.AbsolutePath.Should().Be(PortalSecurity.SignInPath, because);
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_afterwards()
    {
        var (browser, cookie, _) = await SignedInEditorAsync();
        using var before = await WithCopiedCookieAsync(cookie);

        using var signOut = await browser.PostFormAsync("/inkopers", SignOut.FormName, path: PortalSecurity.SignOutPath);
        using var after = await WithCopiedCookieAsync(cookie);

        before.StatusCode.Should().Be(HttpStatusCode.OK, "the copy works while the session lasts");
        signOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        ShouldBeSentToSignIn(after, "signing out ends the session everywhere, copies of the cookie included");
    }

    [Fact]
    public async Task A_cookie_copied_before_a_role_change_is_refused_afterwards()
    {
        var (_, cookie, email) = await SignedInEditorAsync();
        var adminEmail = $"beheerder-{Guid.NewGuid():N}@voorbeeld.nl";
        await factory.CreateUserAsync(adminEmail, UserRole.Administrator);
        var admin = factory.CreateBrowserAt("192.0.2.20");
        await admin.SignInOrFailAsync(adminEmail);
        var userId = await UserIdAsync(email);
        using var before = await WithCopiedCookieAsync(cookie);

        using var change = await admin.PostFormAsync($"/beheer/gebruikers/{userId}", "rol", new Dictionary<string, string> { ["Role"] = "Lezer" });
        using var after = await WithCopiedCookieAsync(cookie);

        before.StatusCode.Should().Be(HttpStatusCode.OK);
        (await change.Content.ReadAsStringAsync()).Should().Contain("De rol is nu Lezer.");
        ShouldBeSentToSignIn(after, "a role change ends the user's sessions at once, not a minute later");
    }

    [Fact]
    public async Task A_session_in_constant_use_still_ends_after_the_absolute_lifetime()
    {
        var (browser, _, _) = await SignedInEditorAsync();

        using var start = await browser.GetAsync("/redactie");
        factory.Clock.Advance(TimeSpan.FromHours(7));
        using var sevenHours = await browser.GetAsync("/redactie");
        factory.Clock.Advance(TimeSpan.FromHours(6));
        using var thirteenHours = await browser.GetAsync("/redactie");

        start.StatusCode.Should().Be(HttpStatusCode.OK);
        sevenHours.StatusCode.Should().Be(HttpStatusCode.OK, "within 8 hours of the last use and 12 hours of signing in");
        ShouldBeSentToSignIn(thirteenHours, "12 hours after signing in the session ends, however it was used");
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return (await users.FindByEmailAsync(email))!.Id;
    }
}
