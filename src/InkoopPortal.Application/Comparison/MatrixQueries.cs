using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Comparison;

/// <summary>The reads the matrix, the cell detail and the timeline share: documents of purchasers for a care type, and their statements.</summary>
internal static class MatrixQueries
{
    /// <summary>
    /// Published documents of <paramref name="purchaserIds"/> for the care type that are valid somewhere in
    /// <paramref name="fromYear"/>..<paramref name="toYear"/> (either bound may be open).
    /// </summary>
    public static Task<List<InputDocument>> DocumentsAsync(
        IPortalDbContext context,
        int careTypeId,
        IReadOnlyCollection<int> purchaserIds,
        int? fromYear,
        int? toYear,
        CancellationToken cancellationToken) =>
        context.PolicyDocuments.AsNoTracking()
            .Where(document => document.Status == DocumentStatus.Published
                && purchaserIds.Contains(document.PurchaserId)
                && (toYear == null || document.ValidFromYear <= toYear)
                && (fromYear == null || document.ValidToYear >= fromYear)
                && document.CareTypes.Any(careType => careType.Id == careTypeId))
            .Select(document => new InputDocument(
                document.Id, document.PurchaserId, document.Title, document.ValidFromYear, document.ValidToYear, document.SourceUrl))
            .ToListAsync(cancellationToken);

    /// <summary>The statements of those documents on the topics that apply to the care type (for all its care types, or narrowed to it).</summary>
    public static IQueryable<Statement> StatementsOf(
        IPortalDbContext context, int careTypeId, IReadOnlyCollection<InputDocument> documents, IReadOnlyCollection<int> topicIds)
    {
        var documentIds = documents.Select(document => document.Id).ToList();
        return context.Statements.AsNoTracking()
            .Where(statement => documentIds.Contains(statement.PolicyDocumentId) && topicIds.Contains(statement.TopicId)
                && (statement.CareTypeId == null || statement.CareTypeId == careTypeId));
    }

    public static Task<List<InputStatement>> StatementInputsAsync(
        IPortalDbContext context,
        int careTypeId,
        IReadOnlyCollection<InputDocument> documents,
        IReadOnlyCollection<int> topicIds,
        CancellationToken cancellationToken) =>
        StatementsOf(context, careTypeId, documents, topicIds)
            .Select(statement => new InputStatement(
                statement.Id, statement.PolicyDocumentId, statement.TopicId, statement.CareTypeId, statement.Status,
                statement.BodyHtml, statement.SourceLocation, statement.SourceWording))
            .ToListAsync(cancellationToken);
}
