using InkoopPortal.Application.Search;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.IntegrationTests.Search;

/// <summary>Every row of the search index, as text (entry, text, and the provider's full-text columns), for comparing states.</summary>
public static class SearchIndexRows
{
    public static async Task<List<string>> ReadAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = database.Provider == DatabaseProvider.Postgres
            ? """
              SELECT e.id, e.kind, e.record_id, e.policy_document_id, e.purchaser_id, e.topic_id, e.care_type_ids, e.valid_from_year,
                     e.valid_to_year, e.years::text, e.search_vector::text, t.label, t.text
              FROM search_entries e JOIN search_texts t ON t.entry_id = e.id ORDER BY e.id
              """
            : """
              SELECT e.id, e.kind, e.record_id, e.policy_document_id, e.purchaser_id, e.topic_id, e.care_type_ids, e.valid_from_year,
                     e.valid_to_year, f.stems, f.words, f.compounds, t.label, t.text
              FROM search_entries e JOIN search_texts t ON t.entry_id = e.id JOIN search_fts f ON f.rowid = e.id ORDER BY e.id
              """;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(index => reader.IsDBNull(index) ? "∅" : reader.GetValue(index).ToString())));
        }

        return rows;
    }

    /// <summary>How many rows each index table has (entries, texts and, on SQLite, the FTS5 table): all must agree.</summary>
    public static async Task<(long Entries, long Texts, long FullText)> CountAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        async Task<long> CountAsync(string table)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {table}";
            return Convert.ToInt64(await command.ExecuteScalarAsync());
        }

        var entries = await CountAsync("search_entries");
        return (entries, await CountAsync("search_texts"), database.Provider == DatabaseProvider.Sqlite ? await CountAsync("search_fts") : entries);
    }

    /// <summary>The indexed text of every hit, by hit.</summary>
    public static async Task<Dictionary<(SearchKind Kind, int RecordId), string>> TextsAsync(TestDatabase database, IEnumerable<SearchHit> hits)
    {
        var wanted = hits.ToDictionary(hit => SearchEntry.IdFor(hit.Kind, hit.RecordId), hit => (hit.Kind, hit.RecordId));
        await using var context = database.CreateContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT entry_id, text FROM search_texts";
        var texts = new Dictionary<(SearchKind Kind, int RecordId), string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (wanted.TryGetValue(reader.GetInt64(0), out var key))
            {
                texts[key] = reader.GetString(1);
            }
        }

        return texts;
    }
}
