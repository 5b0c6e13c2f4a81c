using System.Net;
using System.Security.Claims;
using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Security;
using InkoopPortal.TestSupport;
using InkoopPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Security;

/// <summary>The administrator's user management pages, and the role check inside <see cref="UserAdministration"/> itself.</summary>
public class UserManagementTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    private async Task<HttpClient> AdministratorAsync()
    {
        var email = $"beheer-{Guid.NewGuid():N}@voorbeeld.nl";
        await factory.CreateUserAsync(email, UserRole.Administrator, "Bea Beheer");
        var client = factory.CreateBrowser();
        await client.SignInOrFailAsync(email);
        return client;
    }

    private static Task<HttpResponseMessage> CreateAsync(HttpClient admin, string email, string name, string role, string password = "") =>
        admin.PostFormAsync("/beheer/gebruikers/nieuw", "nieuwe-gebruiker", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = name,
            ["Input.Role"] = role,
            ["Input.Password"] = password,
        });

    [Fact]
    public async Task A_new_user_gets_a_generated_password_shown_once_and_can_sign_in_with_it()
    {
        var admin = await AdministratorAsync();
        var email = $"nieuw-{Guid.NewGuid():N}@voorbeeld.nl";

        using var created = await CreateAsync(admin, email, "Rik Redacteur", nameof(UserRole.Editor));
        var page = await Html.ParseAsync(created);
        var password = page.QuerySelector("[data-testid='eenmalig-wachtwoord']")!.TextContent;
        var (_, list) = await admin.GetPageAsync("/beheer/gebruikers");
        var (_, listAgain) = await admin.GetPageAsync("/beheer/gebruikers/nieuw");

        created.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("[role='status']")!.TextContent.Should().Contain("Rik Redacteur").And.Contain("Redacteur");
        password.Should().HaveLength(PasswordGenerator.Length);
        created.Headers.CacheControl!.NoStore.Should().BeTrue("a page with a password is never kept");
        list.QuerySelector("tbody")!.TextContent.Should().Contain("Rik Redacteur").And.Contain(email).And.Contain("Redacteur").And.Contain("Actief");
        listAgain.Body!.TextContent.Should().NotContain(password, "the password is shown only once");
        using var signIn = await factory.CreateBrowser().SignInAsync(email, password);
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_chosen_password_is_used_and_bad_input_is_refused_in_Dutch_with_the_input_kept()
    {
        var admin = await AdministratorAsync();
        var email = $"gekozen-{Guid.NewGuid():N}@voorbeeld.nl";

        using var badEmail = await CreateAsync(admin, "geen-adres", "Lotte Lezer", nameof(UserRole.Reader));
        using var shortPassword = await CreateAsync(admin, email, "Lotte Lezer", nameof(UserRole.Reader), "kort");
        using var commonPassword = await CreateAsync(admin, email, "Lotte Lezer", nameof(UserRole.Reader), "wachtwoord12");
        using var created = await CreateAsync(admin, email, "Lotte Lezer", nameof(UserRole.Reader), "zelf-gekozen-wachtwoord");
        using var duplicate = await CreateAsync(admin, email.ToUpperInvariant(), "Nog een Lotte", nameof(UserRole.Reader));

        badEmail.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var badPage = await Html.ParseAsync(badEmail);
        badPage.QuerySelector("[role='alert']")!.TextContent.Should().Contain("'geen-adres' is geen geldig e-mailadres.");
        badPage.QuerySelector("#naam")!.GetAttribute("value").Should().Be("Lotte Lezer");
        (await Html.ParseAsync(shortPassword)).QuerySelector("[role='alert']")!.TextContent
            .Should().Contain("minstens 12 tekens").And.Contain("Vul het wachtwoord opnieuw in");
        (await Html.ParseAsync(commonPassword)).QuerySelector("[role='alert']")!.TextContent
            .Should().Contain("Dit wachtwoord komt voor in een lijst van veelgebruikte wachtwoorden");
        created.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Html.ParseAsync(created)).QuerySelector("[data-testid='eenmalig-wachtwoord']").Should().BeNull("the administrator chose the password");
        (await Html.ParseAsync(duplicate)).QuerySelector("[role='alert']")!.TextContent.Should().Contain("Er is al een gebruiker met het e-mailadres");
        using var signIn = await factory.CreateBrowser().SignInAsync(email, "zelf-gekozen-wachtwoord");
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Role_change_and_lock_take_effect_and_unlock_lifts_the_lock()
    {
        var admin = await AdministratorAsync();
        var email = $"lezer-{Guid.NewGuid():N}@voorbeeld.nl";
        var id = await factory.CreateUserAsync(email, UserRole.Reader, "Lars Lezer");
        var userPage = $"/beheer/gebruikers/{id}";
        var user = factory.CreateBrowser();
        await user.SignInOrFailAsync(email);
        (await user.GetAsync("/beheer/gebruikers")).Headers.Location!.AbsolutePath.Should().Be("/account/geen-toegang");

        using var toAdministrator = await admin.PostFormAsync(userPage, "rol", new Dictionary<string, string> { ["Role"] = "Beheerder" });
        (await toAdministrator.Content.ReadAsStringAsync()).Should().Contain("De rol is nu Beheerder.");
        // The open session picks up the new security stamp within a minute (SecurityStampValidator); a new one has the role.
        var again = factory.CreateBrowser();
        await again.SignInOrFailAsync(email);
        (await again.GetAsync("/beheer/gebruikers")).StatusCode.Should().Be(HttpStatusCode.OK);

        using var locked = await admin.PostFormAsync(userPage, "blokkeren");
        (await locked.Content.ReadAsStringAsync()).Should().Contain("De gebruiker is geblokkeerd.");
        using var lockedSignIn = await factory.CreateBrowser().SignInAsync(email);
        (await lockedSignIn.Content.ReadAsStringAsync()).Should().Contain("Uw account is geblokkeerd door een beheerder.");

        using var unlocked = await admin.PostFormAsync(userPage, "deblokkeren");
        (await unlocked.Content.ReadAsStringAsync()).Should().Contain("De gebruiker is gedeblokkeerd.");
        using var signInAgain = await factory.CreateBrowser().SignInAsync(email);
        signInAgain.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task An_unknown_role_or_user_gets_a_Dutch_answer()
    {
        var admin = await AdministratorAsync();
        var id = await factory.CreateUserAsync($"rol-{Guid.NewGuid():N}@voorbeeld.nl", UserRole.Reader);

        using var badRole = await admin.PostFormAsync($"/beheer/gebruikers/{id}", "rol", new Dictionary<string, string> { ["Role"] = "Keizer" });
        var (missing, missingPage) = await admin.GetPageAsync("/beheer/gebruikers/bestaat-niet");

        badRole.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(badRole)).QuerySelector("main [role='alert']")!.TextContent.Should().Contain("'Keizer' is geen rol van het portaal.");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        missingPage.QuerySelector("h1")!.TextContent.Should().Be("Pagina niet gevonden");
    }

    [Fact]
    public async Task The_last_active_administrator_cannot_lose_the_role_and_no_one_locks_themselves()
    {
        await using var fresh = new PortalWebApplicationFactory();
        fresh.CreateClient().Dispose();
        await using var scope = fresh.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var onlyAdministrator = (await users.GetUsersInRoleAsync(PortalRoles.Administrator)).Should().ContainSingle("the first start created one").Subject;
        SignInAs(scope.ServiceProvider, onlyAdministrator.Id, PortalRoles.Administrator);
        var administration = scope.ServiceProvider.GetRequiredService<UserAdministration>();

        var demote = await administration.ChangeRoleAsync(onlyAdministrator.Id, UserRole.Editor);
        var lockSelf = await administration.LockAsync(onlyAdministrator.Id);

        demote.Errors.Should().Equal("Er moet minstens één beheerder overblijven die niet geblokkeerd is.");
        lockSelf.Errors.Should().Equal("U kunt uw eigen account niet blokkeren.");
        (await users.IsInRoleAsync(onlyAdministrator, PortalRoles.Administrator)).Should().BeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData(PortalRoles.Editor)]
    public async Task The_service_itself_refuses_anyone_but_an_administrator(string? role)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        if (role is null)
        {
            SetUser(scope.ServiceProvider, new ClaimsPrincipal(new ClaimsIdentity()));
        }
        else
        {
            SignInAs(scope.ServiceProvider, "iemand", role);
        }

        var administration = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var email = $"stiekem-{Guid.NewGuid():N}@voorbeeld.nl";

        var create = () => administration.CreateAsync(new NewUser(email, "Stiekem", UserRole.Administrator, null));
        var list = () => administration.ListAsync();

        (await create.Should().ThrowAsync<PortalAccessDeniedException>()).Which.Message.Should().Be("Geen toegang: alleen een beheerder mag dit doen.");
        await list.Should().ThrowAsync<PortalAccessDeniedException>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        (await users.FindByEmailAsync(email)).Should().BeNull();
    }

    /// <summary>Gives the scope's authentication state a signed-in user, as a request or circuit would.</summary>
    private static void SignInAs(IServiceProvider scope, string userId, string role) =>
        SetUser(scope, new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Name, userId), new Claim(ClaimTypes.Role, role)],
            "Test")));

    private static void SetUser(IServiceProvider scope, ClaimsPrincipal user) =>
        ((IHostEnvironmentAuthenticationStateProvider)scope.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(user)));
}
