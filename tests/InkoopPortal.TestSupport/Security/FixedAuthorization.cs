using InkoopPortal.Application.Security;

namespace InkoopPortal.TestSupport.Security;

/// <summary>The current user as a use case asks after it, fixed for a test: allowed everything, or nothing.</summary>
public sealed class FixedAuthorization(bool allowed) : IPortalAuthorization
{
    /// <summary>A signed-in editor and administrator.</summary>
    public static IPortalAuthorization Allowed { get; } = new FixedAuthorization(true);

    /// <summary>A reader (or someone signed out): every write is refused.</summary>
    public static IPortalAuthorization Denied { get; } = new FixedAuthorization(false);

    public Task<bool> IsAllowedAsync(string policy, CancellationToken cancellationToken = default) => Task.FromResult(allowed);
}
