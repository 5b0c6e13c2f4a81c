using System.Text.RegularExpressions;
using InkoopPortal.Application.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.EndToEndTests.Support;

/// <summary>Test accounts made through Identity in the app under test, and signing in through the real form.</summary>
public static class Accounts
{
    public const string Password = "een-lang-wachtwoord-voor-de-redactie";

    /// <summary>Creates a user with <paramref name="role"/> and <see cref="Password"/>; a new e-mail address unless one is given.</summary>
    public static async Task<string> CreateAsync(IServiceProvider services, string role, string displayName, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@voorbeeld.nl";
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, DisplayName = displayName, EmailConfirmed = true };
        (await users.CreateAsync(user, Password)).Succeeded.Should().BeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.Should().BeTrue();
        return email;
    }

    /// <summary>Signs in through the form and lands on <paramref name="returnUrl"/>, interactive.</summary>
    public static async Task SignInAsync(IPage page, string email, string returnUrl)
    {
        await page.GotoAsync($"/account/inloggen?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(returnUrl) + "$"));
        await page.WaitForBlazorAsync();
    }
}
