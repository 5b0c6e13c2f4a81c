using System.Text.RegularExpressions;
using InkoopPortal.Application.Security;

namespace InkoopPortal.EndToEndTests.Account;

/// <summary>
/// One-time passwords in Chromium (ADR-027): an administrator creates a user and copies the generated password, the
/// user must choose their own before any other page opens, an administrator's reset ends the user's open session and
/// forces the change again, and a Redacteur is told that user management is for beheerders. axe on every page touched.
/// </summary>
public class OneTimePasswordInBrowserTests(PortalFixture portal, ITestOutputHelper output) : PortalPageTest(portal, output)
{
    private const string OwnPassword = "mijn-eigen-zin-voor-het-portaal";

    private static async Task SignInAsync(IPage page, string email, string password, string returnUrl)
    {
        await page.GotoAsync($"/account/inloggen?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
    }

    /// <summary>The forced change: the explanation is there, the page is accessible, and other pages lead back to it.</summary>
    private static async Task ShouldBeHeldOnThePasswordPageAsync(IPage page, string returnUrl)
    {
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape($"/account/wachtwoord?returnUrl={Uri.EscapeDataString(returnUrl)}") + "$"));
        await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status)).ToContainTextAsync("eenmalig wachtwoord");
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await page.GotoAsync("/vergelijk?jaar=2022&zorgsoort=huisartsenzorg");
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape("/account/wachtwoord?returnUrl=%2Fvergelijk") + ".*$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wachtwoord wijzigen");
    }

    private static async Task ChangePasswordAsync(IPage page, string current)
    {
        await page.GetByLabel("Huidig wachtwoord").FillAsync(current);
        await page.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync(OwnPassword);
        await page.GetByLabel("Nieuw wachtwoord herhalen").FillAsync(OwnPassword);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Wachtwoord wijzigen" }).ClickAsync();
    }

    /// <summary>Clicks "Kopiëren" beside the shown password and returns what reached the clipboard.</summary>
    private async Task<string> CopyShownPasswordAsync(IBrowserContext context)
    {
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var shown = (await Page.GetByTestId("eenmalig-wachtwoord").TextContentAsync())!.Trim();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Kopiëren" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status).Filter(new() { HasText = "Gekopieerd" })).ToBeVisibleAsync();
        var copied = await Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        copied.Should().Be(shown, "the button copies exactly the shown password");
        return shown;
    }

    [Fact]
    public Task A_created_user_must_change_the_one_time_password_and_a_reset_forces_it_again() => RunAsync(async () =>
    {
        var adminEmail = await Accounts.CreateAsync(Portal.Services, PortalRoles.Administrator, "Bea Beheer");
        var userEmail = $"eenmalig-{Guid.NewGuid():N}@voorbeeld.nl";
        await SignInAsync(Page, adminEmail, Accounts.Password, "/beheer/gebruikers/nieuw");
        await Page.GetByLabel("E-mailadres").FillAsync(userEmail);
        await Page.GetByLabel("Naam").FillAsync("Olga Eenmalig");
        await Page.GetByLabel("Rol").SelectOptionAsync(new SelectOptionValue { Label = "Redacteur" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gebruiker aanmaken" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Eenmalig wachtwoord" })).ToBeVisibleAsync();
        await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        var oneTime = await CopyShownPasswordAsync(Page.Context);

        // The user signs in with the one-time password in their own browser and is held on the password page.
        await using var userContext = await Portal.Browser.NewPortalContextAsync(Portal.Address);
        var user = await userContext.NewPageAsync();
        await SignInAsync(user, userEmail, oneTime, "/redactie");
        await ShouldBeHeldOnThePasswordPageAsync(user, "/redactie");
        await ChangePasswordAsync(user, oneTime);
        await Expect(user).ToHaveURLAsync(new Regex(Regex.Escape("/vergelijk?jaar=2022&zorgsoort=huisartsenzorg") + "$"));
        await user.GotoAsync("/redactie");
        await user.WaitForBlazorAsync();
        await Expect(user.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToHaveTextAsync("Wachtwoord wijzigen");

        // A Redacteur on user management is told it is for beheerders.
        await user.GotoAsync("/beheer/gebruikers");
        await Expect(user.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Geen toegang");
        await Expect(user.GetByRole(AriaRole.Main)).ToContainTextAsync("Deze pagina is alleen voor beheerders.");
        await Expect(user.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("redacteur of beheerder");
        await user.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await user.GotoAsync("/redactie");
        await user.WaitForBlazorAsync();

        // The administrator resets the password: the user's open session ends and the next sign-in is held again.
        await Page.GotoAsync("/beheer/gebruikers");
        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Olga Eenmalig" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Nieuw wachtwoord maken" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status).First).ToContainTextAsync("overal uitgelogd");
        await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        var reset = await CopyShownPasswordAsync(Page.Context);
        reset.Should().NotBe(oneTime);

        await user.ReloadAsync();
        await Expect(user).ToHaveURLAsync(new Regex(Regex.Escape("/account/inloggen?returnUrl=%2Fredactie") + "$"));
        await SignInAsync(user, userEmail, OwnPassword, "/redactie");
        await Expect(user.GetByRole(AriaRole.Main).GetByRole(AriaRole.Alert)).ToContainTextAsync("Het e-mailadres of het wachtwoord is onjuist");
        await SignInAsync(user, userEmail, reset, "/redactie");
        await ShouldBeHeldOnThePasswordPageAsync(user, "/redactie");
    });
}
