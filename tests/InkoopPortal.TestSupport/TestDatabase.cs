using InkoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace InkoopPortal.TestSupport;

/// <summary>
/// A fresh, empty database on one provider for one test: a temporary SQLite file, or a new database on the
/// test PostgreSQL server. The schema comes from that provider's migrations, as in production.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(DatabaseSettings settings, string? sqliteFile)
    {
        Settings = settings;
        _sqliteFile = sqliteFile;
    }

    private readonly string? _sqliteFile;

    public DatabaseSettings Settings { get; }

    public DatabaseProvider Provider => Settings.Provider;

    /// <summary>Both providers, for <c>[Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]</c>.</summary>
    public static TheoryData<DatabaseProvider> Providers => new(DatabaseProvider.Sqlite, DatabaseProvider.Postgres);

    /// <summary>Creates an empty database (no schema).</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var connectionString = await PostgresServer.Instance.CreateDatabaseAsync();
            return new TestDatabase(new DatabaseSettings(provider, connectionString), null);
        }

        var file = Path.Combine(Path.GetTempPath(), $"inkoopportal-test-{Guid.NewGuid():N}.db");
        return new TestDatabase(new DatabaseSettings(provider, $"Data Source={file};Pooling=False"), file);
    }

    /// <summary>Creates a database with every migration applied.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(DatabaseProvider provider)
    {
        var database = await CreateEmptyAsync(provider);
        await using var context = database.CreateContext();
        await context.Database.MigrateAsync();
        return database;
    }

    /// <summary>
    /// A new database holding what <paramref name="template"/> holds (same provider): a file copy on SQLite, a
    /// <c>CREATE DATABASE ... TEMPLATE</c> on PostgreSQL. Nothing may be connected to the template meanwhile, so a
    /// prepared database (migrated, seeded) is made once and each test still gets one of its own.
    /// </summary>
    public static async Task<TestDatabase> CreateCopyAsync(TestDatabase template)
    {
        if (template.Provider == DatabaseProvider.Postgres)
        {
            var connectionString = await PostgresServer.Instance.CreateDatabaseAsync(template: template.Settings.ConnectionString);
            return new TestDatabase(new DatabaseSettings(DatabaseProvider.Postgres, connectionString), null);
        }

        var file = Path.Combine(Path.GetTempPath(), $"inkoopportal-test-{Guid.NewGuid():N}.db");
        File.Copy(template._sqliteFile!, file);
        return new TestDatabase(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False"), file);
    }

    public PortalDbContext CreateContext() => new(DbContextOptionsConfigurator.Build(Settings));

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            await PostgresServer.Instance.DropDatabaseAsync(Settings.ConnectionString);
        }
        else if (_sqliteFile is not null)
        {
            File.Delete(_sqliteFile);
        }
    }
}
