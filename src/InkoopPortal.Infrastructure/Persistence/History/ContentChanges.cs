using System.Globalization;
using InkoopPortal.Application.History;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain;
using InkoopPortal.Domain.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace InkoopPortal.Infrastructure.Persistence.History;

/// <summary>
/// The content changes of one SaveChanges. Before the save it turns deletes into soft deletes and (on SQLite) counts
/// row versions up, and notes what each change was and the values before it; after the save, when generated keys and
/// versions are known, it makes the <see cref="AuditEntry"/> rows.
/// </summary>
internal sealed class ContentChanges
{
    private readonly List<Change> _changes;
    private readonly AuditActor _actor;
    private readonly DateTimeOffset _now;

    private ContentChanges(List<Change> changes, AuditActor actor, DateTimeOffset now)
    {
        _changes = changes;
        _actor = actor;
        _now = now;
    }

    public bool IsEmpty => _changes.Count == 0;

    /// <summary>True when the save changes content (not only accounts): every cache of content is then out of date.</summary>
    public bool TouchesContent => _changes.Any(change => !ContentRecordModel.IsAccount(change.Entry.Metadata));

    public static async Task<ContentChanges> PrepareAsync(
        DbContext context, AuditActor actor, DateTimeOffset now, bool countRowVersions, CancellationToken cancellationToken)
    {
        context.ChangeTracker.DetectChanges();
        await SoftDeletes.MarkDeletedAsync(context, actor, now, cancellationToken);
        if (countRowVersions)
        {
            CountRowVersions(context);
        }

        var changes = context.ChangeTracker.Entries()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && ContentRecordModel.IsAudited(entry.Metadata))
            .Select(entry => new Change(
                entry,
                ActionOf(entry),
                entry.State == EntityState.Added ? null : Snapshot(entry, entry.OriginalValues),
                // A removed link is gone after the save: its key is taken now. Other keys may still be generated.
                entry.State == EntityState.Deleted ? KeyOf(entry) : null))
            .ToList();
        return new ContentChanges(changes, actor, now);
    }

    /// <summary>The history rows, once the save has run (before its transaction commits).</summary>
    public List<AuditEntry> ToAuditEntries()
    {
        var changesetId = Guid.CreateVersion7(_now);
        return _changes.Select(change => new AuditEntry
            {
                ChangesetId = changesetId,
                At = _now,
                UserId = _actor.UserId,
                UserName = _actor.DisplayName,
                EntityType = change.Entry.Metadata.ShortName(),
                EntityKey = change.DeletedKey ?? KeyOf(change.Entry),
                Action = change.Action,
                Before = change.Before,
                After = change.DeletedKey is null ? Snapshot(change.Entry, change.Entry.CurrentValues) : null,
            })
            // An account update that touched only secrets (a new security stamp) has nothing to show.
            .Where(entry => entry.Action != AuditAction.Updated || entry.Before != entry.After)
            .ToList();
    }

    private static AuditAction ActionOf(EntityEntry entry)
    {
        if (entry.State == EntityState.Added)
        {
            return AuditAction.Created;
        }

        if (entry.State == EntityState.Deleted)
        {
            return AuditAction.Deleted;
        }

        if (entry.Entity is not ContentRecord)
        {
            return AuditAction.Updated;
        }

        var deletedAt = entry.Property(nameof(ContentRecord.DeletedAt));
        return (deletedAt.OriginalValue, deletedAt.CurrentValue) switch
        {
            (null, not null) => AuditAction.Deleted,
            (not null, null) => AuditAction.Restored,
            _ => AuditAction.Updated,
        };
    }

    /// <summary>SQLite has no xmin: each insert starts at 1 and each update adds one (checked against the loaded value).</summary>
    private static void CountRowVersions(DbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries<ContentRecord>())
        {
            var version = entry.Property(record => record.RowVersion);
            if (entry.State == EntityState.Added)
            {
                version.CurrentValue = 1;
            }
            else if (entry.State == EntityState.Modified)
            {
                version.CurrentValue = version.OriginalValue + 1;
            }
        }
    }

    /// <summary>Identity's secrets never go into the history.</summary>
    private static readonly HashSet<string> SecretProperties = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"];

    private static string Snapshot(EntityEntry entry, PropertyValues values) =>
        AuditSnapshot.Write(entry.Metadata.GetProperties()
            .Where(property => !SecretProperties.Contains(property.Name))
            .Select(property => KeyValuePair.Create(property.Name, values[property])));

    private static string KeyOf(EntityEntry entry) =>
        string.Join(',', entry.Metadata.FindPrimaryKey()!.Properties
            .Select(property => Convert.ToString(entry.Property(property.Name).CurrentValue, CultureInfo.InvariantCulture)));

    private sealed record Change(EntityEntry Entry, AuditAction Action, string? Before, string? DeletedKey);
}
