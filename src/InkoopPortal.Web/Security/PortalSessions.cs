using System.Globalization;
using System.Security.Claims;
using InkoopPortal.Application.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace InkoopPortal.Web.Security;

/// <summary>
/// The one place for how long a session lives and how it ends (ADR-024). A session is the sign-in cookie; it is valid
/// while the user's security stamp is unchanged (checked on every request and every 30 seconds in an open circuit),
/// at most <see cref="SlidingLifetime"/> after its last use, and at most <see cref="AbsoluteLifetime"/> after signing in,
/// however actively it is used. Signing out, a new password, a role change and a lock change the stamp, which ends
/// every session of that user on every instance (the stamp is in the database), copies of the cookie included.
/// </summary>
public sealed class PortalSessions(SignInManager<PortalUser> signInManager, TimeProvider clock, IConfiguration configuration)
{
    /// <summary>Claim in the sign-in cookie: when the user signed in (Unix seconds); it survives renewals.</summary>
    public const string SignedInAtClaim = "inkoopportal:ingelogd-op";

    /// <summary><c>Portal:AbsoluteSessionLifetime</c> (a time span, e.g. <c>12:00:00</c>).</summary>
    public const string AbsoluteLifetimeKey = "Portal:AbsoluteSessionLifetime";

    public static readonly TimeSpan SlidingLifetime = TimeSpan.FromHours(8);

    public static readonly TimeSpan DefaultAbsoluteLifetime = TimeSpan.FromHours(12);

    public TimeSpan AbsoluteLifetime { get; } = configuration.GetValue(AbsoluteLifetimeKey, DefaultAbsoluteLifetime);

    /// <summary>Starts a session for <paramref name="user"/> (a cookie for this browser only).</summary>
    public Task SignInAsync(PortalUser user) =>
        signInManager.SignInWithClaimsAsync(user, isPersistent: false, [SignedInAt(clock.GetUtcNow())]);

    /// <summary>Renews this browser's session after its user's stamp changed (new password): the sign-in time stays.</summary>
    public Task RenewAsync(PortalUser user, ClaimsPrincipal current) =>
        signInManager.SignInWithClaimsAsync(user, isPersistent: false, [SignedInAt(SignedInAtOf(current) ?? clock.GetUtcNow())]);

    /// <summary>Ends every session of the signed-in user, on every instance, and removes this browser's cookie.</summary>
    public async Task SignOutEverywhereAsync(ClaimsPrincipal current)
    {
        if (await signInManager.UserManager.GetUserAsync(current) is { } user)
        {
            await signInManager.UserManager.UpdateSecurityStampAsync(user);
        }

        await signInManager.SignOutAsync();
    }

    /// <summary>True when the session is older than the absolute lifetime (or does not say when it began).</summary>
    public bool HasExpired(ClaimsPrincipal principal) =>
        SignedInAtOf(principal) is not { } signedInAt || clock.GetUtcNow() - signedInAt >= AbsoluteLifetime;

    /// <summary>
    /// The cookie check on every request: the absolute lifetime, then Identity's security stamp
    /// (<c>SecurityStampValidatorOptions.ValidationInterval</c> is zero). The stamp check rebuilds the principal from
    /// the database for this request; the cookie itself is only reissued by the sliding expiration, not on every answer.
    /// </summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context, Func<CookieValidatePrincipalContext, Task> stampCheck)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<PortalSessions>();
        if (context.Principal is null || sessions.HasExpired(context.Principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.RequestServices.GetRequiredService<SignInManager<PortalUser>>().SignOutAsync();
            return;
        }

        await stampCheck(context);
        context.ShouldRenew = false;
    }

    /// <summary>Keeps the sign-in time when the stamp check rebuilds the principal.</summary>
    public static Task KeepSignInTime(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(SignedInAtClaim) is { } claim && context.NewPrincipal?.Identity is ClaimsIdentity identity
            && !identity.HasClaim(candidate => candidate.Type == SignedInAtClaim))
        {
            identity.AddClaim(new Claim(SignedInAtClaim, claim.Value));
        }

        return Task.CompletedTask;
    }

    private static Claim SignedInAt(DateTimeOffset when) =>
        new(SignedInAtClaim, when.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);

    private static DateTimeOffset? SignedInAtOf(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(SignedInAtClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
