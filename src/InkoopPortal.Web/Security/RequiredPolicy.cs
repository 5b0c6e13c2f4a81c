using System.Security.Claims;
using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Security;
using Microsoft.AspNetCore.Authorization;

namespace InkoopPortal.Web.Security;

/// <summary>Which of the portal's policies a page needs, so that "Geen toegang" can name the role (ADR-027).</summary>
public static class RequiredPolicy
{
    /// <summary>Query parameter of the access-denied page: the policy of the page that was refused.</summary>
    public const string QueryParameter = "nodig";

    /// <summary>The strictest portal policy among an endpoint's or a page type's access rules, or null.</summary>
    public static string? Of(IEnumerable<object>? metadata)
    {
        var policies = (metadata ?? []).OfType<IAuthorizeData>().Select(data => data.Policy).ToList();
        return policies.Contains(PortalPolicies.Administer) ? PortalPolicies.Administer
            : policies.Contains(PortalPolicies.Edit) ? PortalPolicies.Edit
            : null;
    }

    /// <summary>The policy of a routed page (for a refusal while navigating inside the circuit).</summary>
    public static string? OfPage(Type pageType) => Of(pageType.GetCustomAttributes(inherit: true));

    /// <summary>Who may open a page with <paramref name="policy"/>, in Dutch; null when unknown.</summary>
    public static string? DutchAudience(string? policy) => policy switch
    {
        PortalPolicies.Administer => "beheerders",
        PortalPolicies.Edit => "redacteuren en beheerders",
        _ => null,
    };

    /// <summary>The role a principal has, in lower case ("lezer", "redacteur", "beheerder").</summary>
    public static string DutchRoleOf(ClaimsPrincipal user) =>
        UserRoles.FromRoleNames(user.FindAll(user.Identities.FirstOrDefault()?.RoleClaimType ?? ClaimTypes.Role)
            .Select(claim => claim.Value)).DutchName().ToLowerInvariant();
}
