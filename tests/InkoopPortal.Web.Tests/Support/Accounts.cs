using System.Net;
using System.Text.RegularExpressions;
using InkoopPortal.Application.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Support;

/// <summary>
/// Test users and a real sign-in through the form (the app's own cookie; no test-only authentication in the app).
/// </summary>
internal static partial class Accounts
{
    public const string Password = "lang-genoeg-wachtwoord-42";

    /// <summary>Creates a user with <paramref name="role"/> directly through Identity and returns its id.</summary>
    public static async Task<string> CreateUserAsync<TEntryPoint>(
        this WebApplicationFactory<TEntryPoint> factory, string email, UserRole role, string? displayName = null, string password = Password)
        where TEntryPoint : class
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, DisplayName = displayName ?? email.Split('@')[0], EmailConfirmed = true };
        Succeed(await users.CreateAsync(user, password));
        if (role.RoleName() is { } roleName)
        {
            Succeed(await users.AddToRoleAsync(user, roleName));
        }

        return user.Id;
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so every answer can be checked.</summary>
    public static HttpClient CreateBrowser<TEntryPoint>(this WebApplicationFactory<TEntryPoint> factory)
        where TEntryPoint : class =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through the sign-in form and returns the answer to the POST (302 on success).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = Password, string? returnUrl = null)
    {
        var path = returnUrl is null ? "/account/inloggen" : $"/account/inloggen?returnUrl={Uri.EscapeDataString(returnUrl)}";
        var token = await AntiforgeryTokenAsync(client, path);
        return await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "inloggen",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>Signs in and fails the test when that does not succeed.</summary>
    public static async Task SignInOrFailAsync(this HttpClient client, string email, string password = Password)
    {
        using var response = await client.SignInAsync(email, password);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"{email} signs in with the right password");
    }

    /// <summary>GETs a page and returns the antiforgery token of its (first) form.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        var match = TokenField().Match(html);
        match.Success.Should().BeTrue($"{path} has a form with an antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>
    /// POSTs a form to <paramref name="path"/> with the antiforgery token of the form on <paramref name="page"/>, as a
    /// browser does; <paramref name="path"/> defaults to the page itself.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string page, string handler, IDictionary<string, string>? fields = null, string? path = null)
    {
        var token = await AntiforgeryTokenAsync(client, page);
        path ??= page;
        var values = new Dictionary<string, string>(fields ?? new Dictionary<string, string>())
        {
            ["_handler"] = handler,
            ["__RequestVerificationToken"] = token,
        };
        return await client.PostAsync(path, new FormUrlEncodedContent(values));
    }

    private static void Succeed(IdentityResult result) =>
        result.Succeeded.Should().BeTrue(string.Join(" ", result.Errors.Select(error => error.Description)));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
