using System.Globalization;
using Microsoft.Data.Sqlite;

namespace InkoopPortal.Infrastructure.Persistence;

/// <summary>What <see cref="SqliteBackup.CreateAsync"/> did, or why not, in Dutch.</summary>
public sealed record BackupResult(bool Succeeded, string Message);

/// <summary>
/// A consistent online copy of the embedded SQLite database (ADR-023). <c>VACUUM INTO</c> reads the database in one
/// read transaction, WAL included, while the portal goes on writing (readers do not block writers in WAL mode); a
/// plain file copy would miss what is still in the <c>-wal</c> file or catch a page half-written. The copy is written
/// beside the target and moved onto it only after <c>PRAGMA integrity_check</c> says "ok", so a failed run leaves no
/// half file, and an existing target is replaced only when asked.
/// </summary>
public static class SqliteBackup
{
    public static async Task<BackupResult> CreateAsync(DatabaseSettings settings, string target, bool overwrite, CancellationToken cancellationToken)
    {
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException("Only the embedded SQLite database is copied this way.");
        }

        var source = new SqliteConnectionStringBuilder(settings.ConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        var sourceFile = Path.GetFullPath(source.DataSource);
        if (!File.Exists(sourceFile))
        {
            return new BackupResult(false, $"Er is geen database om te kopiëren: {sourceFile} bestaat niet.");
        }

        if (string.Equals(Path.GetFullPath(target), sourceFile, StringComparison.Ordinal))
        {
            return new BackupResult(false, "De reservekopie kan niet de database zelf zijn: kies een ander bestand.");
        }

        if (File.Exists(target) && !overwrite)
        {
            return new BackupResult(false, $"{target} bestaat al; er is niets overschreven. Kies een ander bestand of gebruik --overwrite.");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(target))!;
        if (!Directory.Exists(directory))
        {
            return new BackupResult(false, $"De map {directory} bestaat niet.");
        }

        var partial = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.deel");
        try
        {
            await using (var connection = new SqliteConnection(source.ConnectionString))
            {
                await connection.OpenAsync(cancellationToken);
                await using var vacuum = connection.CreateCommand();
                vacuum.CommandText = "VACUUM INTO $target";
                vacuum.Parameters.AddWithValue("$target", partial);
                vacuum.CommandTimeout = 0;
                await vacuum.ExecuteNonQueryAsync(cancellationToken);
            }

            var check = await IntegrityCheckAsync(partial, cancellationToken);
            if (check != "ok")
            {
                return new BackupResult(false, $"De kopie is niet in orde (PRAGMA integrity_check: {check}); er is niets opgeslagen.");
            }

            File.Move(partial, target, overwrite);
            var megabytes = new FileInfo(target).Length / (1024.0 * 1024.0);
            return new BackupResult(true, string.Create(
                CultureInfo.GetCultureInfo("nl-NL"),
                $"Reservekopie gemaakt: {target} ({megabytes:0.0} MB); de integriteitscontrole is in orde."));
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>"ok" for a sound database file, otherwise SQLite's first complaint.</summary>
    public static async Task<string> IntegrityCheckAsync(string file, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
