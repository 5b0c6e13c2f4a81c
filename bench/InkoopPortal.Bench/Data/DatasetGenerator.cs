using System.Collections.Concurrent;
using System.Diagnostics;
using InkoopPortal.Application.Content;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InkoopPortal.Bench.Data;

public sealed record DatasetSummary(int Purchasers, int CareTypes, int Topics, int Documents, int Statements, int ContentStatements, TimeSpan Elapsed)
{
    /// <summary>The search index's rebuild after the bulk load (part of <see cref="Elapsed"/>).</summary>
    public SearchIndexRebuild? SearchIndex { get; init; }
}

/// <summary>
/// Fills an empty PostgreSQL database: the app's migrations (<c>MigrateAsync</c>), the small tables through EF, then
/// documents and statements planned from a fixed seed, rendered with the app's <see cref="RichTextRenderer"/> and
/// copied in bulk.
/// </summary>
public static class DatasetGenerator
{
    public static async Task<DatasetSummary> GenerateAsync(string connectionString, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var settings = new DatabaseSettings(DatabaseProvider.Postgres, connectionString);
        await using (var context = new PortalDbContext(DbContextOptionsConfigurator.Build(settings)))
        {
            await context.Database.MigrateAsync(cancellationToken);
            if (await context.Purchasers.AnyAsync(cancellationToken))
            {
                throw new InvalidOperationException("The benchmark database is not empty; generate into a new database.");
            }

            await ReferenceRows.SaveAsync(context, cancellationToken);
        }

        var (purchaserIds, careTypeIds, topicIds) = await ReadIdsAsync(settings, cancellationToken);
        var plan = DocumentPlan.Create(purchaserIds, careTypeIds, topicIds);
        Progress.Say($"planned {plan.Documents.Count:N0} documents and {plan.Statements.Count:N0} statements ({stopwatch.Elapsed.TotalSeconds:0.0} s)");

        var html = RenderAll(plan);
        Progress.Say($"rendered {html.Count:N0} distinct bodies with RichTextRenderer ({stopwatch.Elapsed.TotalSeconds:0.0} s)");

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await BulkLoader.LoadAsync(connection, plan, html, cancellationToken);
        }

        await using (var context = new PortalDbContext(DbContextOptionsConfigurator.Build(settings)))
        {
            await ContentVersions.MarkChangedAsync(context, DateTimeOffset.UtcNow, cancellationToken);
            await context.SaveChangesAsync(cancellationToken);
        }

        // The bulk load went around SaveChanges, which keeps the search index in step: fill it as the reindex command would.
        Progress.Say($"loaded; rebuilding the search index ({stopwatch.Elapsed.TotalSeconds:0.0} s)");
        var searchIndex = await SearchIndexRebuild.RunAsync(connectionString, cancellationToken);
        Progress.Say($"search index: {searchIndex.Entries:N0} entries in {searchIndex.Elapsed.TotalSeconds:0.0} s");

        return new DatasetSummary(
            purchaserIds.Count, careTypeIds.Count, topicIds.Count, plan.Documents.Count, plan.Statements.Count,
            plan.Statements.Count(statement => statement.Status == StatementStatus.Content), stopwatch.Elapsed)
        {
            SearchIndex = searchIndex,
        };
    }

    private static async Task<(List<int> Purchasers, List<int> CareTypes, List<int> Topics)> ReadIdsAsync(
        DatabaseSettings settings, CancellationToken cancellationToken)
    {
        await using var context = new PortalDbContext(DbContextOptionsConfigurator.Build(settings));
        var purchasers = await context.Purchasers.OrderBy(p => p.SortOrder).Select(p => p.Id).ToListAsync(cancellationToken);
        var careTypes = await context.CareTypes.OrderBy(c => c.SortOrder).Select(c => c.Id).ToListAsync(cancellationToken);
        var topics = await context.Topics.OrderBy(t => t.SortOrder).Select(t => t.Id).ToListAsync(cancellationToken);
        return (purchasers, careTypes, topics);
    }

    /// <summary>Renders every distinct body once, on all cores (rendering is pure, so the result is deterministic).</summary>
    private static ConcurrentDictionary<string, string> RenderAll(DocumentPlan plan)
    {
        var bodies = plan.Statements.Select(statement => statement.Markdown).Where(markdown => markdown.Length > 0).Distinct().ToList();
        var html = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.ForEach(bodies, markdown => html[markdown] = RichTextRenderer.ToHtml(markdown));
        return html;
    }
}
