using Npgsql;

namespace InkoopPortal.Bench.Data;

/// <summary>How many rows the database holds (read at the start of every run, also when it was generated earlier).</summary>
public sealed record DatasetCounts(long Purchasers, long CareTypes, long Topics, long Documents, long PublishedDocuments, long Statements, long ContentStatements)
{
    public static async Task<DatasetCounts> ReadAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT (SELECT count(*) FROM purchasers), (SELECT count(*) FROM care_types), (SELECT count(*) FROM topics),
                   (SELECT count(*) FROM policy_documents), (SELECT count(*) FROM policy_documents WHERE status = 'Published'),
                   (SELECT count(*) FROM statements), (SELECT count(*) FROM statements WHERE status = 'Content')
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new DatasetCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6));
    }
}
