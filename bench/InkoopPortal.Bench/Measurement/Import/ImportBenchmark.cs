using System.Diagnostics;
using System.Globalization;
using System.Text;
using InkoopPortal.Application;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.ComparisonTable;
using InkoopPortal.Application.ReferenceData;
using InkoopPortal.Bench.Hosting;
using InkoopPortal.Infrastructure;
using InkoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace InkoopPortal.Bench.Measurement.Import;

/// <summary>One import case: what was imported, its size, and the timings of the reader alone and the whole import.</summary>
public sealed record ImportCase(string Name, string Provider, int Rows, int Cells, long Bytes, IReadOnlyList<double> ParseMs, IReadOnlyList<double> ImportMs)
{
    public double ParseMedian => Median(ParseMs);

    public double ImportMedian => Median(ImportMs);

    public double MsPerRow => Rows == 0 ? 0 : ImportMedian / Rows;

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

/// <summary>
/// The import benchmark (issue 10): the 2022 memo on PostgreSQL and on SQLite, and synthetic comparison tables of
/// 1,000, 2,500 and 5,000 rows on PostgreSQL, each imported the way the command line does (published at once,
/// unknown names created) into a fresh database with the reference data, several times. The baseline in the same
/// run is the reader alone on the same text (no database); the figures are the medians, the time per row and how
/// that grows with the size (1.0 is linear).
/// </summary>
public sealed class ImportBenchmark(BenchOptions options)
{
    private const string Memo = "inkoopbeleid-zorgverzekeraars-2022-huisartsenzorg-memo.txt";
    private static readonly int[] Sizes = [1_000, 2_500, 5_000];

    public async Task<IReadOnlyList<ImportCase>> RunAsync(CancellationToken cancellationToken)
    {
        var admin = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        var template = $"bench_import_template_{Environment.ProcessId}";
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {template}", cancellationToken);
        await ExecuteAsync(admin, $"CREATE DATABASE {template}", cancellationToken);
        await PrepareAsync(new DatabaseSettings(DatabaseProvider.Postgres, WithDatabase(admin, template)), cancellationToken);
        var sqliteTemplate = Path.Combine(Path.GetTempPath(), $"bench-import-{Environment.ProcessId}.db");
        await PrepareAsync(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={sqliteTemplate};Pooling=False"), cancellationToken);

        var cases = new List<ImportCase>();
        try
        {
            var memo = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "data", "sources", Memo), cancellationToken);
            // The first import in a process compiles the code and EF's model: that is a command line's start-up, reported apart.
            var cold = await MeasureAsync("memo 2022, eerste import in het proces", memo, 2022, DatabaseProvider.Postgres, admin, template, sqliteTemplate, cancellationToken, rounds: 1);
            cases.Add(cold);
            cases.Add(await MeasureAsync("memo 2022 (InEen)", memo, 2022, DatabaseProvider.Postgres, admin, template, sqliteTemplate, cancellationToken));
            cases.Add(await MeasureAsync("memo 2022 (InEen)", memo, 2022, DatabaseProvider.Sqlite, admin, template, sqliteTemplate, cancellationToken));
            foreach (var rows in Sizes)
            {
                cases.Add(await MeasureAsync($"synthetisch, {rows:N0} rijen", SyntheticComparisonTable.Write(rows), 2030, DatabaseProvider.Postgres,
                    admin, template, sqliteTemplate, cancellationToken));
            }
        }
        finally
        {
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {template}", CancellationToken.None);
            File.Delete(sqliteTemplate);
        }

        return cases;
    }

    private async Task<ImportCase> MeasureAsync(
        string name, string text, int year, DatabaseProvider provider, NpgsqlConnectionStringBuilder admin, string template, string sqliteTemplate,
        CancellationToken cancellationToken, int? rounds = null)
    {
        var table = ComparisonTableParser.Parse(text);
        var parse = new List<double>();
        var import = new List<double>();
        var file = Path.Combine(Path.GetTempPath(), $"bench-import-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, text, new UTF8Encoding(false), cancellationToken);
        try
        {
            // Round 0 warms the case up (the code paths of its size) and is not counted, unless one round is all that is asked.
            var measured = rounds ?? options.ImportRepeats;
            var warmUp = rounds is null ? 1 : 0;
            for (var round = -warmUp; round < measured; round++)
            {
                var stopwatch = Stopwatch.StartNew();
                ComparisonTableParser.Parse(text);
                if (round >= 0)
                {
                    parse.Add(stopwatch.Elapsed.TotalMilliseconds);
                }

                var (settings, cleanup) = await FreshDatabaseAsync(provider, admin, template, sqliteTemplate, round, cancellationToken);
                try
                {
                    await using var services = Services(settings);
                    var importer = services.GetRequiredService<ISourceImporter>();
                    stopwatch.Restart();
                    var summary = await importer.ImportAsync(
                        new ImportRequest(file, year, ["huisartsenzorg"], null, CreateUnknownNames: true, Format: SourceFormat.ComparisonTable), cancellationToken);
                    var elapsed = stopwatch.Elapsed.TotalMilliseconds;
                    if (round >= 0)
                    {
                        import.Add(elapsed);
                    }

                    if (summary.Statements != table.Cells.Count)
                    {
                        throw new InvalidOperationException($"{name}: {summary.Statements} statements stored, {table.Cells.Count} cells read.");
                    }
                }
                finally
                {
                    await cleanup();
                }

                if (round < 0)
                {
                    Progress.Say($"import {name} on {provider}: warm-up round done");
                }
                else
                {
                    Progress.Say($"import {name} on {provider}: round {round + 1}, {import[^1]:0} ms (reader alone {parse[^1]:0} ms)");
                }
            }
        }
        finally
        {
            File.Delete(file);
        }

        return new ImportCase(name, provider.ToString(), table.Topics.Count, table.Cells.Count, Encoding.UTF8.GetByteCount(text), parse, import);
    }

    private static async Task<(DatabaseSettings Settings, Func<Task> Cleanup)> FreshDatabaseAsync(
        DatabaseProvider provider, NpgsqlConnectionStringBuilder admin, string template, string sqliteTemplate, int round, CancellationToken cancellationToken)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var copy = Path.Combine(Path.GetTempPath(), $"bench-import-{Guid.NewGuid():N}.db");
            File.Copy(sqliteTemplate, copy);
            return (new DatabaseSettings(provider, $"Data Source={copy};Pooling=False"), () =>
            {
                File.Delete(copy);
                return Task.CompletedTask;
            });
        }

