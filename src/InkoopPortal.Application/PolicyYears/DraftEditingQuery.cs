using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.PolicyYears;

/// <summary>A care type of a document, with the slug the matrix address uses (<c>/vergelijk?zorgsoort=...</c>).</summary>
public sealed record DocumentCareType(string Slug, string Name);

/// <summary>
/// What the draft page shows around the diff: the document, its care types (for the links to the matrix), and which
/// statement of the document speaks to which topic (for the "Bewerken" links and the inline editor).
/// </summary>
public sealed record DraftOutline(
    int Id,
    string Title,
    string PurchaserName,
    int ValidFromYear,
    int ValidToYear,
    DocumentStatus Status,
    IReadOnlyList<DocumentCareType> CareTypes,
    IReadOnlyList<DraftStatementRef> Statements)
{
    /// <summary>The statement of this document on the topic (and care type) of a diff row; null for a removed topic.</summary>
    public int? StatementIdFor(TopicDiff topic) =>
        Statements.FirstOrDefault(statement => statement.TopicId == topic.TopicId && statement.CareTypeName == topic.CareTypeName)?.StatementId;
}

public sealed record DraftStatementRef(int StatementId, int TopicId, string? CareTypeName);

/// <summary>Reads the outline of a document for the editors' draft page (drafts and published documents alike).</summary>
public sealed class DraftEditingQuery(IPortalDbContextFactory contextFactory)
{
    /// <summary>The document with this id, whatever its status; null when there is none.</summary>
    public async Task<DraftOutline?> GetAsync(int documentId, CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        return await context.PolicyDocuments.AsNoTracking()
            .AsSplitQuery()
            .Where(document => document.Id == documentId)
            .Select(document => new DraftOutline(
                document.Id,
                document.Title,
                document.Purchaser!.Name,
                document.ValidFromYear,
                document.ValidToYear,
                document.Status,
                document.CareTypes.OrderBy(careType => careType.SortOrder)
                    .Select(careType => new DocumentCareType(careType.Slug, careType.Name)).ToList(),
                document.Statements.OrderBy(statement => statement.SortOrder)
                    .Select(statement => new DraftStatementRef(
                        statement.Id, statement.TopicId, statement.CareType != null ? statement.CareType.Name : null))
                    .ToList()))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
