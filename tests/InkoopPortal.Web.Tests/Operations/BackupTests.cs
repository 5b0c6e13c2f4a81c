using System.Diagnostics;
using System.Security.Cryptography;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InkoopPortal.Web.Tests.Operations;

/// <summary>
/// The backup procedures of the README (issue 12, finding 9), run as an operator would against real portal processes:
/// a copy taken while writes go on is sound, and a portal started on the restored copy holds and answers the same.
/// </summary>
public class BackupTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private static readonly string[] ApiAnswers =
    [
        "/api/v1/purchasers?pageSize=100",
        "/api/v1/care-types",
        "/api/v1/topics?pageSize=100",
        "/api/v1/documents?pageSize=100",
        "/api/v1/matrix?year=2022&careType=huisartsenzorg",
        "/api/v1/search?q=regioplan",
    ];

    [Fact]
    public async Task Sqlite_backup_taken_under_load_is_sound_and_restores_to_the_same_counts_and_api_answers()
    {
        var folder = Directory.CreateTempSubdirectory("inkoopportal-backup-");
        try
        {
            var originalSettings = SqliteSettings(Path.Combine(folder.FullName, "origineel"));
            await using var original = PortalProcess.Start(originalSettings);
            (await original.WaitUntilReadyAsync(StartTimeout)).Should().BeTrue(original.Output);
            var database = SqliteDatabase(Path.Combine(folder.FullName, "origineel"));
            await using var load = await Load.StartAsync(database);

            var target = Path.Combine(folder.FullName, "kopie.db");
            var rowsBefore = await Load.CountAsync(database);
            var (exitCode, output) = await RunCommandAsync(originalSettings, "backup", target);
            var rowsAfter = await Load.CountAsync(database);

            exitCode.Should().Be(0, output);
            output.Should().Contain("Reservekopie gemaakt");
            rowsAfter.Should().BeGreaterThan(rowsBefore, "writes went on while the backup ran");
            (await SqliteBackup.IntegrityCheckAsync(target, CancellationToken.None)).Should().Be("ok");
            var copied = await Load.CountAsync(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={target};Pooling=False"));
            copied.Should().BeInRange(rowsBefore, rowsAfter, "the copy is one consistent moment of the running database");
            await load.StopAsync();

            // An existing file is never replaced without --overwrite.
            var hash = SHA256.HashData(await File.ReadAllBytesAsync(target));
            var refused = await RunCommandAsync(originalSettings, "backup", target);
            refused.ExitCode.Should().Be(1);
            refused.Output.Should().Contain("bestaat al").And.Contain("--overwrite");
            SHA256.HashData(await File.ReadAllBytesAsync(target)).Should().Equal(hash);
            (await RunCommandAsync(originalSettings, "backup", target, "--overwrite")).ExitCode.Should().Be(0);

            // Restore drill: the copy becomes the database of a new portal.
            var restoredFolder = Directory.CreateDirectory(Path.Combine(folder.FullName, "teruggezet")).FullName;
            File.Copy(target, Path.Combine(restoredFolder, "inkoopportal.db"));
            await using var restored = PortalProcess.Start(SqliteSettings(restoredFolder));
            (await restored.WaitUntilReadyAsync(StartTimeout)).Should().BeTrue(restored.Output);

            (await CountsAsync(SqliteDatabase(restoredFolder))).Should().Equal(await CountsAsync(database));
            await AnswersShouldBeEqualAsync(original, restored);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Postgres_pg_dump_and_pg_restore_into_a_fresh_database_give_the_same_counts_and_api_answers()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(DatabaseProvider.Postgres);
        await using var fresh = await TestDatabase.CreateEmptyAsync(DatabaseProvider.Postgres);
        var folder = Directory.CreateTempSubdirectory("inkoopportal-pgdump-");
        try
        {
            var originalSettings = PostgresSettings(database, Path.Combine(folder.FullName, "origineel"));
            await using var original = PortalProcess.Start(originalSettings);
            (await original.WaitUntilReadyAsync(StartTimeout)).Should().BeTrue(original.Output);

            // The backup command names pg_dump on PostgreSQL instead of copying anything.
            var command = await RunCommandAsync(originalSettings, "backup", Path.Combine(folder.FullName, "kopie.db"));
            command.ExitCode.Should().Be(1);
            command.Output.Should().Contain("pg_dump -Fc").And.Contain("pg_restore");
            File.Exists(Path.Combine(folder.FullName, "kopie.db")).Should().BeFalse();

            var dump = Path.Combine(folder.FullName, "inkoopportal.dump");
            await using (var load = await Load.StartAsync(database.Settings))
            {
                await RunToolAsync("pg_dump", "-Fc", "-f", dump, "--dbname", Libpq(database));
                await load.StopAsync();
            }

            await RunToolAsync("pg_restore", "--no-owner", "--exit-on-error", "--dbname", Libpq(fresh), dump);
            await using var restored = PortalProcess.Start(PostgresSettings(fresh, Path.Combine(folder.FullName, "teruggezet")));
            (await restored.WaitUntilReadyAsync(StartTimeout)).Should().BeTrue(restored.Output);

            (await CountsAsync(fresh.Settings)).Should().Equal(await CountsAsync(database.Settings));
            await AnswersShouldBeEqualAsync(original, restored);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static Dictionary<string, string> SqliteSettings(string dataFolder) => new()
    {
        ["Database__Provider"] = "Sqlite",
        ["DataFolder"] = dataFolder,
        ["Serilog__MinimumLevel__Default"] = "Warning",
    };

    private static Dictionary<string, string> PostgresSettings(TestDatabase database, string dataFolder) => new()
    {
        ["Database__Provider"] = "Postgres",
        ["ConnectionStrings__Postgres"] = database.Settings.ConnectionString,
        ["DataFolder"] = dataFolder,
        ["Serilog__MinimumLevel__Default"] = "Warning",
    };

    private static DatabaseSettings SqliteDatabase(string dataFolder) =>
        new(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataFolder, "inkoopportal.db")};Pooling=False");

    /// <summary>A command of the built app (as <c>dotnet InkoopPortal.Web.dll backup ...</c>) with its exit code and output.</summary>
    private static async Task<(int ExitCode, string Output)> RunCommandAsync(Dictionary<string, string> settings, params string[] arguments)
    {
        await using var command = PortalProcess.Start(settings, arguments);
        var exitCode = await command.WaitForExitAsync(TimeSpan.FromMinutes(2));
        return (exitCode, command.Output);
    }

    private static async Task RunToolAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(PostgresServer.Tool(tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, $"{tool} failed: {await error}");
    }

    private static string Libpq(TestDatabase database)
    {
        var builder = new NpgsqlConnectionStringBuilder(database.Settings.ConnectionString);
        var password = string.IsNullOrEmpty(builder.Password) ? "" : $" password={builder.Password}";
        return $"host={builder.Host} port={builder.Port} user={builder.Username} dbname={builder.Database}{password}";
    }

    private static async Task<Dictionary<string, int>> CountsAsync(DatabaseSettings settings)
    {
        await using var context = new PortalDbContext(DbContextOptionsConfigurator.Build(settings));
        return new Dictionary<string, int>
        {
            ["purchasers"] = await context.Purchasers.IgnoreQueryFilters().CountAsync(),
            ["care_types"] = await context.CareTypes.IgnoreQueryFilters().CountAsync(),
            ["topics"] = await context.Topics.IgnoreQueryFilters().CountAsync(),
            ["policy_documents"] = await context.PolicyDocuments.IgnoreQueryFilters().CountAsync(),
            ["statements"] = await context.Statements.IgnoreQueryFilters().CountAsync(),
            ["document_sections"] = await context.DocumentSections.IgnoreQueryFilters().CountAsync(),
            ["source_documents"] = await context.SourceDocuments.IgnoreQueryFilters().CountAsync(),
            ["audit_entries"] = await context.AuditEntries.CountAsync(),
            ["users"] = await context.Users.CountAsync(),
        };
    }

    private static async Task AnswersShouldBeEqualAsync(PortalProcess original, PortalProcess restored)
    {
        using var fromOriginal = new HttpClient { BaseAddress = original.Address };
        using var fromRestored = new HttpClient { BaseAddress = restored.Address };
        foreach (var path in ApiAnswers)
        {
            using var expected = await fromOriginal.GetAsync(path);
            using var actual = await fromRestored.GetAsync(path);
            expected.IsSuccessStatusCode.Should().BeTrue(path);
            var expectedBytes = await expected.Content.ReadAsByteArrayAsync();
            expectedBytes.Length.Should().BeGreaterThan(20, path);
            (await actual.Content.ReadAsByteArrayAsync()).Should().Equal(expectedBytes, $"{path} answers the same byte for byte");
        }
    }

    /// <summary>Writes going on in a table of its own (16 KB rows, so the SQLite WAL grows) until stopped.</summary>
    private sealed class Load : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private Task _writing = Task.CompletedTask;

        public static async Task<Load> StartAsync(DatabaseSettings settings)
        {
            await using (var context = Context(settings))
            {
                await context.Database.ExecuteSqlRawAsync(settings.Provider == DatabaseProvider.Sqlite
                    ? "CREATE TABLE backup_load (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)"
                    : "CREATE TABLE backup_load (id bigserial PRIMARY KEY, payload text NOT NULL)");
            }

            var load = new Load();
            load._writing = Task.Run(() => load.WriteAsync(settings));
            while (await CountAsync(settings) < 10)
            {
                await Task.Delay(50);
            }

            return load;
        }

        public static async Task<long> CountAsync(DatabaseSettings settings)
        {
            await using var context = Context(settings);
            return await context.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM backup_load").SingleAsync();
        }

        public async Task StopAsync()
        {
            await _stop.CancelAsync();
            await _writing;
        }

        public async ValueTask DisposeAsync()
        {
            await StopAsync();
            _stop.Dispose();
        }

        private async Task WriteAsync(DatabaseSettings settings)
        {
            await using var context = Context(settings);
            while (!_stop.IsCancellationRequested)
            {
                var payload = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12 * 1024));
                await context.Database.ExecuteSqlAsync($"INSERT INTO backup_load (payload) VALUES ({payload})");
                await Task.Delay(5);
            }
        }

        private static PortalDbContext Context(DatabaseSettings settings) => new(DbContextOptionsConfigurator.Build(settings));
    }
}
