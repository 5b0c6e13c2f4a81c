using System.Security.Claims;
using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace InkoopPortal.Web.Security;

/// <summary>
/// The signed-in user of this request or circuit, for the Application layer: who changes are recorded for
/// (<see cref="ICurrentActor"/>) and what they may do (<see cref="IPortalAuthorization"/>). Scoped. It asks Blazor's
/// <see cref="AuthenticationStateProvider"/>, which knows the user in a circuit and while a page renders on the server;
/// a plain endpoint outside Razor components falls back to the request's user.
/// </summary>
public sealed class CurrentUser(
    AuthenticationStateProvider authenticationState,
    IHttpContextAccessor httpContextAccessor,
    IAuthorizationService authorizationService) : ICurrentActor, IPortalAuthorization
{
    /// <summary>No one is signed in: the actor of a request that changes nothing (writes require a role).</summary>
    public static readonly AuditActor Anonymous = new(null, "Anoniem");

    public async Task<ClaimsPrincipal> GetPrincipalAsync()
    {
        try
        {
            return (await authenticationState.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException)
        {
            // Outside Razor components the provider has no state ("GetAuthenticationStateAsync was called before
            // SetAuthenticationState"); the request itself has the user.
            return httpContextAccessor.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());
        }
    }

    public async Task<AuditActor> GetAsync(CancellationToken cancellationToken = default) =>
        ToActor(await GetPrincipalAsync());

    public async Task<bool> IsAllowedAsync(string policy, CancellationToken cancellationToken = default) =>
        (await authorizationService.AuthorizeAsync(await GetPrincipalAsync(), policy)).Succeeded;

    public static AuditActor ToActor(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return Anonymous;
        }

        return new AuditActor(userId, DisplayName(principal));
    }

    /// <summary>The name shown in the menu: the account's name, else its e-mail address.</summary>
    public static string DisplayName(ClaimsPrincipal principal) =>
        principal.FindFirstValue(AccountRules.DisplayNameClaim) is { Length: > 0 } name ? name : principal.Identity?.Name ?? "";
}
