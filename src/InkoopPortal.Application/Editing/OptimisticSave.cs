using System.Globalization;
using InkoopPortal.Application.History;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Editing;

/// <summary>
/// Saves an edit of one content record only if the record is still at the version the editor started from; otherwise
/// nothing is written and the result is a <see cref="SaveResult{TModel}.Conflict"/> with both sides and their common
/// base. Every editor of a <see cref="ContentRecord"/> uses it with its own edit model.
/// </summary>
public static class OptimisticSave
{
    /// <param name="context">The unit of work, with its <see cref="IPortalDbContext.Actor"/> set.</param>
    /// <param name="record">The record, loaded (tracked) from <paramref name="context"/>; null when it was not found.</param>
    /// <param name="baseVersion">The <see cref="ContentRecord.RowVersion"/> the editor loaded.</param>
    /// <param name="mine">The edit, returned as it is in a conflict.</param>
    /// <param name="toModel">The edit model of a record (for theirs and the base).</param>
    /// <param name="apply">Copies the edit onto the record.</param>
    public static async Task<SaveResult<TModel>> SaveAsync<TRecord, TModel>(
        IPortalDbContext context,
        TRecord? record,
        uint baseVersion,
        TModel mine,
        Func<TRecord, TModel> toModel,
        Action<TRecord> apply,
        TimeProvider clock,
        CancellationToken cancellationToken)
        where TRecord : ContentRecord
        where TModel : class
    {
        if (record is null)
        {
            return new SaveResult<TModel>.NotFound();
        }

        if (record.RowVersion != baseVersion)
        {
            return await ConflictAsync(context, record, mine, baseVersion, toModel, cancellationToken);
        }

        apply(record);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            // Saved by someone else between our read and our write: the database refused the stale version.
            var entry = exception.Entries.Single(candidate => ReferenceEquals(candidate.Entity, record));
            var current = await entry.GetDatabaseValuesAsync(cancellationToken);
            if (current?.ToObject() is not TRecord theirs || theirs.DeletedAt is not null)
            {
                return new SaveResult<TModel>.NotFound();
            }

            return await ConflictAsync(context, theirs, mine, baseVersion, toModel, cancellationToken);
        }

        return new SaveResult<TModel>.Saved(record.RowVersion);
    }

    private static async Task<SaveResult<TModel>> ConflictAsync<TRecord, TModel>(
        IPortalDbContext context, TRecord theirs, TModel mine, uint baseVersion, Func<TRecord, TModel> toModel, CancellationToken cancellationToken)
        where TRecord : ContentRecord
        where TModel : class
    {
        var entityType = typeof(TRecord).Name;
        var key = theirs.Id.ToString(CultureInfo.InvariantCulture);
        var history = await context.AuditEntries
            .Where(entry => entry.EntityType == entityType && entry.EntityKey == key)
            .OrderByDescending(entry => entry.Id)
            .ToListAsync(cancellationToken);
        var last = history.FirstOrDefault();
        var baseEntry = history.FirstOrDefault(entry => AuditSnapshot.RowVersionOf(entry.After) == baseVersion);
        var baseModel = baseEntry is null ? null : toModel(AuditSnapshot.Read<TRecord>(baseEntry.After!));
        return new SaveResult<TModel>.Conflict(
            mine, new StoredVersion<TModel>(toModel(theirs), theirs.RowVersion, last?.UserName, last?.At), baseModel);
    }
}
