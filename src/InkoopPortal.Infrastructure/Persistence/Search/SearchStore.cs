using System.Data.Common;
using System.Globalization;
using System.Text;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Search;
using InkoopPortal.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace InkoopPortal.Infrastructure.Persistence.Search;

/// <summary>
/// What both providers' search SQL share: the filters on the index table, the page and facet-count statements (sent
/// together, one round trip) and reading their rows. The providers add the full-text match and rank
/// (<see cref="Match"/>) and how rows are written. Every value from the user is a parameter.
/// </summary>
internal abstract class SearchStore : ISearchStore
{
    /// <summary>The parameters of one command, named <c>@p0</c>, <c>@p1</c>, … in the order they were added.</summary>
    protected sealed class Parameters
    {
        public List<object> Values { get; } = [];

        public string Add(object value)
        {
            Values.Add(value);
            return "@p" + (Values.Count - 1).ToString(CultureInfo.InvariantCulture);
        }

        public string AddList(IEnumerable<int> values) => string.Join(", ", values.Select(value => Add(value)));
    }

    /// <summary>The FROM clause (the index table is <c>e</c>), the match condition and the rank expression (higher is better).</summary>
    protected sealed record MatchSql(string From, string Condition, string Rank);

    protected abstract MatchSql Match(SearchQuery query, Parameters parameters);

    /// <summary>
    /// Counts of the hits per dimension, one row per group: kind, purchaser_id, topic_id, care_type_ids,
    /// valid_from_year, valid_to_year (those not grouped on are null), the count, and which dimension
    /// (<see cref="Dimension"/>). This form is plain SQL; PostgreSQL overrides it with GROUPING SETS (one scan).
    /// </summary>
    protected virtual string CountsSql(string from, string where) => string.Join("\nUNION ALL\n",
        [
            $"SELECT e.kind, NULL, NULL, NULL, NULL, NULL, count(*), {(int)Dimension.Kind} FROM {from} WHERE {where} GROUP BY e.kind",
            $"SELECT NULL, e.purchaser_id, NULL, NULL, NULL, NULL, count(*), {(int)Dimension.Purchaser} FROM {from} WHERE {where} GROUP BY e.purchaser_id",
            $"SELECT NULL, NULL, e.topic_id, NULL, NULL, NULL, count(*), {(int)Dimension.Topic} FROM {from} WHERE {where} GROUP BY e.topic_id",
            $"SELECT NULL, NULL, NULL, e.care_type_ids, NULL, NULL, count(*), {(int)Dimension.CareTypes} FROM {from} WHERE {where} GROUP BY e.care_type_ids",
            $"SELECT NULL, NULL, NULL, NULL, e.valid_from_year, e.valid_to_year, count(*), {(int)Dimension.Years} FROM {from} WHERE {where} " +
            "GROUP BY e.valid_from_year, e.valid_to_year",
        ]);

    /// <summary>
    /// Which dimension a row of <see cref="CountsSql"/> counts: the value PostgreSQL's
    /// <c>GROUPING(kind, purchaser_id, topic_id, care_type_ids, valid_from_year, valid_to_year)</c> gives (a bit set
    /// for every column not grouped on, the first column highest).
    /// </summary>
    protected enum Dimension
    {
        Kind = 0b011111,
        Purchaser = 0b101111,
        Topic = 0b110111,
        CareTypes = 0b111011,
        Years = 0b111100,
    }

    /// <summary>The entry is valid in the year (a parameter).</summary>
    protected virtual string YearCondition(string year) => $"e.valid_from_year <= {year} AND e.valid_to_year >= {year}";

    public abstract Task DeleteAsync(IPortalDbContext context, IReadOnlyCollection<int>? documentIds, CancellationToken cancellationToken);

    public abstract Task InsertAsync(IPortalDbContext context, IReadOnlyList<SearchEntry> entries, CancellationToken cancellationToken);

    public abstract Task AddWordsAsync(IPortalDbContext context, IReadOnlyCollection<string> words, CancellationToken cancellationToken);

    public abstract Task<IReadOnlyList<string>> SimilarWordsAsync(IPortalDbContext context, string word, int limit, CancellationToken cancellationToken);