        // The warm-up round is round -1; a "-" has no place in a database name.
        var database = $"bench_import_{Environment.ProcessId}_{(round < 0 ? "w" : round)}_{Guid.NewGuid():N}"[..40];
        await ExecuteAsync(admin, $"CREATE DATABASE {database} TEMPLATE {template}", cancellationToken);
        return (new DatabaseSettings(provider, WithDatabase(admin, database)), async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {database}", CancellationToken.None);
        });
    }

    /// <summary>Migrations and the reference data, as a first start has them before it imports anything.</summary>
    private static async Task PrepareAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        await using var services = Services(settings);
        await using (var context = new PortalDbContext(DbContextOptionsConfigurator.Build(settings)))
        {
            await context.Database.MigrateAsync(cancellationToken);
        }

        await services.GetRequiredService<ReferenceDataSeeder>().SeedIfEmptyAsync(cancellationToken);
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>The portal's services; the size limit is raised so the largest synthetic table is measured, not refused.</summary>
    private static ServiceProvider Services(DatabaseSettings settings) =>
        new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddPortalInfrastructure(settings)
            .AddPortalApplication(Path.Combine(RepositoryPaths.Root, "data"), new ImportOptions { MaxFileBytes = 64 * 1024 * 1024 })
            .BuildServiceProvider();

    private static string WithDatabase(NpgsqlConnectionStringBuilder admin, string database) =>
        new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = database }.ConnectionString;

    private static async Task ExecuteAsync(NpgsqlConnectionStringBuilder admin, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The results as Markdown, with the targets of issue 10 judged.</summary>
    public static string Write(IReadOnlyList<ImportCase> cases, string machine)
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine($"# Import benchmark {DateTime.UtcNow:yyyy-MM-dd}").AppendLine();
        text.AppendLine(machine).AppendLine();
        text.AppendLine("Each case is imported as the command line does (published at once, unknown names created) into a fresh database with");
        text.AppendLine("the reference data; the reader alone (no database) is the baseline in the same run. Each case has a warm-up round first,");
        text.AppendLine("not counted (except the first import in the process, which is the cold start itself). Medians of the rounds.").AppendLine();
        text.AppendLine("| case | database | topic rows | cells | bytes | reader alone | whole import | import ÷ reader | per row | rounds (ms) |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var item in cases)
        {
            text.AppendLine(string.Create(culture,
                $"| {item.Name} | {item.Provider} | {item.Rows:N0} | {item.Cells:N0} | {item.Bytes:N0} | {item.ParseMedian:0.0} ms | {item.ImportMedian:0} ms | {item.ImportMedian / item.ParseMedian:0.0} | {item.MsPerRow:0.00} ms | {string.Join(", ", item.ImportMs.Select(ms => ms.ToString("0", culture)))} |"));
        }

        text.AppendLine();
        var memo = cases.Where(item => item.Name == "memo 2022 (InEen)").ToList();
        foreach (var item in memo)
        {
            text.AppendLine(string.Create(culture, $"- The 2022 memo on {item.Provider}: {item.ImportMedian:0} ms (target < 1,000 ms: {(item.ImportMedian < 1000 ? "met" : "NOT met")})."));
        }

        var synthetic = cases.Where(item => item.Name.StartsWith("synthetisch", StringComparison.Ordinal)).OrderBy(item => item.Rows).ToList();
        if (synthetic.Count > 0)
        {
            var largest = synthetic[^1];
            text.AppendLine(string.Create(culture, $"- {largest.Rows:N0} rows: {largest.ImportMedian / 1000:0.00} s (target < 10 s: {(largest.ImportMedian < 10_000 ? "met" : "NOT met")})."));
            var smallest = synthetic[0];
            var growth = largest.MsPerRow / smallest.MsPerRow;
            text.AppendLine(string.Create(culture,
                $"- Linearity: time per row at {largest.Rows:N0} rows ÷ at {smallest.Rows:N0} rows = {growth:0.00} (1.00 is linear; target ≤ 1.5: {(growth <= 1.5 ? "met" : "NOT met")})."));
        }

        return text.ToString();
    }
}
