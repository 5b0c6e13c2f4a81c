using System.Data.Common;
using System.Globalization;
using System.Text;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Search;
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

    public abstract Task DeleteAsync(IPortalDbContext context, IReadOnlyCollection<int>? documentIds, CancellationToken cancellationToken);

    public abstract Task InsertAsync(IPortalDbContext context, IReadOnlyList<SearchEntry> entries, CancellationToken cancellationToken);

    public async Task<SearchMatches> FindAsync(IPortalDbContext context, SearchCriteria criteria, int skip, int take, CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var match = Match(criteria.Query, parameters);
        var where = match.Condition + Filters(criteria, parameters);
        var sql = $"""
            SELECT e.kind, e.record_id, e.policy_document_id, d.title, e.purchaser_id, e.topic_id, e.care_type_ids,
                   e.valid_from_year, e.valid_to_year, e.label, e.text, {match.Rank} AS rank
            FROM {match.From} JOIN policy_documents d ON d.id = e.policy_document_id
            WHERE {where}
            ORDER BY rank DESC, e.id
            LIMIT {parameters.Add(take)} OFFSET {parameters.Add(skip)};
            SELECT e.kind, e.purchaser_id, e.topic_id, e.care_type_ids, e.valid_from_year, e.valid_to_year, count(*)
            FROM {match.From}
            WHERE {where}
            GROUP BY e.kind, e.purchaser_id, e.topic_id, e.care_type_ids, e.valid_from_year, e.valid_to_year
            """;

        var page = new List<SearchMatch>();
        var groups = new List<SearchGroupCount>();
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = CreateCommand(context, sql, parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
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
                groups.Add(new SearchGroupCount(
                    Enum.Parse<SearchKind>(reader.GetString(0)),
                    reader.GetInt32(1),
                    reader.IsDBNull(2) ? null : reader.GetInt32(2),
                    reader.GetString(3),
                    reader.GetInt32(4),
                    reader.GetInt32(5),
                    Convert.ToInt32(reader.GetValue(6), CultureInfo.InvariantCulture)));
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }

        return new SearchMatches(page, groups);
    }

    private static string Filters(SearchCriteria criteria, Parameters parameters)
    {
        var sql = new StringBuilder();
        if (criteria.Year is { } year)
        {
            var parameter = parameters.Add(year);
            sql.Append($" AND e.valid_from_year <= {parameter} AND e.valid_to_year >= {parameter}");
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
