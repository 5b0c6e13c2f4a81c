using System.Text.RegularExpressions;
using InkoopPortal.Application.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.EndToEndTests.Account;

/// <summary>Signing in and out in Chromium, under the portal's Content-Security-Policy.</summary>
public class SignInFlowTests(PortalFixture portal, ITestOutputHelper output) : PortalPageTest(portal, output)
{
    private const string Password = "een-lang-wachtwoord-voor-chromium";

    [Fact]
    public Task A_user_signs_in_through_the_form_sees_their_name_and_signs_out() => RunAsync(async () =>
    {
        var cspViolations = new List<string>();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                cspViolations.Add(message.Text);
            }
        };
        var email = await CreateUserAsync("Els Eindgebruiker");

        await OpenAsync("/vergelijk?jaar=2022&zorgsoort=huisartsenzorg");
        await Page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Inloggen" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/account/inloggen\?returnUrl="));
        await Page.GetByLabel("E-mailadres").FillAsync(email);
        await Page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(Password);
        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"/vergelijk\?jaar=2022&zorgsoort=huisartsenzorg$"));
        await Page.WaitForBlazorAsync();
        await Expect(Page.GetByRole(AriaRole.Banner)).ToContainTextAsync("Els Eindgebruiker");

        await Page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(Portal.Address.ToString());
        await Page.WaitForBlazorAsync();
        await Expect(Page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Inloggen" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Banner)).Not.ToContainTextAsync("Els Eindgebruiker");
        cspViolations.Should().BeEmpty("the pages, Blazor and MudBlazor work under the Content-Security-Policy");
    });

    [Fact]
    public Task A_wrong_password_shows_a_Dutch_message_in_the_browser() => RunAsync(async () =>
    {
        var email = await CreateUserAsync("Wim Verkeerd");

        // A static page (the cookie needs a real response): no circuit to wait for.
        await Page.GotoAsync("/account/inloggen");
        await Page.GetByLabel("E-mailadres").FillAsync(email);
        await Page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync("dit-is-niet-het-wachtwoord");
        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Alert)).ToContainTextAsync("Het e-mailadres of het wachtwoord is onjuist");
        await Expect(Page.GetByLabel("E-mailadres")).ToHaveValueAsync(email);
        await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    });

    [Fact]
    public Task The_account_and_user_management_pages_are_accessible() => RunAsync(async () =>
    {
        var email = await CreateUserAsync("Bram Beheerder", PortalRolesForTest.Administrator);
        await Page.GotoAsync("/account/inloggen?returnUrl=%2Fbeheer%2Fgebruikers");
        await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await Page.GetByLabel("E-mailadres").FillAsync(email);
        await Page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(Password);
        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gebruikers");
        await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Bram Beheerder" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Rol wijzigen" })).ToBeVisibleAsync();
        await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await Page.GotoAsync("/beheer/gebruikers/nieuw");
        await Page.GetByLabel("E-mailadres").FillAsync("iemand@localhost");
        await Page.GetByLabel("Naam").FillAsync("Nina Nieuw");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gebruiker aanmaken" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Alert)).ToContainTextAsync("geen geldig e-mailadres");
        await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await Page.GotoAsync("/account/wachtwoord");
        await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    });

    private static class PortalRolesForTest
    {
        public const string Administrator = InkoopPortal.Application.Security.PortalRoles.Administrator;
    }

    private async Task<string> CreateUserAsync(string name, string? role = null)
    {
        var email = $"e2e-{Guid.NewGuid():N}@voorbeeld.nl";
        await using var scope = Portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var result = await users.CreateAsync(new PortalUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true }, Password);
        result.Succeeded.Should().BeTrue(string.Join(" ", result.Errors.Select(error => error.Description)));
        if (role is not null)
        {
            (await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, role)).Succeeded.Should().BeTrue();
        }

        return email;
    }
}
