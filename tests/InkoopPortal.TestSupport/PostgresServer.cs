using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace InkoopPortal.TestSupport;

/// <summary>
/// A real PostgreSQL server for the tests, started once per test process from the machine's PostgreSQL binaries
/// (no Docker). Set <c>INKOOPPORTAL_TEST_POSTGRES</c> to an admin connection string to use an existing server
/// instead. When neither works the tests fail with a message saying why; they are never skipped.
/// </summary>
public sealed class PostgresServer
{
    private const string ExistingServerVariable = "INKOOPPORTAL_TEST_POSTGRES";
    private static readonly Lazy<PostgresServer> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _adminConnectionString;

    private PostgresServer(string adminConnectionString) => _adminConnectionString = adminConnectionString;

    public static PostgresServer Instance => Shared.Value;

    /// <summary>Creates an empty database, or a copy of <paramref name="template"/> (a database of this server nobody is connected to), and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "test", string? template = null)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
        var copyOf = template is null ? "" : $" TEMPLATE \"{new NpgsqlConnectionStringBuilder(template).Database}\"";
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using (var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"{copyOf}", connection))
        {
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, Pooling = false }.ConnectionString;
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static PostgresServer Start()
    {
        var existing = Environment.GetEnvironmentVariable(ExistingServerVariable);
        if (!string.IsNullOrWhiteSpace(existing))
        {
            return new PostgresServer(existing);
        }

        var binaries = FindBinaries();
        RemoveClustersOfEndedRuns();
        var dataRoot = Path.Combine(Path.GetTempPath(), $"inkoopportal-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..48]);
        var dataDirectory = Path.Combine(dataRoot, "data");
        Directory.CreateDirectory(dataRoot);
        var runAsPostgres = Environment.UserName == "root";
        if (runAsPostgres)
        {
            // initdb refuses to run as root; the cluster belongs to the postgres system user.
            Run("chown", ["-R", "postgres:postgres", dataRoot]);
        }

        var port = FreePort();
        RunPostgresTool(binaries, "initdb", runAsPostgres,
            ["-D", dataDirectory, "-U", "postgres", "-A", "trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]);
        RunPostgresTool(binaries, "pg_ctl", runAsPostgres,
        [
            "-D", dataDirectory, "-l", Path.Combine(dataRoot, "server.log"), "-w", "-t", "60",
            "-o", $"-p {port} -k {dataRoot} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            "start",
        ]);

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                RunPostgresTool(binaries, "pg_ctl", runAsPostgres, ["-D", dataDirectory, "-m", "immediate", "-w", "stop"]);
                Directory.Delete(dataRoot, recursive: true);
            }
            catch (Exception)
            {
                // The process is ending; a leftover temp folder is harmless.
            }
        };

        return new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false");
    }

    /// <summary>A PostgreSQL client tool (pg_dump, pg_restore) of the same binaries the test server runs on.</summary>
    public static string Tool(string name) => Path.Combine(FindBinaries(), name);

    private static string FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("PG_BIN");
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(configured))
        {
            candidates.Add(configured);
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(directory => int.TryParse(Path.GetFileName(directory), out var version) ? version : 0)
                .Select(directory => Path.Combine(directory, "bin")));
        }

        return candidates.FirstOrDefault(directory => File.Exists(Path.Combine(directory, "initdb")))
            ?? throw new InvalidOperationException(
                "PostgreSQL kan niet worden gestart voor de tests: initdb is niet gevonden (gezocht in PG_BIN en " +
                "/usr/lib/postgresql/*/bin). Installeer PostgreSQL (apt-get install postgresql) of zet " +
                $"{ExistingServerVariable} op de connection string van een bestaande server.");
    }

    /// <summary>A test process that was killed leaves its cluster folder behind; remove those of processes that are gone.</summary>
    private static void RemoveClustersOfEndedRuns()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "inkoopportal-pg-*"))
        {
            var parts = Path.GetFileName(folder).Split('-');
            if (parts.Length < 4 || !int.TryParse(parts[2], out var processId) || IsRunning(processId))
            {
                continue;
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Another run may be removing it at the same moment.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to remove.
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunPostgresTool(string binaries, string tool, bool runAsPostgres, IReadOnlyList<string> arguments)
    {
        var executable = Path.Combine(binaries, tool);
        if (runAsPostgres)
        {
            Run("runuser", ["-u", "postgres", "--", executable, .. arguments]);
        }
        else
        {
            Run(executable, arguments);
        }
    }

    private static void Run(string fileName, IReadOnlyList<string> arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Kon {fileName} niet starten.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} reageerde niet binnen twee minuten.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"PostgreSQL voor de tests kon niet worden gestart: '{fileName} {string.Join(' ', arguments)}' " +
                $"gaf exitcode {process.ExitCode}.{Environment.NewLine}{output.Result}{error.Result}");
        }
    }
}
