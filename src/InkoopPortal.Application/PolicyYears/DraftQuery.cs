using InkoopPortal.Application.Documents;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Purchasers;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.PolicyYears;

/// <summary>A draft in the editors' list, with the document it was made from.</summary>
public sealed record DraftSummary(
    int Id,
    string Title,
    PurchaserLink Purchaser,
    IReadOnlyList<string> CareTypeNames,
    int ValidFromYear,
    int ValidToYear,
    int? PredecessorId,
    string? PredecessorTitle,
    int StatementCount,
    int? ImportSourceId = null,
    string? ImportFileName = null);

/// <summary>
/// The editors' side of drafts, which the reader queries never return: every draft, and one draft in full (in the
/// shape of the document page, so an edit page can show it as readers will see it).
/// </summary>
public sealed class DraftQuery(IPortalDbContextFactory contextFactory, DocumentPageQuery documents)
{
    /// <summary>Every draft, the most recent year first, then by purchaser.</summary>
    public async Task<IReadOnlyList<DraftSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        var drafts = await context.PolicyDocuments.AsNoTracking()
            .Where(document => document.Status == DocumentStatus.Draft)
            .Select(document => new DraftSummary(
                document.Id,
                document.Title,
                new PurchaserLink(document.Purchaser!.Slug, document.Purchaser.Name, document.Purchaser.Kind),
                document.CareTypes.OrderBy(careType => careType.SortOrder).Select(careType => careType.Name).ToList(),
                document.ValidFromYear,
                document.ValidToYear,
                document.PredecessorId,
                document.Predecessor == null ? null : document.Predecessor.Title,
                document.Statements.Count,
                document.ImportSourceId,
                document.ImportSource == null ? null : document.ImportSource.FileName))
            .ToListAsync(cancellationToken);
        return drafts
            .OrderByDescending(draft => draft.ValidFromYear)
            .ThenBy(draft => draft.Purchaser.Name, StringComparer.CurrentCulture)
            .ThenBy(draft => draft.Title, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>The draft with this id in full; null when there is none (a published document is read through <see cref="DocumentPageQuery"/>).</summary>
    public Task<DocumentPage?> GetAsync(int id, CancellationToken cancellationToken = default) =>
        documents.GetAsync(id, DocumentStatus.Draft, cancellationToken);
}
