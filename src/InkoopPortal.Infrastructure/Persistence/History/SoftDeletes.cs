using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using InkoopPortal.Application.History;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain;
using InkoopPortal.Domain.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace InkoopPortal.Infrastructure.Persistence.History;

/// <summary>
/// Turns deletes of content records into marks (<see cref="ContentRecord.DeletedAt"/>) and brings them back.
/// The rules of the foreign keys still hold: what a delete cascades to is marked deleted with it (and restored with it);
/// a record that live records must point at (restrict) is not deleted; a set-null link is kept, so a restore reconnects it.
/// </summary>
internal static class SoftDeletes
{
    private static readonly MethodInfo RecordsWhereMethod =
        typeof(SoftDeletes).GetMethod(nameof(RecordsWhereAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Marks every content record that is Deleted in the change tracker, and what it cascades to, as deleted.</summary>
    public static async Task MarkDeletedAsync(DbContext context, AuditActor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deleting = new List<EntityEntry>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<EntityEntry>(context.ChangeTracker.Entries<ContentRecord>().Where(entry => entry.State == EntityState.Deleted));
        while (queue.TryDequeue(out var entry))
        {
            if (!seen.Add(entry.Entity))
            {
                continue;
            }

            deleting.Add(entry);
            foreach (var foreignKey in ReferencingContent(entry.Metadata).Where(key => key.DeleteBehavior == DeleteBehavior.Cascade))
            {
                foreach (var dependent in await DependentsAsync(context, foreignKey, IdOf(entry), includeDeleted: false, cancellationToken))
                {
                    var dependentEntry = context.Entry(dependent);
                    dependentEntry.State = EntityState.Deleted;
                    queue.Enqueue(dependentEntry);
                }
            }
        }

        await RefuseWhileInUseAsync(context, deleting, seen, cancellationToken);
        foreach (var entry in deleting)
        {
            // A delete carries no edits: the row keeps its last saved values and only gets the mark.
            entry.CurrentValues.SetValues(entry.OriginalValues);
            entry.State = EntityState.Unchanged;
            entry.Property(nameof(ContentRecord.DeletedAt)).CurrentValue = now;
            entry.Property(nameof(ContentRecord.DeletedBy)).CurrentValue = actor.DisplayName;
        }
    }

    /// <summary>See <see cref="Application.Persistence.IPortalDbContext.RestoreDeletedAsync"/>.</summary>
    public static async Task<RestoreResult> RestoreAsync(PortalDbContext context, string entityTypeName, int id, CancellationToken cancellationToken)
    {
        var entityType = context.Model.GetEntityTypes()
            .FirstOrDefault(type => ContentRecordModel.IsContent(type) && type.ShortName() == entityTypeName);
        var record = entityType is null ? null : await FindAsync(context, entityType, id, cancellationToken);
        if (entityType is null || record is null)
        {
            return new RestoreResult(RestoreOutcome.NotFound, $"Er is geen {ContentRecordNames.Singular(entityTypeName)} met nummer {id}.");
        }

        if (record.DeletedAt is null)
        {
            return new RestoreResult(RestoreOutcome.NotDeleted, $"{ContentRecordNames.Named(entityTypeName, id)} is niet verwijderd.");
        }

        var entry = context.Entry(record);
        foreach (var foreignKey in entityType.GetForeignKeys().Where(key => key.IsRequired && ContentRecordModel.IsContent(key.PrincipalEntityType)))
        {
            var principalId = (int)entry.Property(foreignKey.Properties[0].Name).CurrentValue!;
            var principal = await FindAsync(context, foreignKey.PrincipalEntityType, principalId, cancellationToken);
            if (principal?.DeletedAt is not null)
            {
                var parentName = foreignKey.PrincipalEntityType.ShortName();
                return new RestoreResult(RestoreOutcome.ParentDeleted,
                    $"{ContentRecordNames.Named(entityTypeName, id)} hoort bij {ContentRecordNames.Singular(parentName)} {principalId}, " +
                    "die ook is verwijderd: zet die eerst terug.");
            }
        }

        foreach (var index in entityType.GetIndexes().Where(index => index.IsUnique))
        {
            var values = index.Properties.Select(property => (property, entry.Property(property.Name).CurrentValue)).ToList();
            if ((await RecordsWhere(context, entityType.ClrType, values, includeDeleted: false, cancellationToken)).FirstOrDefault() is { } taken)
            {
                return new RestoreResult(RestoreOutcome.Duplicate,
                    $"{ContentRecordNames.Named(entityTypeName, id)} kan niet terug: {ContentRecordNames.Singular(entityTypeName)} {taken.Id} " +
                    $"heeft inmiddels dezelfde {string.Join(" en ", index.Properties.Select(property => DutchName(property.Name)))}. " +
                    "Wijzig of verwijder die eerst.");
            }
        }

        // What the delete cascaded to is exactly what was marked deleted in the same changeset.
        var key = id.ToString(CultureInfo.InvariantCulture);
        var changeset = await context.AuditEntries
            .Where(audit => audit.EntityType == entityTypeName && audit.EntityKey == key && audit.Action == AuditAction.Deleted)
            .OrderByDescending(audit => audit.Id)
            .Select(audit => (Guid?)audit.ChangesetId)
            .FirstOrDefaultAsync(cancellationToken);
        var deletedTogether = changeset is null
            ? []
            : (await context.AuditEntries
                    .Where(audit => audit.ChangesetId == changeset && audit.Action == AuditAction.Deleted)
                    .Select(audit => new { audit.EntityType, audit.EntityKey })
                    .ToListAsync(cancellationToken))
                .Select(audit => (audit.EntityType, audit.EntityKey))
                .ToHashSet();

        var restored = await RestoreWithDependentsAsync(context, entry, deletedTogether, cancellationToken);
        var withParts = restored switch
        {
            1 => "",
            2 => ", met 1 onderdeel dat ermee verwijderd was",
            _ => $", met {restored - 1} onderdelen die ermee verwijderd waren",
        };
        return new RestoreResult(RestoreOutcome.Restored, $"{ContentRecordNames.Named(entityTypeName, id)} is teruggezet{withParts}.", restored);
    }

    private static async Task<int> RestoreWithDependentsAsync(
        DbContext context, EntityEntry entry, HashSet<(string EntityType, string EntityKey)> deletedTogether, CancellationToken cancellationToken)
    {
        entry.Property(nameof(ContentRecord.DeletedAt)).CurrentValue = null;
        entry.Property(nameof(ContentRecord.DeletedBy)).CurrentValue = null;
        var restored = 1;
        foreach (var foreignKey in ReferencingContent(entry.Metadata).Where(key => key.DeleteBehavior == DeleteBehavior.Cascade))
        {
            var dependentType = foreignKey.DeclaringEntityType.ShortName();
            foreach (var dependent in await DependentsAsync(context, foreignKey, IdOf(entry), includeDeleted: true, cancellationToken))
            {
                if (dependent.DeletedAt is not null
                    && deletedTogether.Contains((dependentType, dependent.Id.ToString(CultureInfo.InvariantCulture))))
                {
                    restored += await RestoreWithDependentsAsync(context, context.Entry(dependent), deletedTogether, cancellationToken);
                }
            }
        }

        return restored;
    }

    /// <summary>A restrict (or no-action) foreign key still holds: live records may not point at a deleted one.</summary>
    private static async Task RefuseWhileInUseAsync(
        DbContext context, List<EntityEntry> deleting, HashSet<object> deletingEntities, CancellationToken cancellationToken)
    {
        foreach (var entry in deleting)
        {
            var restricting = ReferencingContent(entry.Metadata)
                .Where(key => key.DeleteBehavior is not (DeleteBehavior.Cascade or DeleteBehavior.SetNull or DeleteBehavior.ClientSetNull));
            foreach (var foreignKey in restricting)
            {
                var live = (await DependentsAsync(context, foreignKey, IdOf(entry), includeDeleted: false, cancellationToken))
                    .Count(dependent => !deletingEntities.Contains(dependent));
                if (live > 0)
                {
                    throw new RecordInUseException(entry.Metadata.ShortName(), IdOf(entry), foreignKey.DeclaringEntityType.ShortName(), live);
                }
            }
        }
    }

    private static IEnumerable<IForeignKey> ReferencingContent(IEntityType entityType) =>
        entityType.GetReferencingForeignKeys().Where(key => ContentRecordModel.IsContent(key.DeclaringEntityType));

    private static int IdOf(EntityEntry entry) => ((ContentRecord)entry.Entity).Id;

    private static async Task<ContentRecord?> FindAsync(DbContext context, IEntityType entityType, int id, CancellationToken cancellationToken) =>
        (await RecordsWhere(context, entityType.ClrType, [(entityType.FindPrimaryKey()!.Properties[0], id)], includeDeleted: true, cancellationToken))
            .SingleOrDefault();

    private static Task<List<ContentRecord>> DependentsAsync(
        DbContext context, IForeignKey foreignKey, int principalId, bool includeDeleted, CancellationToken cancellationToken) =>
        RecordsWhere(context, foreignKey.DeclaringEntityType.ClrType, [(foreignKey.Properties.Single(), principalId)], includeDeleted, cancellationToken);

    private static string DutchName(string propertyName) => propertyName switch
    {
        nameof(ContentRecord.Id) => "nummer",
        "Slug" => "slug",
        "Number" => "nummer",
        "Name" => "naam",
        _ => propertyName,
    };

    private static Task<List<ContentRecord>> RecordsWhere(
        DbContext context, Type recordType, IReadOnlyList<(IProperty Property, object? Value)> values, bool includeDeleted, CancellationToken cancellationToken) =>
        (Task<List<ContentRecord>>)RecordsWhereMethod.MakeGenericMethod(recordType)
            .Invoke(null, [context, values, includeDeleted, cancellationToken])!;

    /// <summary>Tracked records of one type whose properties have the given values.</summary>
    private static async Task<List<ContentRecord>> RecordsWhereAsync<TRecord>(
        DbContext context, IReadOnlyList<(IProperty Property, object? Value)> values, bool includeDeleted, CancellationToken cancellationToken)
        where TRecord : ContentRecord
    {
        var record = Expression.Parameter(typeof(TRecord), "record");
        var matches = values
            .Select(value => (Expression)Expression.Equal(
                Expression.Call(typeof(EF), nameof(EF.Property), [value.Property.ClrType], record, Expression.Constant(value.Property.Name)),
                Expression.Constant(value.Value, value.Property.ClrType)))
            .Aggregate(Expression.AndAlso);
        IQueryable<TRecord> records = context.Set<TRecord>();
        if (includeDeleted)
        {
            records = records.IgnoreQueryFilters([QueryFilters.SoftDelete]);
        }

        return [.. await records.Where(Expression.Lambda<Func<TRecord, bool>>(matches, record)).ToListAsync(cancellationToken)];
    }
}
