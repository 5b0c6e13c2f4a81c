using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Security;
using InkoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InkoopPortal.Infrastructure.Accounts;

/// <summary>
/// <c>Admin:Email</c> and <c>Admin:Password</c>: the first administrator's account. Either may be left out: the
/// address defaults to <see cref="DefaultEmail"/>, and a missing password is generated and printed once.
/// </summary>
public sealed record AdministratorSettings(string? Email, string? Password)
{
    public const string DefaultEmail = "beheerder@inkoopportal.local";

    public static AdministratorSettings FromConfiguration(IConfiguration configuration) =>
        new(NullIfBlank(configuration["Admin:Email"]), NullIfBlank(configuration["Admin:Password"]));

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>
/// Makes sure the portal has an administrator, on every start, after the migrations. When no user has the
/// <see cref="PortalRoles.Administrator"/> role, the configured account (created when missing) gets it. A generated
/// password is written once to <paramref name="console"/> (standard output) and to nothing else: not to the log, not
/// to the database. The portal calls it under the start-up lock (ADR-023), so only one instance at a time looks; the
/// account is still created with its role in one transaction, and a write that collides anyway (a caller without the
/// lock) is retried and finds the other's administrator.
/// </summary>
public static class AdministratorBootstrap
{
    public static async Task EnsureAdministratorAsync(
        this IServiceProvider services, AdministratorSettings settings, TextWriter console, CancellationToken cancellationToken = default)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdministratorBootstrap));
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            if (await HasAdministratorAsync(users))
            {
                return;
            }

            var email = settings.Email ?? AdministratorSettings.DefaultEmail;
            var password = settings.Password ?? PasswordGenerator.Generate();
            try
            {
                var outcome = await CreateAsync(scope.ServiceProvider, users, email, password, settings.Password is null, cancellationToken);
                if (outcome == Outcome.AlreadyThere)
                {
                    return;
                }

                if (settings.Password is null)
                {
                    await AnnounceAsync(console, email, password);
                }

                logger.LogInformation(
                    outcome == Outcome.Created
                        ? "Beheerder {Email} aangemaakt"
                        : "Bestaande gebruiker {Email} is weer beheerder gemaakt (er was geen beheerder meer)",
                    email);
                return;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Another instance wrote at the same moment (unique e-mail address, concurrency stamp): look again.
                logger.LogInformation("Een andere instantie maakte tegelijk de beheerder aan; opnieuw kijken");
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), cancellationToken);
            }
        }
    }

    private enum Outcome
    {
        AlreadyThere,
        Created,
        Recovered,
    }

    private static async Task<bool> HasAdministratorAsync(UserManager<PortalUser> users) =>
        (await users.GetUsersInRoleAsync(PortalRoles.Administrator)).Count > 0;

    /// <summary>Creates the account (or takes the existing one with that address) and makes it administrator, in one transaction.</summary>
    private static async Task<Outcome> CreateAsync(
        IServiceProvider scope, UserManager<PortalUser> users, string email, string password, bool generated, CancellationToken cancellationToken)
    {
        var context = scope.GetRequiredService<PortalDbContext>();
        var strategy = context.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            context.ChangeTracker.Clear();
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            if (await HasAdministratorAsync(users))
            {
                return Outcome.AlreadyThere;
            }

            var user = await users.FindByEmailAsync(email);
            var outcome = user is null ? Outcome.Created : Outcome.Recovered;
            if (user is null)
            {
                // A printed password is a one-time password (ADR-027); a configured one is the operator's choice.
                user = new PortalUser { UserName = email, Email = email, DisplayName = "Beheerder", EmailConfirmed = true, MustChangePassword = generated };
                Check(await users.CreateAsync(user, password), email);
            }
            else
            {
                user.MustChangePassword = generated;
                // The configured account exists without the role (the last administrator was changed): it becomes
                // administrator again, unlocked, with the configured or a new, printed password.
                Check(await users.RemovePasswordAsync(user), email);
                Check(await users.AddPasswordAsync(user, password), email);
                Check(await users.SetLockoutEndDateAsync(user, null), email);
            }

            Check(await users.AddToRoleAsync(user, PortalRoles.Administrator), email);
            await transaction.CommitAsync(cancellationToken);
            return outcome;
        });
    }

    /// <summary>A configured address or password that Identity refuses stops the start with the reason.</summary>
    private static void Check(IdentityResult result, string email)
    {
        if (result.Errors.Any(error => error.Code is nameof(IdentityErrorDescriber.DuplicateUserName)
                or nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.UserAlreadyInRole)
                or nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            // Another instance got there between our look-up and our write: retried by the caller.
            throw new DbUpdateException($"Gebruiker {email} bestaat al.");
        }

        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"De eerste beheerder ({email}) kon niet worden aangemaakt: {string.Join(" ", result.Errors.Select(error => error.Description))} " +
                "Controleer Admin:Email en Admin:Password.");
        }
    }

    private static async Task AnnounceAsync(TextWriter console, string email, string password)
    {
        const string line = "==========================================================================";
        await console.WriteLineAsync(line);
        await console.WriteLineAsync("  InkoopPortal: er is een beheerder aangemaakt.");
        await console.WriteLineAsync($"  E-mailadres: {email}");
        await console.WriteLineAsync($"  Wachtwoord:  {password}");
        await console.WriteLineAsync("  Dit wachtwoord wordt alleen nu getoond en nergens bewaard. Het is eenmalig:");
        await console.WriteLineAsync("  log in via /account/inloggen, daarna kiest u eerst een eigen wachtwoord.");
        await console.WriteLineAsync(line);
        await console.FlushAsync();
    }
}
