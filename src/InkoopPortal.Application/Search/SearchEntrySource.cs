using System.Runtime.CompilerServices;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Search;

/// <summary>
/// Makes the index rows of published documents from the content: statements with content, changes, conditions and
/// deadlines that are not deleted. Read in batches by id, so a rebuild of 100,000 statements never holds them all
/// and never has a reader open while the batch is written (Npgsql allows one command at a time per connection).
/// </summary>
public static class SearchEntrySource
{
    public const int BatchSize = 5_000;

    private sealed record DocumentScope(int Id, int PurchaserId, int ValidFromYear, int ValidToYear, List<int> CareTypeIds)
    {
        public string CareTypeKey(int? narrowedTo) =>
            SearchEntry.CareTypeKey(narrowedTo is { } careTypeId ? [careTypeId] : CareTypeIds);
    }

    /// <summary>The entries of these documents (null: of every document), in batches.</summary>
    public static async IAsyncEnumerable<List<SearchEntry>> LoadAsync(
        IPortalDbContext context, IReadOnlyCollection<int>? documentIds, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var documentQuery = context.PolicyDocuments.AsNoTracking().Where(document => document.Status == DocumentStatus.Published);
        if (documentIds is not null)
        {
            documentQuery = documentQuery.Where(document => documentIds.Contains(document.Id));
        }

        var documents = (await documentQuery
                .Select(document => new
                {
                    document.Id,
                    document.PurchaserId,
                    document.ValidFromYear,
                    document.ValidToYear,
                    CareTypeIds = document.CareTypes.Select(careType => careType.Id).ToList(),
                })
                .ToListAsync(cancellationToken))
            .ToDictionary(document => document.Id, document => new DocumentScope(
                document.Id, document.PurchaserId, document.ValidFromYear, document.ValidToYear, document.CareTypeIds));
        if (documents.Count == 0)
        {
            yield break;
        }

        // A handful of documents are named; for all of them, the parts of drafts are skipped while reading.
        var ids = documentIds is null ? null : documents.Keys.ToList();

        await foreach (var batch in BatchesAsync(
            after => Scoped(context.Statements.AsNoTracking(), ids)
                .Where(statement => statement.Status == StatementStatus.Content && statement.Id > after)
                .OrderBy(statement => statement.Id)
                .Take(BatchSize)
                .Select(statement => new { statement.Id, statement.PolicyDocumentId, statement.TopicId, statement.CareTypeId, statement.BodyHtml }),
            statement => statement.Id,
            statement => Entry(documents, statement.PolicyDocumentId, SearchKind.Statement, statement.Id, statement.TopicId,
                statement.CareTypeId, null, SearchText.FromHtml(statement.BodyHtml)),
            cancellationToken))
        {
            yield return batch;
        }

        await foreach (var batch in BatchesAsync(
            after => Scoped(context.PolicyChanges.AsNoTracking(), ids)
                .Where(change => change.Id > after)
                .OrderBy(change => change.Id)
                .Take(BatchSize)
                .Select(change => new { change.Id, change.PolicyDocumentId, change.TopicId, change.Subject, change.SectionReference, change.BodyHtml }),
            change => change.Id,
            change => Entry(documents, change.PolicyDocumentId, SearchKind.Change, change.Id, change.TopicId, null,
                SearchText.Join(change.Subject, change.SectionReference), SearchText.FromHtml(change.BodyHtml)),
            cancellationToken))
        {
            yield return batch;
        }

        await foreach (var batch in BatchesAsync(
            after => Scoped(context.ContractConditions.AsNoTracking(), ids)
                .Where(condition => condition.Id > after)
                .OrderBy(condition => condition.Id)
                .Take(BatchSize)
                .Select(condition => new { condition.Id, condition.PolicyDocumentId, condition.CareTypeId, condition.Category, condition.ProviderType, condition.Text }),
            condition => condition.Id,
            condition => Entry(documents, condition.PolicyDocumentId, SearchKind.Condition, condition.Id, null, condition.CareTypeId,
                SearchText.Join(condition.Category, condition.ProviderType), SearchText.Plain(condition.Text)),
            cancellationToken))
        {
            yield return batch;
        }

        await foreach (var batch in BatchesAsync(
            after => Scoped(context.Deadlines.AsNoTracking(), ids)
                .Where(deadline => deadline.Id > after)
                .OrderBy(deadline => deadline.Id)
                .Take(BatchSize)
                .Select(deadline => new { deadline.Id, deadline.PolicyDocumentId, deadline.DateText, deadline.Description, deadline.Responsible }),
            deadline => deadline.Id,
            deadline => Entry(documents, deadline.PolicyDocumentId, SearchKind.Deadline, deadline.Id, null, null,
                SearchText.Plain(deadline.DateText), SearchText.Join(deadline.Description, deadline.Responsible)),
            cancellationToken))
        {
            yield return batch;
        }
    }

    private static IQueryable<TPart> Scoped<TPart>(IQueryable<TPart> parts, List<int>? documentIds)
        where TPart : class
    {
        if (documentIds is null)
        {
            return parts;
        }

        return parts.Where(part => documentIds.Contains(EF.Property<int>(part, "PolicyDocumentId")));
    }

    private static SearchEntry? Entry(
        Dictionary<int, DocumentScope> documents, int documentId, SearchKind kind, int recordId, int? topicId, int? careTypeId,
        string? label, string text)
    {
        if (text.Length == 0 || !documents.TryGetValue(documentId, out var document))
        {
            return null;
        }

        return new SearchEntry
        {
            Kind = kind,
            RecordId = recordId,
            PolicyDocumentId = documentId,
            PurchaserId = document.PurchaserId,
            TopicId = topicId,
            CareTypeIds = document.CareTypeKey(careTypeId),
            ValidFromYear = document.ValidFromYear,
            ValidToYear = document.ValidToYear,
            Label = string.IsNullOrEmpty(label) ? null : label,
            Text = text,
        };
    }

    /// <summary>Reads rows page by page (each page is the rows after the last id of the previous one) and turns them into entries.</summary>
    private static async IAsyncEnumerable<List<SearchEntry>> BatchesAsync<TRow>(
        Func<int, IQueryable<TRow>> pageAfter,
        Func<TRow, int> idOf,
        Func<TRow, SearchEntry?> toEntry,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lastId = 0;
        while (true)
        {
            var page = await pageAfter(lastId).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                yield break;
            }

            lastId = idOf(page[^1]);
            var entries = page.Select(toEntry).OfType<SearchEntry>().ToList();
            if (entries.Count > 0)
            {
                yield return entries;
            }

            if (page.Count < BatchSize)
            {
                yield break;
            }
        }
    }
}
