namespace InkoopPortal.Application.Security;

/// <summary>
/// Checks the current user (of the request or the Blazor circuit) against one of the <see cref="PortalPolicies"/>.
/// Every use case that writes calls it itself, so a page that forgets its attribute still cannot write. The Web layer
/// implements it (scoped) on top of ASP.NET Core's authorization.
/// </summary>
public interface IPortalAuthorization
{
    Task<bool> IsAllowedAsync(string policy, CancellationToken cancellationToken = default);
}

public static class PortalAuthorizationExtensions
{
    /// <summary>Throws <see cref="PortalAccessDeniedException"/> (with a Dutch message) when the current user may not.</summary>
    public static async Task EnsureAllowedAsync(
        this IPortalAuthorization authorization, string policy, CancellationToken cancellationToken = default)
    {
        if (!await authorization.IsAllowedAsync(policy, cancellationToken))
        {
            throw new PortalAccessDeniedException(policy);
        }
    }
}

/// <summary>The current user may not do what was asked; <see cref="Exception.Message"/> says so in Dutch.</summary>
public sealed class PortalAccessDeniedException(string policy) : Exception(DescribeDenial(policy))
{
    public string Policy { get; } = policy;

    private static string DescribeDenial(string policy) => policy switch
    {
        PortalPolicies.Administer => "Geen toegang: alleen een beheerder mag dit doen.",
        PortalPolicies.Edit => "Geen toegang: alleen een redacteur of beheerder mag dit doen.",
        PortalPolicies.Read => "Geen toegang: log in om de inhoud te lezen.",
        _ => "Geen toegang.",
    };
}
