using InkoopPortal.Application.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Search;

/// <summary>
/// Keeps the search index (<see cref="SearchEntry"/>) in step with the content. Every SaveChanges that touches a
/// document or its statements, changes, conditions or deadlines rewrites that document's entries in the same
/// transaction (the context calls <see cref="RefreshAsync"/>); <see cref="RebuildAsync"/> rewrites all of them, for
/// data loaded around the application (the benchmark's bulk load) and the <c>reindex</c> command.
/// </summary>
public sealed class SearchIndex(IPortalDbContextFactory contextFactory, ISearchStore store)
{
    /// <summary>Rewrites every entry in one transaction and returns how many there are.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        return await context.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await context.Database.BeginTransactionAsync(token);
            var count = await RefreshAsync(context, store, documentIds: null, token);
            await transaction.CommitAsync(token);
            return count;
        }, cancellationToken);
    }

    /// <summary>Rewrites the entries of these documents (null: all) on the context's connection and transaction; returns how many were written.</summary>
    public static async Task<int> RefreshAsync(
        IPortalDbContext context, ISearchStore store, IReadOnlyCollection<int>? documentIds, CancellationToken cancellationToken)
    {
        if (documentIds is { Count: 0 })
        {
            return 0;
        }

        if (documentIds is null)
        {
            await store.BeginRebuildAsync(context, cancellationToken);
        }

        await store.DeleteAsync(context, documentIds, cancellationToken);
        var count = 0;
        var words = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var batch in SearchEntrySource.LoadAsync(context, documentIds, cancellationToken))
        {
            await store.InsertAsync(context, batch, cancellationToken);
            count += batch.Count;
            words.UnionWith(batch.SelectMany(entry => SearchSuggestions.WordsOf(entry.Indexed)));
        }

        // Once, in order: two saves adding the same new words take their locks in the same order (no deadlock).
        await store.AddWordsAsync(context, words, cancellationToken);

        if (documentIds is null)
        {
            await store.EndRebuildAsync(context, cancellationToken);
        }

        return count;
    }
}
