using InkoopPortal.Application.Security;

namespace InkoopPortal.TestSupport.Security;

/// <summary>The current user as a use case records it, fixed for a test.</summary>
public sealed class FixedActor(AuditActor actor) : ICurrentActor
{
    public static FixedActor Editor { get; } = new(new AuditActor("redacteur-1", "Rianne Redacteur"));

    public AuditActor Actor => actor;

    public Task<AuditActor> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(actor);
}
