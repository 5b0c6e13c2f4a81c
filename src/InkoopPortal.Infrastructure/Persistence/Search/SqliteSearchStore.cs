using System.Data.Common;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Search;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Infrastructure.Persistence.Search;

/// <summary>
/// The FTS5 table of SQLite's search index, which EF does not model: the SQLite migration that adds the index runs
/// <see cref="CreateSql"/> (and <see cref="DropSql"/> on the way down). Keep that call when migrations are regenerated.
/// </summary>
public static class SqliteSearchSchema
{
    public const string FtsTable = "search_fts";

    public const string CreateSql = $"CREATE VIRTUAL TABLE {FtsTable} USING fts5(stems, words, tokenize = 'unicode61 remove_diacritics 0');";

    public const string DropSql = $"DROP TABLE IF EXISTS {FtsTable};";
}

/// <summary>
/// SQLite has no Dutch stemmer, so the application stems (<see cref="DutchText"/>): the FTS5 table <c>search_fts</c>
/// (rowid = the entry's id) holds each text's words (<see cref="DutchText.IndexWords"/>) as stems (<c>stems</c>, what
/// is matched) and as they are (<c>words</c>, for the exact-word rank). The MATCH expression is made of quoted stems only, so nothing the user
/// typed is read as FTS5 syntax; bm25 weighs the <c>words</c> column higher so the exact term ranks first.
/// </summary>
internal sealed class SqliteSearchStore : SearchStore
{
    private const string FtsTable = SqliteSearchSchema.FtsTable;

    /// <summary>bm25 column weights: a match on the word as written counts more than one on its stem.</summary>
    private const string Rank = $"-bm25({FtsTable}, 1.0, 4.0)";

    public static SqliteSearchStore Instance { get; } = new();

    protected override MatchSql Match(SearchQuery query, Parameters parameters)
    {
        var positive = string.Join(" AND ", query.Groups.Select(group =>
            "(" + string.Join(" OR ", group.Select(term => $"(stems : {Quote(term.Stems)} OR words : {Quote(term.Words)})")) + ")"));
        var expression = query.Excluded.Count == 0
            ? positive
            : $"({positive}) NOT ({string.Join(" OR ", query.Excluded.Select(term => $"stems : {Quote(term.Stems)}"))})";
        return new MatchSql(
            $"{FtsTable} JOIN {SearchEntryModel.Entries} e ON e.id = {FtsTable}.rowid",
            $"{FtsTable} MATCH {parameters.Add(expression)}",
            Rank);
    }

    /// <summary>An FTS5 string: the words in double quotes are one phrase. Words are letters and digits; quotes are doubled all the same.</summary>
    private static string Quote(IEnumerable<string> words) => "\"" + string.Join(' ', words).Replace("\"", "\"\"") + "\"";

    public override Task DeleteAsync(IPortalDbContext context, IReadOnlyCollection<int>? documentIds, CancellationToken cancellationToken)
    {
        const string Entries = SearchEntryModel.Entries;
        if (documentIds is null)
        {
            return ExecuteAsync(context, $"DELETE FROM {FtsTable}; DELETE FROM {SearchEntryModel.Texts}; DELETE FROM {Entries};", null, cancellationToken);
        }

        var parameters = new Parameters();
        var ids = parameters.AddList(documentIds);
        return ExecuteAsync(
            context,
            $"""
            DELETE FROM {FtsTable} WHERE rowid IN (SELECT id FROM {Entries} WHERE policy_document_id IN ({ids}));
            DELETE FROM {SearchEntryModel.Texts} WHERE entry_id IN (SELECT id FROM {Entries} WHERE policy_document_id IN ({ids}));
            DELETE FROM {Entries} WHERE policy_document_id IN ({ids});
            """,
            parameters,
            cancellationToken);
    }

    public override async Task InsertAsync(IPortalDbContext context, IReadOnlyList<SearchEntry> entries, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = CreateCommand(
                context,
                $"""
                INSERT INTO {SearchEntryModel.Entries} (id, kind, record_id, policy_document_id, purchaser_id, topic_id, care_type_ids,
                    valid_from_year, valid_to_year)
                VALUES (@id, @kind, @record, @document, @purchaser, @topic, @careTypes, @from, @to);
                INSERT INTO {SearchEntryModel.Texts} (entry_id, label, text) VALUES (@id, @label, @text);
                INSERT INTO {FtsTable} (rowid, stems, words) VALUES (@id, @stems, @words);
                """);
            var values = new[] { "@id", "@kind", "@record", "@document", "@purchaser", "@topic", "@careTypes", "@from", "@to", "@label", "@text", "@stems", "@words" }
                .Select(name =>
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = name;
                    command.Parameters.Add(parameter);
                    return parameter;
                })
                .ToArray();
            foreach (var entry in entries)
            {
                var words = DutchText.IndexWords(entry.Text);
                Set(values, entry.Id, entry.Kind.ToString(), entry.RecordId, entry.PolicyDocumentId, entry.PurchaserId, entry.TopicId, entry.CareTypeIds,
                    entry.ValidFromYear, entry.ValidToYear, entry.Label, entry.Text, DutchText.StemmedText(words), string.Join(' ', words));
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    private static void Set(DbParameter[] parameters, params object?[] values)
    {
        for (var index = 0; index < parameters.Length; index++)
        {
            parameters[index].Value = values[index] ?? DBNull.Value;
        }
    }
}
