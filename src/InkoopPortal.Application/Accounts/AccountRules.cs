using Microsoft.AspNetCore.Identity;

namespace InkoopPortal.Application.Accounts;

/// <summary>Password, lock and user-name rules, the same for the web host and for tests that use Identity directly.</summary>
public static class AccountRules
{
    public const int MinimumPasswordLength = 12;

    /// <summary>Claim type of <see cref="PortalUser.DisplayName"/> in the sign-in cookie.</summary>
    public const string DisplayNameClaim = "inkoopportal:naam";

    /// <summary>Claim in the session while <see cref="PortalUser.MustChangePassword"/> holds (rebuilt on every request).</summary>
    public const string MustChangePasswordClaim = "inkoopportal:wachtwoord-wijzigen";

    public static void Configure(IdentityOptions options)
    {
        // Length over composition: a long pass phrase is allowed, a short password with symbols is not.
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequiredUniqueChars = 5;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;

        // Identity's lock is only the administrator's "Blokkeren": failed sign-ins never lock an account (anyone could
        // lock anyone out); they are throttled per client and e-mail address instead (SignInThrottle, ADR-024).
        options.Lockout.AllowedForNewUsers = true;

        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
