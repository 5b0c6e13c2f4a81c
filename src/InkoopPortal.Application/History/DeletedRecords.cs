using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;

namespace InkoopPortal.Application.History;

/// <summary>Brings back a deleted content record of any kind, with what was deleted together with it.</summary>
public sealed class DeletedRecords(IPortalDbContextFactory contextFactory)
{
    /// <param name="entityType">The kind as the history names it (<see cref="Domain.History.AuditEntry.EntityType"/>), e.g. <c>Statement</c>.</param>
    public async Task<RestoreResult> RestoreAsync(string entityType, int id, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        context.Actor = actor;
        var result = await context.RestoreDeletedAsync(entityType, id, cancellationToken);
        if (result.Succeeded)
        {
            await context.SaveChangesAsync(cancellationToken);
        }

        return result;
    }
}
