using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Editing;

/// <summary>A document in the editors' start list; drafts included (readers never see those).</summary>
public sealed record EditorDocument(
    int Id,
    string Title,
    string PurchaserName,
    IReadOnlyList<string> CareTypeNames,
    int ValidFromYear,
    int ValidToYear,
    bool IsDraft,
    int StatementCount);

/// <summary>Every (not deleted) document for the editors' start page: newest year first, then purchaser and care type.</summary>
public sealed class EditorDocumentList(IPortalDbContextFactory contextFactory)
{
    public async Task<IReadOnlyList<EditorDocument>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        var documents = await context.PolicyDocuments.AsNoTracking()
            .Select(document => new EditorDocument(
                document.Id,
                document.Title,
                document.Purchaser!.Name,
                document.CareTypes.OrderBy(careType => careType.SortOrder).Select(careType => careType.Name).ToList(),
                document.ValidFromYear,
                document.ValidToYear,
                document.Status == DocumentStatus.Draft,
                document.Statements.Count))
            .ToListAsync(cancellationToken);
        return documents
            .OrderByDescending(document => document.ValidFromYear)
            .ThenBy(document => document.PurchaserName, StringComparer.CurrentCulture)
            .ThenBy(document => document.CareTypeNames.FirstOrDefault() ?? "", StringComparer.CurrentCulture)
            .ThenBy(document => document.Title, StringComparer.CurrentCulture)
            .ToList();
    }
}
