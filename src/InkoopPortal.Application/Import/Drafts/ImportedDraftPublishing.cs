using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Import.Drafts;

/// <summary>
/// Publishes a draft that an import made, in the caller's context and SaveChanges. A draft that revises a published
/// document writes its statements into that document, which keeps its address and history, and is then deleted; any
/// other draft simply becomes published. Imports follow their own rule for a purchaser's documents in a year (several
/// may exist; the newest answers first), not the one-document rule of "Nieuw beleidsjaar".
/// </summary>
internal static class ImportedDraftPublishing
{
    /// <returns>A Dutch line saying what was published, or a refusal when the revised document is gone.</returns>
    public static async Task<(bool Published, string Message)> PublishAsync(
        IPortalDbContext context, PolicyDocument draft, CancellationToken cancellationToken)
    {
        if (draft.RevisesDocumentId is not { } targetId)
        {
            draft.Status = DocumentStatus.Published;
            return (true, $"'{draft.Title}' is gepubliceerd.");
        }

        var target = await context.PolicyDocuments
            .Include(document => document.Statements)
            .SingleOrDefaultAsync(document => document.Id == targetId && document.Status == DocumentStatus.Published, cancellationToken);
        if (target is null)
        {
            return (false, $"'{draft.Title}' werkt document {targetId} bij, maar dat is niet meer gepubliceerd. Importeer de tabel opnieuw.");
        }

        var statements = await context.Statements.AsNoTracking()
            .Where(statement => statement.PolicyDocumentId == draft.Id)
            .OrderBy(statement => statement.Id)
            .ToListAsync(cancellationToken);
        var written = DocumentRevision.Apply(target, statements.Select(statement => statement.CopyContent()));
        target.SourceUrl ??= draft.SourceUrl;

        // The draft has done its work; deleting it (a soft delete, with its statements) keeps it in the history.
        context.PolicyDocuments.Remove(draft);
        return (true, $"{written} uitspraken bijgewerkt in '{target.Title}'.");
    }
}
