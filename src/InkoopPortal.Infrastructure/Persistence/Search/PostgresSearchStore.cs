using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Search;

namespace InkoopPortal.Infrastructure.Persistence.Search;

/// <summary>
/// PostgreSQL: <c>search_vector</c> holds what the application's analysis makes of the entry's text
/// (<see cref="PostgresTsText.Vector"/>: the portal's Dutch stems, joined compounds and the exact words for the rank),
/// and a query is a tsquery text written the same way (<see cref="PostgresTsText.Match"/>), a bound parameter. The
/// database's own <c>dutch</c> configuration is not used: its Snowball stemmer keeps "huisarts" and "huisartsen" apart
/// (ADR-015). Similar words for "Bedoelde u …?" come from pg_trgm's trigram index on <c>search_words</c>.
/// </summary>
internal sealed class PostgresSearchStore : SearchStore
{
    public static PostgresSearchStore Instance { get; } = new();

    protected override MatchSql Match(SearchQuery query, Parameters parameters) =>
        new(
            $"{SearchEntryModel.Entries} e",
            $"e.search_vector @@ {parameters.Add(PostgresTsText.Match(query))}::tsquery",
            $"ts_rank(e.search_vector, {parameters.Add(PostgresTsText.Rank(query))}::tsquery)");

    protected override string CountsSql(string from, string where) => $"""
        SELECT e.kind, e.purchaser_id, e.topic_id, e.care_type_ids, e.valid_from_year, e.valid_to_year, count(*),
               GROUPING(e.kind, e.purchaser_id, e.topic_id, e.care_type_ids, e.valid_from_year, e.valid_to_year)
        FROM {from}
        WHERE {where}
        GROUP BY GROUPING SETS ((e.kind), (e.purchaser_id), (e.topic_id), (e.care_type_ids), (e.valid_from_year, e.valid_to_year))
        """;

    protected override string YearCondition(string year) => $"e.years @> ARRAY[{year}]::integer[]";

    /// <summary>
    /// A full rewrite builds the GIN index once at the end instead of growing it row by row (several times faster);
    /// searches wait for the rewrite's transaction meanwhile.
    /// </summary>
    public override Task BeginRebuildAsync(IPortalDbContext context, CancellationToken cancellationToken) =>
        ExecuteAsync(context, $"DROP INDEX {SearchEntryModel.SearchVectorIndex}", null, cancellationToken);

    public override async Task EndRebuildAsync(IPortalDbContext context, CancellationToken cancellationToken)
    {
        await ExecuteAsync(
            context,
            $"CREATE INDEX {SearchEntryModel.SearchVectorIndex} ON {SearchEntryModel.Entries} USING gin (search_vector, years); ANALYZE {SearchEntryModel.Entries};",
            null,
            cancellationToken);
        await base.EndRebuildAsync(context, cancellationToken);
    }

    public override Task DeleteAsync(IPortalDbContext context, IReadOnlyCollection<int>? documentIds, CancellationToken cancellationToken)
    {
        if (documentIds is null)
        {
            return ExecuteAsync(
                context, $"DELETE FROM {SearchEntryModel.Texts}; DELETE FROM {SearchEntryModel.Entries}; DELETE FROM {SearchEntryModel.Words};", null, cancellationToken);
        }

        // Two saves touching one document rewrite its entries one after the other: the second waits for the first to
        // commit, and its DELETE (a new statement, so a new snapshot) then sees the first one's rows. The lock does
        // not block inserting parts of the document (their foreign-key checks take KEY SHARE) and leaves xmin, the
        // document's row version, alone. search_texts follows by its cascading foreign key.
        var parameters = new Parameters();
        var ids = parameters.Add(documentIds.Order().ToArray());
        return ExecuteAsync(
            context,
            $"""
            SELECT id FROM policy_documents WHERE id = ANY({ids}) ORDER BY id FOR NO KEY UPDATE;
            DELETE FROM {SearchEntryModel.Entries} WHERE policy_document_id = ANY({ids});
            """,
            parameters,
            cancellationToken);
    }

