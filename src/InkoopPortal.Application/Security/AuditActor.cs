namespace InkoopPortal.Application.Security;

/// <summary>
/// Who makes a change: recorded with every history entry. Write use cases set it on their unit of work
/// (<see cref="Persistence.IPortalDbContext.Actor"/>) explicitly, so history never depends on ambient state that a
/// Blazor circuit, a background job and the command line would each provide differently.
/// </summary>
public sealed record AuditActor(string? UserId, string DisplayName)
{
    /// <summary>Changes made by the portal itself: first-start seeding, command-line imports, migrations.</summary>
    public static readonly AuditActor System = new(null, "Systeem");
}

/// <summary>The signed-in user of the current request or circuit, as an <see cref="AuditActor"/> (the Web layer implements it).</summary>
public interface ICurrentActor
{
    Task<AuditActor> GetAsync(CancellationToken cancellationToken = default);
}
