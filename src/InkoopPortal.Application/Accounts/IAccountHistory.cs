using InkoopPortal.Application.Security;

namespace InkoopPortal.Application.Accounts;

/// <summary>
/// Names who the account changes of this scope are recorded for in the history (ADR-008): Identity's stores save
/// through the scoped context, which user-management code cannot reach otherwise. Without a call, changes are
/// recorded for <see cref="AuditActor.System"/> (the first administrator, sign-in counters, lock-outs).
/// </summary>
public interface IAccountHistory
{
    void RecordAs(AuditActor actor);
}