    /// <summary>One statement per table for the whole batch: the columns go in as arrays and come out of <c>unnest</c>.</summary>
    public override Task InsertAsync(IPortalDbContext context, IReadOnlyList<SearchEntry> entries, CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var id = parameters.Add(entries.Select(entry => entry.Id).ToArray());
        var sql = $"""
            INSERT INTO {SearchEntryModel.Entries} (id, kind, record_id, policy_document_id, purchaser_id, topic_id, care_type_ids,
                valid_from_year, valid_to_year, years, search_vector)
            SELECT u.id, u.kind, u.record_id, u.policy_document_id, u.purchaser_id, u.topic_id, u.care_type_ids,
                u.valid_from_year, u.valid_to_year, ARRAY(SELECT generate_series(u.valid_from_year, u.valid_to_year)), u.vector::tsvector
            FROM unnest({id}, {parameters.Add(entries.Select(entry => entry.Kind.ToString()).ToArray())},
                {parameters.Add(entries.Select(entry => entry.RecordId).ToArray())},
                {parameters.Add(entries.Select(entry => entry.PolicyDocumentId).ToArray())},
                {parameters.Add(entries.Select(entry => entry.PurchaserId).ToArray())},
                {parameters.Add(entries.Select(entry => entry.TopicId).ToArray())},
                {parameters.Add(entries.Select(entry => entry.CareTypeIds).ToArray())},
                {parameters.Add(entries.Select(entry => entry.ValidFromYear).ToArray())},
                {parameters.Add(entries.Select(entry => entry.ValidToYear).ToArray())},
                {parameters.Add(entries.Select(entry => PostgresTsText.Vector(entry.Indexed)).ToArray())})
                AS u(id, kind, record_id, policy_document_id, purchaser_id, topic_id, care_type_ids, valid_from_year, valid_to_year, vector);
            INSERT INTO {SearchEntryModel.Texts} (entry_id, label, text)
            SELECT * FROM unnest({id}, {parameters.Add(entries.Select(entry => entry.Label).ToArray())},
                {parameters.Add(entries.Select(entry => entry.Text).ToArray())});
            """;
        return ExecuteAsync(context, sql, parameters, cancellationToken);
    }

    /// <summary>
    /// One statement, in the words' order (so two saves adding the same new words lock them in the same order); a word
    /// another transaction is adding waits for it and is then left alone.
    /// </summary>
    public override Task AddWordsAsync(IPortalDbContext context, IReadOnlyCollection<string> words, CancellationToken cancellationToken)
    {
        if (words.Count == 0)
        {
            return Task.CompletedTask;
        }

        var parameters = new Parameters();
        var sql = $"""
            INSERT INTO {SearchEntryModel.Words} (word, stem, trigram_count)
            SELECT u.word, u.stem, u.trigram_count
            FROM unnest({parameters.Add(words.ToArray())}::text[], {parameters.Add(words.Select(DutchText.Stem).ToArray())}::text[],
                {parameters.Add(words.Select(word => SearchSuggestions.Trigrams(word).Count).ToArray())}::integer[]) AS u(word, stem, trigram_count)
            ORDER BY u.word COLLATE "C"
            ON CONFLICT (word) DO NOTHING
            """;
        return ExecuteAsync(context, sql, parameters, cancellationToken);
    }

    /// <summary>pg_trgm's <c>%</c> (similarity at least <c>pg_trgm.similarity_threshold</c>, 0.3 unless changed) over its GIN index.</summary>
    public override Task<IReadOnlyList<string>> SimilarWordsAsync(IPortalDbContext context, string word, int limit, CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var typed = parameters.Add(word);
        return ReadStringsAsync(
            context,
            $"SELECT word FROM {SearchEntryModel.Words} WHERE word % {typed} ORDER BY similarity(word, {typed}) DESC, word COLLATE \"C\" LIMIT {parameters.Add(limit)}",
            parameters,
            cancellationToken);
    }
}
