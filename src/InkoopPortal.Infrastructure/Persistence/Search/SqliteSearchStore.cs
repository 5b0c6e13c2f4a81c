using System.Data.Common;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Search;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Infrastructure.Persistence.Search;

/// <summary>
/// The FTS5 table of SQLite's search index, which EF does not model: the SQLite migrations that add and reshape the
/// index run <see cref="CreateSql"/> (and <see cref="DropSql"/>). Keep those calls when migrations are regenerated.
/// </summary>
public static class SqliteSearchSchema
{
    public const string FtsTable = "search_fts";

    public const string CreateSql =
        $"CREATE VIRTUAL TABLE {FtsTable} USING fts5(stems, words, compounds, tokenize = 'unicode61 remove_diacritics 0');";

    public const string DropSql = $"DROP TABLE IF EXISTS {FtsTable};";
}

/// <summary>
/// SQLite has no Dutch stemmer, so the application stems (<see cref="DutchText"/>): the FTS5 table <c>search_fts</c>
/// (rowid = the entry's id) holds each text's words (<see cref="DutchText.ForIndex"/>) as stems (<c>stems</c>, what
/// is matched), as they are (<c>words</c>, for the exact-word rank), and the stems of its joined hyphenated compounds
/// (<c>compounds</c>, matched by single words only, as weight C on PostgreSQL). The MATCH expression is made of quoted
/// stems only, so nothing the user typed is read as FTS5 syntax; bm25 weighs the <c>words</c> column higher so the
/// exact term ranks first. Similar words for "Bedoelde u …?" come from a trigram table beside <c>search_words</c>.
/// </summary>
internal sealed class SqliteSearchStore : SearchStore
{
    private const string FtsTable = SqliteSearchSchema.FtsTable;

    /// <summary>bm25 column weights: a match on the word as written counts more than one on its stem or compound.</summary>
    private const string Rank = $"-bm25({FtsTable}, 1.0, 4.0, 1.0)";

    public static SqliteSearchStore Instance { get; } = new();

    protected override MatchSql Match(SearchQuery query, Parameters parameters)
    {
        var positive = string.Join(" AND ", query.Groups.Select(group => "(" + string.Join(" OR ", group.Select(term => $"({Stems(term)} OR words : {Quote(term.Words)})")) + ")"));
        var expression = query.Excluded.Count == 0
            ? positive
            : $"({positive}) NOT ({string.Join(" OR ", query.Excluded.Select(Stems))})";
        return new MatchSql(
            $"{FtsTable} JOIN {SearchEntryModel.Entries} e ON e.id = {FtsTable}.rowid",
            $"{FtsTable} MATCH {parameters.Add(expression)}",
            Rank);
    }

    /// <summary>A phrase matches the stems in order; a single word its stem among the stems or the compounds.</summary>
    private static string Stems(SearchTerm term) => term.IsPhrase ? $"stems : {Quote(term.Stems)}" : $"{{stems compounds}} : {Quote(term.Stems)}";

    /// <summary>An FTS5 string: the words in double quotes are one phrase. Words are letters and digits; quotes are doubled all the same.</summary>
    private static string Quote(IEnumerable<string> words) => "\"" + string.Join(' ', words).Replace("\"", "\"\"") + "\"";

    public override Task DeleteAsync(IPortalDbContext context, IReadOnlyCollection<int>? documentIds, CancellationToken cancellationToken)
    {
        const string Entries = SearchEntryModel.Entries;
        if (documentIds is null)
        {
            return ExecuteAsync(
                context,
                $"DELETE FROM {FtsTable}; DELETE FROM {SearchEntryModel.Texts}; DELETE FROM {Entries}; DELETE FROM {SearchEntryModel.WordTrigrams}; DELETE FROM {SearchEntryModel.Words};",
                null,
                cancellationToken);
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
                INSERT INTO {FtsTable} (rowid, stems, words, compounds) VALUES (@id, @stems, @words, @compounds);
                """);
            var values = new[] { "@id", "@kind", "@record", "@document", "@purchaser", "@topic", "@careTypes", "@from", "@to", "@label", "@text", "@stems", "@words", "@compounds" }
                .Select(name => AddParameter(command, name))
                .ToArray();
            foreach (var entry in entries)
            {
                var indexed = entry.Indexed;
                Set(values, entry.Id, entry.Kind.ToString(), entry.RecordId, entry.PolicyDocumentId, entry.PurchaserId, entry.TopicId, entry.CareTypeIds,
                    entry.ValidFromYear, entry.ValidToYear, entry.Label, entry.Text, DutchText.StemmedText(indexed.Words), string.Join(' ', indexed.Words),
                    DutchText.StemmedText(indexed.Compounds.Select(compound => compound.Word)));
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    /// <summary>A word and, when it is new, its trigrams (pg_trgm's, <see cref="SearchSuggestions.Trigrams"/>).</summary>
    public override async Task AddWordsAsync(IPortalDbContext context, IReadOnlyCollection<string> words, CancellationToken cancellationToken)
    {
        if (words.Count == 0)
        {
            return;
        }

        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var addWord = CreateCommand(
                context, $"INSERT OR IGNORE INTO {SearchEntryModel.Words} (word, stem, trigram_count) VALUES (@word, @stem, @count)");
            await using var addTrigram = CreateCommand(
                context, $"INSERT OR IGNORE INTO {SearchEntryModel.WordTrigrams} (trigram, word) VALUES (@trigram, @word)");
            var wordValues = new[] { "@word", "@stem", "@count" }.Select(name => AddParameter(addWord, name)).ToArray();
            var trigramValues = new[] { "@trigram", "@word" }.Select(name => AddParameter(addTrigram, name)).ToArray();
            foreach (var word in words)
            {
                var trigrams = SearchSuggestions.Trigrams(word);
                Set(wordValues, word, DutchText.Stem(word), trigrams.Count);
                if (await addWord.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    continue;
                }

                foreach (var trigram in trigrams)
                {
                    Set(trigramValues, trigram, word);
                    await addTrigram.ExecuteNonQueryAsync(cancellationToken);
                }
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The words sharing trigrams with the word, by pg_trgm's similarity computed from the shared count (as pg_trgm's <c>%</c>).</summary>
    public override Task<IReadOnlyList<string>> SimilarWordsAsync(IPortalDbContext context, string word, int limit, CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var trigrams = SearchSuggestions.Trigrams(word);
        var similarity = $"count(*) * 1.0 / ({parameters.Add(trigrams.Count)} + w.trigram_count - count(*))";
        return ReadStringsAsync(
            context,
            $"""
            SELECT t.word FROM {SearchEntryModel.WordTrigrams} t JOIN {SearchEntryModel.Words} w ON w.word = t.word
            WHERE t.trigram IN ({string.Join(", ", trigrams.Select(trigram => parameters.Add(trigram)))})
            GROUP BY t.word, w.trigram_count
            HAVING {similarity} >= {parameters.Add(SearchSuggestions.MinimumSimilarity)}
            ORDER BY {similarity} DESC, t.word
            LIMIT {parameters.Add(limit)}
            """,
            parameters,
            cancellationToken);
    }

    private static DbParameter AddParameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static void Set(DbParameter[] parameters, params object?[] values)
    {
        for (var index = 0; index < parameters.Length; index++)
        {
            parameters[index].Value = values[index] ?? DBNull.Value;
        }
    }
}
