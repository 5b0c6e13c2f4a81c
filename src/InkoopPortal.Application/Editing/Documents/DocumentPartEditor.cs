using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Editing.Documents;

/// <summary>
/// Lists, adds, saves and deletes the records a document holds, for any <see cref="DocumentPartKind{TRecord, TModel}"/>
/// (<see cref="DocumentParts"/>). Every write checks the editor's rights itself, validates first (an invalid edit
/// writes nothing), is recorded for the actor and marks the content changed; a save or delete based on an older
/// version is a conflict (<see cref="OptimisticSave"/>). Deletes are soft: the recycle bin brings them back.
/// </summary>
public sealed class DocumentPartEditor(IPortalDbContextFactory contextFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<TModel>> ListAsync<TRecord, TModel>(
        DocumentPartKind<TRecord, TModel> kind, int documentId, CancellationToken cancellationToken = default)
        where TRecord : ContentRecord
        where TModel : class, IDocumentPartModel
    {
        await using var context = contextFactory.CreateDbContext();
        var records = await kind.Query(context).AsNoTracking()
            .Where(kind.InDocument(documentId))
            .OrderBy(kind.SortOrder).ThenBy(record => record.Id)
            .ToListAsync(cancellationToken);
        return records.Select(kind.ToModel).ToList();
    }

    /// <summary>Adds the edit as a new record when its id is 0, or saves it onto the record of the document it names.</summary>
    public async Task<SaveResult<TModel>> SaveAsync<TRecord, TModel>(
        DocumentPartKind<TRecord, TModel> kind,
        int documentId,
        TModel edit,
        IPortalAuthorization authorization,
        AuditActor actor,
        CancellationToken cancellationToken = default)
        where TRecord : ContentRecord
        where TModel : class, IDocumentPartModel
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Edit, cancellationToken);
        var messages = kind.Validate(edit);
        if (messages.Count > 0)
        {
            return new SaveResult<TModel>.Invalid(messages);
        }

        await using var context = contextFactory.CreateDbContext();
        context.Actor = actor;
        if (edit.Id == 0)
        {
            return await AddAsync(context, kind, documentId, edit, cancellationToken);
        }

        var record = await FindAsync(context, kind, documentId, edit.Id, cancellationToken);
        return await OptimisticSave.SaveAsync(
            context, record, edit.Version, edit, kind.ToModel, stored => kind.Apply(context, stored, edit), clock, cancellationToken);
    }

    /// <summary>Deletes the record (soft) if it is still at the version the editor saw; a conflict otherwise.</summary>
    public async Task<SaveResult<TModel>> DeleteAsync<TRecord, TModel>(
        DocumentPartKind<TRecord, TModel> kind,
        int documentId,
        TModel loaded,
        IPortalAuthorization authorization,
        AuditActor actor,
        CancellationToken cancellationToken = default)
        where TRecord : ContentRecord
        where TModel : class, IDocumentPartModel
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Edit, cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        context.Actor = actor;
        var record = await FindAsync(context, kind, documentId, loaded.Id, cancellationToken);
        return await OptimisticSave.SaveAsync(
            context, record, loaded.Version, loaded, kind.ToModel, stored => kind.Set(context).Remove(stored), clock, cancellationToken);
    }

    private async Task<SaveResult<TModel>> AddAsync<TRecord, TModel>(
        IPortalDbContext context, DocumentPartKind<TRecord, TModel> kind, int documentId, TModel edit, CancellationToken cancellationToken)
        where TRecord : ContentRecord
        where TModel : class, IDocumentPartModel
    {
        if (!await context.PolicyDocuments.AnyAsync(document => document.Id == documentId, cancellationToken))
        {
            return new SaveResult<TModel>.NotFound();
        }

        var last = await kind.Set(context).IgnoreQueryFilters()
            .Where(kind.InDocument(documentId))
            .OrderByDescending(kind.SortOrder)
            .Select(kind.SortOrder)
            .FirstOrDefaultAsync(cancellationToken);
        var record = kind.Create(documentId, last + 1);
        kind.Apply(context, record, edit);
        kind.Set(context).Add(record);
        await context.SaveChangesAsync(cancellationToken);
        return new SaveResult<TModel>.Saved(record.RowVersion);
    }

    private static Task<TRecord?> FindAsync<TRecord, TModel>(
        IPortalDbContext context, DocumentPartKind<TRecord, TModel> kind, int documentId, int id, CancellationToken cancellationToken)
        where TRecord : ContentRecord
        where TModel : class, IDocumentPartModel =>
        kind.Query(context).Where(kind.InDocument(documentId)).SingleOrDefaultAsync(record => record.Id == id, cancellationToken);
}
