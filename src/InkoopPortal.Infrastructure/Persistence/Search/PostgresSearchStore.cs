using System.Globalization;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Search;

namespace InkoopPortal.Infrastructure.Persistence.Search;

/// <summary>
/// PostgreSQL: <c>search_vector</c> holds the Dutch stems (<c>dutch</c> configuration, weight D) of the entry's words
/// as the application reads them (<see cref="DutchText.IndexWords"/>; PostgreSQL's own parser would read
/// "regioplan/regiobeelden" as a file name), and the same words unstemmed with a <c>0</c> in front (weight A), which
/// no stem can equal. A query matches stems only: a tsquery of <c>phraseto_tsquery('dutch', …)</c> calls on bound
/// parameters, one per term, joined with <c>&amp;&amp;</c>, <c>||</c> and <c>!!</c>. The rank also asks for the
/// exact words, whose weight puts the exact term before its other forms.
/// </summary>
internal sealed class PostgresSearchStore : SearchStore
{
    /// <summary>Put before every unstemmed word: PostgreSQL keeps "0aanbieders" as one token, and no Dutch word or stem starts so.</summary>
    public const string ExactMarker = "0";

    /// <summary>A tsvector keeps positions up to 16383, and 256 per lexeme; the exact part of a longer text stops there (it only ranks).</summary>
    private const int MaximumPosition = 16_383;
    private const int MaximumPositionsPerWord = 256;

    public static PostgresSearchStore Instance { get; } = new();

    protected override MatchSql Match(SearchQuery query, Parameters parameters)
    {
        var terms = query.PositiveTerms.Concat(query.Excluded).ToDictionary(term => term, term => parameters.Add(term.Text));
        string Dutch(SearchTerm term) => $"phraseto_tsquery('dutch', {terms[term]})";

        var matched = string.Join(" && ", query.Groups.Select(group => "(" + string.Join(" || ", group.Select(Dutch)) + ")")
            .Concat(query.Excluded.Select(term => $"!!{Dutch(term)}")));
        var ranked = string.Join(" || ", query.PositiveTerms.SelectMany(term => new[]
        {
            Dutch(term),
            $"phraseto_tsquery('simple', {parameters.Add(Exact(term.Words))})",
        }));
        return new MatchSql(
            $"{SearchEntryModel.Entries} e",
            $"e.search_vector @@ ({matched})",
            $"ts_rank(e.search_vector, ({ranked}))");
    }

    protected override string CountsSql(string from, string where) => $"""
        SELECT e.kind, e.purchaser_id, e.topic_id, e.care_type_ids, e.valid_from_year, e.valid_to_year, count(*),
               GROUPING(e.kind, e.purchaser_id, e.topic_id, e.care_type_ids, e.valid_from_year, e.valid_to_year)
        FROM {from}
        WHERE {where}
        GROUP BY GROUPING SETS ((e.kind), (e.purchaser_id), (e.topic_id), (e.care_type_ids), (e.valid_from_year, e.valid_to_year))
        """;

    protected override string YearCondition(string year) => $"e.years @> ARRAY[{year}]::integer[]";

    private static string Exact(IEnumerable<string> words) => string.Join(' ', words.Select(word => ExactMarker + word));

    /// <summary>
    /// The unstemmed words as a tsvector literal with their positions, weight A (<c>'0zorg':1A,7A '0regioplan':2A</c>):
    /// read far faster than parsing the words again, and the words are letters and digits only.
    /// </summary>
    private static string ExactLexemes(List<string> words)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var index = 0; index < words.Count && index < MaximumPosition; index++)
        {
            if (!positions.TryGetValue(words[index], out var list))
            {
                positions[words[index]] = list = [];
            }

            if (list.Count < MaximumPositionsPerWord)
            {
                list.Add(index + 1);
            }
        }

        return string.Join(' ', positions.Select(word =>
            $"'{ExactMarker}{word.Key}':{string.Join(',', word.Value.Select(position => position.ToString(CultureInfo.InvariantCulture) + "A"))}"));
    }

    /// <summary>
    /// A full rewrite builds the GIN index once at the end instead of growing it row by row (several times faster);
    /// searches wait for the rewrite's transaction meanwhile.
    /// </summary>
    public override Task BeginRebuildAsync(IPortalDbContext context, CancellationToken cancellationToken) =>
        ExecuteAsync(context, $"DROP INDEX {SearchEntryModel.SearchVectorIndex}", null, cancellationToken);

    public override Task EndRebuildAsync(IPortalDbContext context, CancellationToken cancellationToken) =>
        ExecuteAsync(
            context,
            $"CREATE INDEX {SearchEntryModel.SearchVectorIndex} ON {SearchEntryModel.Entries} USING gin (search_vector, years); ANALYZE {SearchEntryModel.Entries};",
            null,
            cancellationToken);

    public override Task DeleteAsync(IPortalDbContext context, IReadOnlyCollection<int>? documentIds, CancellationToken cancellationToken)
    {
        if (documentIds is null)
        {
            return ExecuteAsync(context, $"DELETE FROM {SearchEntryModel.Texts}; DELETE FROM {SearchEntryModel.Entries};", null, cancellationToken);
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
        var words = entries.Select(entry => DutchText.IndexWords(entry.Text)).ToList();
        var id = parameters.Add(entries.Select(entry => entry.Id).ToArray());
        var sql = $"""
            INSERT INTO {SearchEntryModel.Entries} (id, kind, record_id, policy_document_id, purchaser_id, topic_id, care_type_ids,
                valid_from_year, valid_to_year, years, search_vector)
            SELECT u.id, u.kind, u.record_id, u.policy_document_id, u.purchaser_id, u.topic_id, u.care_type_ids,
                u.valid_from_year, u.valid_to_year, ARRAY(SELECT generate_series(u.valid_from_year, u.valid_to_year)),
                setweight(to_tsvector('dutch', u.words), 'D') || u.exact::tsvector
            FROM unnest({id}, {parameters.Add(entries.Select(entry => entry.Kind.ToString()).ToArray())},
                {parameters.Add(entries.Select(entry => entry.RecordId).ToArray())},
                {parameters.Add(entries.Select(entry => entry.PolicyDocumentId).ToArray())},
                {parameters.Add(entries.Select(entry => entry.PurchaserId).ToArray())},
                {parameters.Add(entries.Select(entry => entry.TopicId).ToArray())},
                {parameters.Add(entries.Select(entry => entry.CareTypeIds).ToArray())},
                {parameters.Add(entries.Select(entry => entry.ValidFromYear).ToArray())},
                {parameters.Add(entries.Select(entry => entry.ValidToYear).ToArray())},
                {parameters.Add(words.Select(entryWords => string.Join(' ', entryWords)).ToArray())},
                {parameters.Add(words.Select(ExactLexemes).ToArray())})
                AS u(id, kind, record_id, policy_document_id, purchaser_id, topic_id, care_type_ids, valid_from_year, valid_to_year, words, exact);
            INSERT INTO {SearchEntryModel.Texts} (entry_id, label, text)
            SELECT * FROM unnest({id}, {parameters.Add(entries.Select(entry => entry.Label).ToArray())},
                {parameters.Add(entries.Select(entry => entry.Text).ToArray())});
            """;
        return ExecuteAsync(context, sql, parameters, cancellationToken);
    }
}
