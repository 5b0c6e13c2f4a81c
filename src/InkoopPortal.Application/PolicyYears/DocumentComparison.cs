using InkoopPortal.Application.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.PolicyYears;

/// <summary>Compares any two documents topic by topic: a draft and its predecessor, or two published documents a reader picked.</summary>
internal static class DocumentComparison
{
    /// <param name="topicsWithChangeEntry">Topics the later document already has a change entry for.</param>
    public static async Task<IReadOnlyList<TopicDiff>> CompareAsync(
        IPortalDbContext context, int beforeId, int afterId, IReadOnlySet<int> topicsWithChangeEntry, CancellationToken cancellationToken) =>
        PolicyYearComparison.Compare(
            await StatementsAsync(context, beforeId, cancellationToken),
            await StatementsAsync(context, afterId, cancellationToken),
            topicsWithChangeEntry);

    /// <summary>Every live statement of one document (any status), with its topic's place in the matrix.</summary>
    private static async Task<List<ComparedStatement>> StatementsAsync(IPortalDbContext context, int documentId, CancellationToken cancellationToken) =>
        await context.Statements.AsNoTracking()
            .Where(statement => statement.PolicyDocumentId == documentId)
            .Select(statement => new ComparedStatement(
                statement.TopicId,
                statement.Topic!.Slug,
                statement.Topic.Name,
                statement.Topic.Group == null ? int.MaxValue : statement.Topic.Group.SortOrder,
                statement.Topic.SortOrder,
                statement.CareTypeId,
                statement.CareType == null ? null : statement.CareType.Name,
                statement.Status,
                statement.BodyMarkdown,
                statement.BodyHtml))
            .ToListAsync(cancellationToken);
}
