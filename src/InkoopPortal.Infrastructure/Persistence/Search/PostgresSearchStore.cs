using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Search;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace InkoopPortal.Infrastructure.Persistence.Search;

/// <summary>
/// PostgreSQL: the text's words, as the application reads them, are stemmed by the database (<c>dutch</c>
/// configuration) into a generated, GIN-indexed tsvector.
/// The query is a tsquery put together from <c>phraseto_tsquery</c> calls on bound parameters (one per term) with
/// <c>&amp;&amp;</c>, <c>||</c> and <c>!!</c>; the rank adds the <c>simple</c> (unstemmed) match of the same terms, weighted
/// so the exact word comes before its other forms. Rows are written with binary COPY.
/// </summary>
internal sealed class PostgresSearchStore : SearchStore
{
    public const string Words = "Words";
    public const string DutchVector = "DutchVector";
    public const string ExactVector = "ExactVector";

    /// <summary>How much more an exact word counts than a stemmed match.</summary>
    private const int ExactWeight = 10;

    public static PostgresSearchStore Instance { get; } = new();

    protected override MatchSql Match(SearchQuery query, Parameters parameters)
    {
        var terms = query.PositiveTerms.Concat(query.Excluded).Distinct().ToDictionary(term => term, term => parameters.Add(term.Text));
        string Dutch(SearchTerm term) => $"phraseto_tsquery('dutch', {terms[term]})";

        var matched = string.Join(" && ", query.Groups.Select(group => "(" + string.Join(" || ", group.Select(Dutch)) + ")")
            .Concat(query.Excluded.Select(term => $"!!{Dutch(term)}")));
        var exact = string.Join(" || ", query.PositiveTerms.Select(term => $"phraseto_tsquery('simple', {terms[term]})"));
        return new MatchSql(
            $"{SearchEntryModel.Table} e",
            $"e.dutch_vector @@ ({matched})",
            $"ts_rank(e.dutch_vector, ({matched})) + {ExactWeight} * ts_rank(e.exact_vector, ({exact}))");
    }

    public override Task DeleteAsync(IPortalDbContext context, IReadOnlyCollection<int>? documentIds, CancellationToken cancellationToken)
    {
        if (documentIds is null)
        {
            return ExecuteAsync(context, $"DELETE FROM {SearchEntryModel.Table}", null, cancellationToken);
        }

        var parameters = new Parameters();
        var ids = parameters.Add(documentIds.ToArray());
        return ExecuteAsync(context, $"DELETE FROM {SearchEntryModel.Table} WHERE policy_document_id = ANY({ids})", parameters, cancellationToken);
    }

    public override async Task InsertAsync(IPortalDbContext context, IReadOnlyList<SearchEntry> entries, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)context.Database.GetDbConnection();
            await using var import = await connection.BeginBinaryImportAsync(
                $"COPY {SearchEntryModel.Table} (kind, record_id, policy_document_id, purchaser_id, topic_id, care_type_ids, " +
                "valid_from_year, valid_to_year, label, text, words) FROM STDIN (FORMAT BINARY)",
                cancellationToken);
            foreach (var entry in entries)
            {
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(entry.Kind.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await import.WriteAsync(entry.RecordId, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(entry.PolicyDocumentId, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(entry.PurchaserId, NpgsqlDbType.Integer, cancellationToken);
                await WriteNullableAsync(import, entry.TopicId, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(entry.CareTypeIds, NpgsqlDbType.Varchar, cancellationToken);
                await import.WriteAsync(entry.ValidFromYear, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(entry.ValidToYear, NpgsqlDbType.Integer, cancellationToken);
                await WriteNullableAsync(import, entry.Label, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(entry.Text, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(string.Join(' ', DutchText.IndexWords(entry.Text)), NpgsqlDbType.Text, cancellationToken);
            }

            await import.CompleteAsync(cancellationToken);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter import, T? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? import.WriteNullAsync(cancellationToken) : import.WriteAsync(value, type, cancellationToken);
}
