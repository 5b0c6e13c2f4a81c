using System.Net.Mail;
using InkoopPortal.Application.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Accounts;

/// <summary>One user as the user management page shows it.</summary>
public sealed record UserSummary(string Id, string Email, string DisplayName, UserRole Role, DateTimeOffset? LockedUntil)
{
    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && until > now;
}

/// <summary>What the administrator entered for a new user; an empty password means "generate one".</summary>
public sealed record NewUser(string? Email, string? DisplayName, UserRole Role, string? Password);

/// <summary>The outcome of a change: the Dutch errors, or success (with a generated password to show once).</summary>
public sealed record AccountResult(IReadOnlyList<string> Errors, UserSummary? User = null, string? GeneratedPassword = null)
{
    public bool Succeeded => Errors.Count == 0;

    public static AccountResult Failed(params string[] errors) => new(errors);

    public static AccountResult From(IdentityResult result) =>
        new(result.Errors.Select(error => error.Description).ToList());
}

/// <summary>
/// User management for the administrator: list, create, change role, reset the password, lock and unlock. Every method checks itself that
/// the current user may administer (<see cref="PortalPolicies.Administer"/>), whatever page calls it, and throws
/// <see cref="PortalAccessDeniedException"/> otherwise. At least one unlocked administrator always remains.
/// Scoped: it uses Identity's scoped <see cref="UserManager{TUser}"/>, so one instance per request.
/// </summary>
public sealed class UserAdministration(
    UserManager<PortalUser> users,
    IPortalAuthorization authorization,
    ICurrentActor currentActor,
    IAccountHistory history,
    ISignInThrottle throttle,
    TimeProvider clock)
{
    private const string LastAdministratorError = "Er moet minstens één beheerder overblijven die niet geblokkeerd is.";

    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        var all = await users.Users.AsNoTracking().OrderBy(user => user.DisplayName).ThenBy(user => user.Email).ToListAsync(cancellationToken);
        var editors = await IdsInRoleAsync(PortalRoles.Editor);
        var administrators = await IdsInRoleAsync(PortalRoles.Administrator);
        return all.Select(user => Summarize(user,
                administrators.Contains(user.Id) ? UserRole.Administrator
                : editors.Contains(user.Id) ? UserRole.Editor
                : UserRole.Reader))
            .ToList();
    }

    public async Task<UserSummary?> FindAsync(string? userId, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        var user = await FindUserAsync(userId);
        return user is null ? null : await SummarizeAsync(user);
    }

    public async Task<AccountResult> CreateAsync(NewUser input, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        history.RecordAs(await currentActor.GetAsync(cancellationToken));
        var email = input.Email?.Trim() ?? "";
        var displayName = input.DisplayName?.Trim() ?? "";
        var errors = new List<string>();
        if (email.Length == 0)
        {
            errors.Add("Vul een e-mailadres in.");
        }
        else if (!IsEmailAddress(email))
        {
            errors.Add($"'{email}' is geen geldig e-mailadres.");
        }

        if (displayName.Length == 0)
        {
            errors.Add("Vul een naam in.");
        }
        else if (displayName.Length > PortalUser.DisplayNameMaxLength)
        {
            errors.Add($"De naam mag hoogstens {PortalUser.DisplayNameMaxLength} tekens lang zijn (nu {displayName.Length}).");
        }

        if (errors.Count > 0)
        {
            return new AccountResult(errors);
        }

        var generated = string.IsNullOrEmpty(input.Password) ? PasswordGenerator.Generate() : null;
        var user = new PortalUser
        {
            UserName = email, Email = email, DisplayName = displayName, EmailConfirmed = true, MustChangePassword = generated is not null,
        };
        var created = await users.CreateAsync(user, generated ?? input.Password!);
        if (!created.Succeeded)
        {
            return AccountResult.From(created);
        }

        if (input.Role.RoleName() is { } roleName)
        {
            var added = await users.AddToRoleAsync(user, roleName);
            if (!added.Succeeded)
            {
                return AccountResult.From(added);
            }
        }

        return new AccountResult([], Summarize(user, input.Role), generated);
    }

    public async Task<AccountResult> ChangeRoleAsync(string userId, UserRole role, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        history.RecordAs(await currentActor.GetAsync(cancellationToken));
        if (await FindUserAsync(userId) is not { } user)
        {
            return AccountResult.Failed("Deze gebruiker bestaat niet (meer).");
        }

        var current = UserRoles.FromRoleNames(await users.GetRolesAsync(user));
        if (current == role)
        {
            return new AccountResult([], Summarize(user, role));
        }

        if (current == UserRole.Administrator && await IsLastActiveAdministratorAsync(user))
        {
            return AccountResult.Failed(LastAdministratorError);
        }

        var portalRoles = (await users.GetRolesAsync(user)).Where(PortalRoles.All.Contains).ToList();
        var removed = await users.RemoveFromRolesAsync(user, portalRoles);
        if (!removed.Succeeded)
        {
            return AccountResult.From(removed);
        }

        if (role.RoleName() is { } roleName)
        {
            var added = await users.AddToRoleAsync(user, roleName);
            if (!added.Succeeded)
            {
                return AccountResult.From(added);
            }
        }

        // A new stamp ends the user's sessions (cookie and circuits revalidate it), so the new role applies at once.
        await users.UpdateSecurityStampAsync(user);
        return new AccountResult([], Summarize(user, role));
    }

    /// <summary>Locks the account until it is unlocked and ends its sessions.</summary>
    public async Task<AccountResult> LockAsync(string userId, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        history.RecordAs(await currentActor.GetAsync(cancellationToken));
        if (await FindUserAsync(userId) is not { } user)
        {
            return AccountResult.Failed("Deze gebruiker bestaat niet (meer).");
        }

        if ((await currentActor.GetAsync(cancellationToken)).UserId == user.Id)
        {
            return AccountResult.Failed("U kunt uw eigen account niet blokkeren.");
        }

        if (await users.IsInRoleAsync(user, PortalRoles.Administrator) && await IsLastActiveAdministratorAsync(user))
        {
            return AccountResult.Failed(LastAdministratorError);
        }

        var locked = await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        if (!locked.Succeeded)
        {
            return AccountResult.From(locked);
        }

        await users.UpdateSecurityStampAsync(user);
        return new AccountResult([], await SummarizeAsync(user));
    }

    /// <summary>
    /// Gives the user a new generated password that must be changed at the next sign-in (ADR-027), ends every session of
    /// the user (a new security stamp) and forgets the failed sign-ins of the address. Password, flag and stamp are
    /// written in one update, recorded for the administrator. Not for one's own account: that is the password page.
    /// </summary>
    public async Task<AccountResult> ResetPasswordAsync(string userId, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        var actor = await currentActor.GetAsync(cancellationToken);
        history.RecordAs(actor);
        if (await FindUserAsync(userId) is not { } user)
        {
            return AccountResult.Failed("Deze gebruiker bestaat niet (meer).");
        }

        if (actor.UserId == user.Id)
        {
            return AccountResult.Failed("Uw eigen wachtwoord wijzigt u zelf via Wachtwoord wijzigen (uw naam rechtsboven).");
        }

        var generated = PasswordGenerator.Generate();
        user.PasswordHash = users.PasswordHasher.HashPassword(user, generated);
        user.MustChangePassword = true;
        var updated = await users.UpdateSecurityStampAsync(user);
        if (!updated.Succeeded)
        {
            return AccountResult.From(updated);
        }

        await throttle.ForgetAccountAsync(user.Email ?? "", cancellationToken);
        return new AccountResult([], await SummarizeAsync(user), generated);
    }

    /// <summary>Lifts a lock by the administrator and the wait after failed sign-ins from unknown browsers (ADR-024).</summary>
    public async Task<AccountResult> UnlockAsync(string userId, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        history.RecordAs(await currentActor.GetAsync(cancellationToken));
        if (await FindUserAsync(userId) is not { } user)
        {
            return AccountResult.Failed("Deze gebruiker bestaat niet (meer).");
        }

        var unlocked = await users.SetLockoutEndDateAsync(user, null);
        if (unlocked.Succeeded)
        {
            unlocked = await users.ResetAccessFailedCountAsync(user);
            await throttle.ForgetAccountAsync(user.Email ?? "", cancellationToken);
        }

        return unlocked.Succeeded ? new AccountResult([], await SummarizeAsync(user)) : AccountResult.From(unlocked);
    }

    private async Task<PortalUser?> FindUserAsync(string? userId) =>
        string.IsNullOrWhiteSpace(userId) ? null : await users.FindByIdAsync(userId);

    private async Task<HashSet<string>> IdsInRoleAsync(string role) =>
        (await users.GetUsersInRoleAsync(role)).Select(user => user.Id).ToHashSet(StringComparer.Ordinal);

    private async Task<bool> IsLastActiveAdministratorAsync(PortalUser user)
    {
        var now = clock.GetUtcNow();
        var others = (await users.GetUsersInRoleAsync(PortalRoles.Administrator))
            .Where(administrator => administrator.Id != user.Id && !(administrator.LockoutEnd > now));
        return !others.Any();
    }

    private async Task<UserSummary> SummarizeAsync(PortalUser user) =>
        Summarize(user, UserRoles.FromRoleNames(await users.GetRolesAsync(user)));

    private static UserSummary Summarize(PortalUser user, UserRole role) =>
        new(user.Id, user.Email ?? user.UserName ?? "", user.DisplayName, role, user.LockoutEnd);

    private static bool IsEmailAddress(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Contains('.', StringComparison.Ordinal);
}
