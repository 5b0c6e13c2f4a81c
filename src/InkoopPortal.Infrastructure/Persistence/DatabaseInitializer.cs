using InkoopPortal.Application.Import;
using InkoopPortal.Application.Search;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Infrastructure.Persistence.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InkoopPortal.Infrastructure.Persistence;

/// <summary>
/// Brings the database up to date at start-up: applies the provider's migrations (EF Core takes a database lock,
/// so several app instances starting together are safe) and, on a database that has no content yet, runs the
/// <see cref="FirstStartSeeder"/>: reference data, and the shipped sources when <c>importShippedSources</c> is set.
/// A database with published documents but an empty search index (one from before the index) gets it built.
/// </summary>
public static class DatabaseInitializer
{
    public static async Task InitializePortalDatabaseAsync(
        this IServiceProvider services, bool importShippedSources = true, CancellationToken cancellationToken = default)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        var factory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using (var context = await factory.CreateDbContextAsync(cancellationToken))
        {
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, pending);
            }

            await context.Database.MigrateAsync(cancellationToken);
        }

        await services.GetRequiredService<FirstStartSeeder>().SeedIfEmptyAsync(importShippedSources, cancellationToken);

        // A database from before the search index (or loaded around the application) gets its index once.
        await using (var context = await factory.CreateDbContextAsync(cancellationToken))
        {
            if (!await context.Set<SearchEntryRow>().AnyAsync(cancellationToken)
                && await context.PolicyDocuments.AnyAsync(document => document.Status == DocumentStatus.Published, cancellationToken))
            {
                var count = await services.GetRequiredService<SearchIndex>().RebuildAsync(cancellationToken);
                logger.LogInformation("Built the search index: {Count} entries", count);
            }
        }
    }
}
