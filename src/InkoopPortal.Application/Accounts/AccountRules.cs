using Microsoft.AspNetCore.Identity;

namespace InkoopPortal.Application.Accounts;

/// <summary>Password, lock-out and user-name rules, the same for the web host and for tests that use Identity directly.</summary>
public static class AccountRules
{
    public const int MinimumPasswordLength = 12;
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>Claim type of <see cref="PortalUser.DisplayName"/> in the sign-in cookie.</summary>
    public const string DisplayNameClaim = "inkoopportal:naam";

    public static void Configure(IdentityOptions options)
    {
        // Length over composition: a long pass phrase is allowed, a short password with symbols is not.
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequiredUniqueChars = 5;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;

        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;

        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
