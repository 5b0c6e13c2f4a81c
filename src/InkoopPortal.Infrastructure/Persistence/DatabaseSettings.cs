using Microsoft.Extensions.Configuration;

namespace InkoopPortal.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which database the portal runs on. <c>Database:Provider</c> is <c>Sqlite</c> (the embedded default) or
/// <c>Postgres</c>; the connection strings are <c>ConnectionStrings:Sqlite</c> and <c>ConnectionStrings:Postgres</c>.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteMigrationsAssembly = "InkoopPortal.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "InkoopPortal.Migrations.Postgres";

    /// <summary>Reads the settings; the SQLite default is a file in <paramref name="dataFolder"/>.</summary>
    public static DatabaseSettings FromConfiguration(IConfiguration configuration, string dataFolder)
    {
        var providerName = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerName)
            ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(providerName.Trim(), ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException(
                    $"Database:Provider '{providerName}' is onbekend. Gebruik 'Sqlite' (standaard) of 'Postgres'.");

        if (provider == DatabaseProvider.Postgres)
        {
            var postgres = configuration.GetConnectionString("Postgres");
            if (string.IsNullOrWhiteSpace(postgres))
            {
                throw new InvalidOperationException(
                    "Database:Provider is 'Postgres', maar ConnectionStrings:Postgres ontbreekt " +
                    "(bijvoorbeeld ConnectionStrings__Postgres=\"Host=localhost;Database=inkoopportal;Username=...;Password=...\").");
            }

            return new DatabaseSettings(provider, postgres);
        }

        var sqlite = configuration.GetConnectionString("Sqlite");
        if (string.IsNullOrWhiteSpace(sqlite))
        {
            Directory.CreateDirectory(dataFolder);
            sqlite = $"Data Source={Path.Combine(dataFolder, "inkoopportal.db")}";
        }

        return new DatabaseSettings(provider, sqlite);
    }
}
