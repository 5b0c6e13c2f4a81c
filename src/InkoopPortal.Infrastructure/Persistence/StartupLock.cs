using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace InkoopPortal.Infrastructure.Persistence;

/// <summary>
/// The one database-wide lock under which start-up brings the database up to date (migrations, first-start seeding,
/// the first administrator), so any number of instances may start at once on an empty database (ADR-023).
/// PostgreSQL: a session advisory lock held by a dedicated, unpooled connection for the whole start-up; a crashed
/// holder's session ends and so does its lock. SQLite (one machine): an exclusive lock on a file beside the database,
/// which the operating system releases when the holder ends; an in-memory database needs none.
/// </summary>
public static class StartupLock
{
    /// <summary>The advisory lock's key ("InkoPort"); advisory locks are per database, so one key serves every portal database.</summary>
    private const long AdvisoryKey = 0x496E6B6F506F7274;

    private static readonly TimeSpan SqliteRetry = TimeSpan.FromMilliseconds(200);

    /// <summary>Waits for the lock and returns it; disposing releases it.</summary>
    public static async Task<IAsyncDisposable> AcquireAsync(DatabaseSettings settings, ILogger logger, CancellationToken cancellationToken) =>
        settings.Provider == DatabaseProvider.Postgres
            ? await AcquirePostgresAsync(settings.ConnectionString, logger, cancellationToken)
            : await AcquireSqliteAsync(settings.ConnectionString, logger, cancellationToken);

    private static async Task<IAsyncDisposable> AcquirePostgresAsync(string connectionString, ILogger logger, CancellationToken cancellationToken)
    {
        // Unpooled: closing the connection ends the session, so the lock can never linger in a pool.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (!await ExecuteLockAsync(connection, "SELECT pg_try_advisory_lock(@key)", cancellationToken))
            {
                logger.LogInformation("Een andere instantie richt de database in; wachten tot die klaar is");
                await ExecuteLockAsync(connection, "SELECT pg_advisory_lock(@key) IS NULL", cancellationToken);
            }

            return new PostgresLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<bool> ExecuteLockAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        // No command timeout: the other instance may be importing the shipped sources for a while.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("key", AdvisoryKey);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<IAsyncDisposable> AcquireSqliteAsync(string connectionString, ILogger logger, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
        {
            return NoLock.Instance;
        }

        var lockFile = Path.GetFullPath(builder.DataSource) + ".startlock";
        Directory.CreateDirectory(Path.GetDirectoryName(lockFile)!);
        var waiting = false;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock (flock on Unix) that ends with the process.
                return new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException)
            {
                if (!waiting)
                {
                    logger.LogInformation("Een ander proces richt de database in; wachten tot het klaar is");
                    waiting = true;
                }

                await Task.Delay(SqliteRetry, cancellationToken);
            }
        }
    }

    private sealed class PostgresLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", AdvisoryKey);
                await command.ExecuteScalarAsync();
            }
            finally
            {
                // Ending the session releases the lock even if the unlock above failed.
                await connection.DisposeAsync();
            }
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