    public async Task<IReadOnlySet<string>> KnownStemsAsync(IPortalDbContext context, IReadOnlyCollection<string> stems, CancellationToken cancellationToken)
    {
        if (stems.Count == 0)
        {
            return new HashSet<string>();
        }

        var parameters = new Parameters();
        var list = string.Join(", ", stems.Select(stem => parameters.Add(stem)));
        return (await ReadStringsAsync(context, $"SELECT DISTINCT stem FROM {SearchEntryModel.Words} WHERE stem IN ({list})", parameters, cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
    }

    public virtual Task BeginRebuildAsync(IPortalDbContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Notes which analysis built the index (<see cref="DutchText.AnalyzerVersion"/>): start-up rebuilds an index built by another.</summary>
    public virtual Task EndRebuildAsync(IPortalDbContext context, CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        return ExecuteAsync(
            context,
            $"""
            INSERT INTO {SearchEntryModel.State} (id, analyzer_version) VALUES ({parameters.Add(SearchIndexStateRow.SingletonId)}, {parameters.Add(DutchText.AnalyzerVersion)})
            ON CONFLICT (id) DO UPDATE SET analyzer_version = excluded.analyzer_version
            """,
            parameters,
            cancellationToken);
    }

    public async Task<SearchMatches> FindAsync(IPortalDbContext context, SearchCriteria criteria, int skip, int take, CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var match = Match(criteria.Query, parameters);
        var where = match.Condition + Filters(criteria, parameters);
        // The content version first (the caller checks its catalog against it), then the page, ranked on the narrow
        // index rows with the texts and titles joined for the page's rows only, then the counts.
        var sql = $"""
            SELECT token FROM content_versions WHERE id = {parameters.Add(ContentVersion.SingletonId)};
            SELECT e.kind, e.record_id, e.policy_document_id, d.title, e.purchaser_id, e.topic_id, e.care_type_ids,
                   e.valid_from_year, e.valid_to_year, t.label, t.text, p.rank
            FROM (SELECT e.id, {match.Rank} AS rank
                  FROM {match.From}
                  WHERE {where}
                  ORDER BY rank DESC, e.id
                  LIMIT {parameters.Add(take)} OFFSET {parameters.Add(skip)}) p
            JOIN {SearchEntryModel.Entries} e ON e.id = p.id
            JOIN {SearchEntryModel.Texts} t ON t.entry_id = p.id
            JOIN policy_documents d ON d.id = e.policy_document_id
            ORDER BY p.rank DESC, p.id;
            {CountsSql(match.From, where)}
            """;

        var page = new List<SearchMatch>();
        var kinds = new Dictionary<SearchKind, int>();
        var purchasers = new Dictionary<int, int>();
        var topics = new Dictionary<int, int>();
        var careTypeSets = new Dictionary<string, int>();
        var yearRanges = new Dictionary<(int From, int To), int>();
        Guid contentVersion;
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = CreateCommand(context, sql, parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            contentVersion = reader.GetGuid(0);
            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                page.Add(new SearchMatch(
                    Enum.Parse<SearchKind>(reader.GetString(0)),
                    reader.GetInt32(1),
                    reader.GetInt32(2),
                    reader.GetString(3),
                    reader.GetInt32(4),
                    reader.IsDBNull(5) ? null : reader.GetInt32(5),
                    reader.GetString(6),
                    reader.GetInt32(7),
                    reader.GetInt32(8),
                    reader.IsDBNull(9) ? null : reader.GetString(9),
                    reader.GetString(10),
                    Convert.ToDouble(reader.GetValue(11), CultureInfo.InvariantCulture)));
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var count = Convert.ToInt32(reader.GetValue(6), CultureInfo.InvariantCulture);
                switch ((Dimension)Convert.ToInt32(reader.GetValue(7), CultureInfo.InvariantCulture))
                {
                    case Dimension.Kind:
                        kinds[Enum.Parse<SearchKind>(reader.GetString(0))] = count;
                        break;
                    case Dimension.Purchaser:
                        purchasers[reader.GetInt32(1)] = count;
                        break;
                    case Dimension.Topic when !reader.IsDBNull(2):
                        topics[reader.GetInt32(2)] = count;
                        break;
                    case Dimension.CareTypes:
                        careTypeSets[reader.GetString(3)] = count;
                        break;
                    case Dimension.Years:
                        yearRanges[(reader.GetInt32(4), reader.GetInt32(5))] = count;
                        break;
                }
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }

        return new SearchMatches(page, new SearchCounts(kinds, purchasers, topics, careTypeSets, yearRanges), contentVersion);
    }

    private string Filters(SearchCriteria criteria, Parameters parameters)
    {
        var sql = new StringBuilder();
        if (criteria.Year is { } year)
        {
            sql.Append(" AND ").Append(YearCondition(parameters.Add(year)));
        }

        if (criteria.CareTypeId is { } careTypeId)
        {
            sql.Append($" AND e.care_type_ids LIKE {parameters.Add($"%,{careTypeId.ToString(CultureInfo.InvariantCulture)},%")}");
        }

        if (criteria.PurchaserIds is { } purchaserIds)
        {
            sql.Append($" AND e.purchaser_id IN ({parameters.AddList(purchaserIds)})");
        }

        if (criteria.TopicIds is { } topicIds)
        {
            sql.Append($" AND e.topic_id IN ({parameters.AddList(topicIds)})");
        }

        if (criteria.Kind is { } kind)
        {
            sql.Append($" AND e.kind = {parameters.Add(kind.ToString())}");
        }

        return sql.ToString();
    }

    /// <summary>A command on the context's connection, in its transaction if there is one (SQLite insists).</summary>
    protected static DbCommand CreateCommand(IPortalDbContext context, string sql, Parameters? parameters = null)
    {
        var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        if (parameters is not null)
        {
            for (var index = 0; index < parameters.Values.Count; index++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@p" + index.ToString(CultureInfo.InvariantCulture);
                parameter.Value = parameters.Values[index];
                command.Parameters.Add(parameter);
            }
        }

        return command;
    }

    /// <summary>The first column of every row of a query.</summary>
    protected static async Task<IReadOnlyList<string>> ReadStringsAsync(IPortalDbContext context, string sql, Parameters parameters, CancellationToken cancellationToken)
    {
        var values = new List<string>();
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = CreateCommand(context, sql, parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                values.Add(reader.GetString(0));
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }

        return values;
    }

    protected static async Task ExecuteAsync(IPortalDbContext context, string sql, Parameters? parameters, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = CreateCommand(context, sql, parameters);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The provider's store: PostgreSQL's tsvector index or SQLite's FTS5 table.</summary>
    public static ISearchStore For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Postgres => PostgresSearchStore.Instance,
        DatabaseProvider.Sqlite => SqliteSearchStore.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Onbekende databaseprovider."),
    };
}
