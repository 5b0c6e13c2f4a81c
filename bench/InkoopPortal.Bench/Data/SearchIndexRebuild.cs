using System.Diagnostics;
using InkoopPortal.Application;
using InkoopPortal.Application.Search;
using InkoopPortal.Bench.Hosting;
using InkoopPortal.Infrastructure;
using InkoopPortal.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Bench.Data;

/// <summary>How long the search core's <see cref="SearchIndex.RebuildAsync"/> took over the whole dataset.</summary>
public sealed record SearchIndexRebuild(int Entries, TimeSpan Elapsed)
{
    /// <summary>Rebuilds the index with the portal's own registrations (the same SearchIndex the reindex command uses).</summary>
    public static async Task<SearchIndexRebuild> RunAsync(string connectionString, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddPortalInfrastructure(new DatabaseSettings(DatabaseProvider.Postgres, connectionString))
            .AddPortalApplication(Path.Combine(RepositoryPaths.Root, "data"));
        await using var provider = services.BuildServiceProvider();
        return await RunAsync(provider.GetRequiredService<SearchIndex>(), cancellationToken);
    }

    public static async Task<SearchIndexRebuild> RunAsync(SearchIndex index, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var entries = await index.RebuildAsync(cancellationToken);
        return new SearchIndexRebuild(entries, stopwatch.Elapsed);
    }
}
