using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Infrastructure.Persistence;

/// <summary>Configures EF Core for the chosen provider: one place for the app, the design-time factories and the tests.</summary>
public static class DbContextOptionsConfigurator
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        switch (settings.Provider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(settings.ConnectionString, npgsql => npgsql
                    .MigrationsAssembly(DatabaseSettings.PostgresMigrationsAssembly)
                    .EnableRetryOnFailure(maxRetryCount: 3));
                break;
            case DatabaseProvider.Sqlite:
                options.UseSqlite(settings.ConnectionString, sqlite => sqlite
                    .MigrationsAssembly(DatabaseSettings.SqliteMigrationsAssembly));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Onbekende databaseprovider.");
        }

        return options.UseSnakeCaseNamingConvention();
    }

    public static DbContextOptions<PortalDbContext> Build(DatabaseSettings settings)
    {
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        Configure(builder, settings);
        return builder.Options;
    }

    /// <summary>Options for a second context on an open connection (the history is written in the unit of work's transaction).</summary>
    public static DbContextOptions<PortalDbContext> ForConnection(DatabaseProvider provider, DbConnection connection)
    {
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        _ = provider switch
        {
            DatabaseProvider.Postgres => builder.UseNpgsql(connection),
            DatabaseProvider.Sqlite => builder.UseSqlite(connection),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Onbekende databaseprovider."),
        };
        return builder.UseSnakeCaseNamingConvention().Options;
    }
}
