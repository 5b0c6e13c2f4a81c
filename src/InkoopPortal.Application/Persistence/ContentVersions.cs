using InkoopPortal.Domain;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Persistence;

/// <summary>Reads and moves the content version that caches are checked against (see <see cref="ContentVersion"/>).</summary>
public static class ContentVersions
{
    /// <summary>Marks the content as changed; saved by the caller's SaveChanges, in the same transaction as the change.</summary>
    public static async Task MarkChangedAsync(IPortalDbContext context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var version = await context.ContentVersions.SingleAsync(v => v.Id == ContentVersion.SingletonId, cancellationToken);
        version.Token = Guid.NewGuid();
        version.ChangedAt = now;
    }

    public static Task<Guid> CurrentAsync(IPortalDbContext context, CancellationToken cancellationToken) =>
        context.ContentVersions.AsNoTracking()
            .Where(v => v.Id == ContentVersion.SingletonId)
            .Select(v => v.Token)
            .SingleAsync(cancellationToken);
}
