using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Security;
using InkoopPortal.Infrastructure.Persistence;

namespace InkoopPortal.Infrastructure.Accounts;

/// <summary>Sets the actor on the scoped context that Identity's stores save through.</summary>
internal sealed class AccountHistory(PortalDbContext context) : IAccountHistory
{
    public void RecordAs(AuditActor actor) => context.Actor = actor;
}
