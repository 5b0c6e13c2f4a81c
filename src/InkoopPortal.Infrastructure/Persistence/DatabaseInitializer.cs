using InkoopPortal.Application.Import;
using InkoopPortal.Application.Search;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Infrastructure.Persistence.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace InkoopPortal.Infrastructure.Persistence;

/// <summary>
/// Brings the database up to date at start-up: applies the provider's migrations and, on a database that has no
/// content yet, runs the <see cref="FirstStartSeeder"/>: reference data, and the shipped sources when
/// <c>importShippedSources</c> is set. A database with published documents but an empty search index (one from before
/// the index) gets it built. All of it, and <c>thenUnderLock</c> (the first administrator), runs under one
/// <see cref="StartupLock"/>, so several instances starting together on an empty database are safe (ADR-023): the
/// first does the work, the others wait and then find it done.
/// </summary>
public static class DatabaseInitializer
{
    public static async Task InitializePortalDatabaseAsync(
        this IServiceProvider services,
        bool importShippedSources = true,
        CancellationToken cancellationToken = default,
        Func<CancellationToken, Task>? thenUnderLock = null)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        var factory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        var settings = services.GetRequiredService<DatabaseSettings>();
        await EnsureDatabaseExistsAsync(factory, settings, cancellationToken);
        await using var startupLock = await StartupLock.AcquireAsync(settings, logger, cancellationToken);
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

        // A database from before the search index (or loaded around the application) gets its index once, and an
        // index built by another version of the analysis (DutchText.AnalyzerVersion: other stems) is built anew.
        await using (var context = await factory.CreateDbContextAsync(cancellationToken))
        {
            var builtWith = await context.Set<SearchIndexStateRow>().Select(state => (int?)state.AnalyzerVersion).SingleOrDefaultAsync(cancellationToken);
            var empty = !await context.Set<SearchEntryRow>().AnyAsync(cancellationToken);
            if ((empty || builtWith != DutchText.AnalyzerVersion)
                && await context.PolicyDocuments.AnyAsync(document => document.Status == DocumentStatus.Published, cancellationToken))
            {
                var count = await services.GetRequiredService<SearchIndex>().RebuildAsync(cancellationToken);
                logger.LogInformation("Built the search index (analysis version {Version}): {Count} entries", DutchText.AnalyzerVersion, count);
            }
        }

        if (thenUnderLock is not null)
        {
            await thenUnderLock(cancellationToken);
        }
    }

    /// <summary>
    /// The advisory lock needs the PostgreSQL database to exist (MigrateAsync used to create it). Two instances may
    /// both try: the loser's "already exists" (42P04) is fine. SQLite creates its file on first open.
    /// </summary>
    private static async Task EnsureDatabaseExistsAsync(
        IDbContextFactory<PortalDbContext> factory, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        var creator = context.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another instance created it a moment ago.
        }
    }
}
