using System.Text;
using System.Text.Encodings.Web;
using InkoopPortal.Application.Comparison;
using InkoopPortal.Domain.Documents;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace InkoopPortal.Bench.Hosting;

/// <summary>
/// Variant (b), the floor the portal is compared with: the same matrix read with raw Npgsql (two round trips: the
/// columns with each purchaser's document and the topic rows, then those documents' statements on those topics) and
/// written straight to the response as a minimal table with the same cell HTML. No Blazor, no EF, no cache.
/// </summary>
public sealed class BaselineMatrixEndpoint(NpgsqlDataSource dataSource)
{
    public const string Path = "/bench/baseline";

    private const string ColumnsSql = """
        SELECT p.slug, p.name, d.id
        FROM unnest(@purchasers::text[]) WITH ORDINALITY AS wanted(slug, position)
        JOIN purchasers p ON p.slug = wanted.slug
        LEFT JOIN LATERAL (
            SELECT d.id FROM policy_documents d
            JOIN policy_document_care_types dc ON dc.policy_document_id = d.id
            JOIN care_types c ON c.id = dc.care_types_id
            WHERE d.purchaser_id = p.id AND c.slug = @careType AND d.status = 'Published'
              AND d.valid_from_year <= @year AND d.valid_to_year >= @year
            ORDER BY d.valid_from_year DESC, d.id DESC
            LIMIT 1) d ON true
        ORDER BY wanted.position
        """;

    private const string RowsSql = """
        SELECT t.id, t.name
        FROM topics t
        JOIN topic_care_types tc ON tc.topic_id = t.id
        JOIN care_types c ON c.id = tc.care_types_id AND c.slug = @careType
        LEFT JOIN topic_groups g ON g.id = t.group_id
        WHERE cardinality(@topics::text[]) = 0 OR t.slug = ANY(@topics::text[])
        ORDER BY g.sort_order NULLS LAST, t.sort_order, t.name
        """;

    private const string CellsSql = """
        SELECT s.policy_document_id, s.topic_id, s.status, s.body_html
        FROM statements s
        WHERE s.policy_document_id = ANY(@documents) AND s.topic_id = ANY(@topics)
          AND (s.care_type_id IS NULL OR s.care_type_id = (SELECT id FROM care_types WHERE slug = @careType))
        ORDER BY s.care_type_id NULLS LAST
        """;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public async Task HandleAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var year = int.Parse(query[MatrixRequest.YearKey].ToString(), System.Globalization.CultureInfo.InvariantCulture);
        var careType = query[MatrixRequest.CareTypeKey].ToString();
        var purchasers = SlugList(query[MatrixRequest.PurchasersKey].ToString());
        var topicSlugs = SlugList(query[MatrixRequest.TopicsKey].ToString());
        var cancellationToken = context.RequestAborted;

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var columns = new List<(string Slug, string Name, int? DocumentId)>();
        var rows = new List<(int Id, string Name)>();
        await using (var batch = new NpgsqlBatch(connection))
        {
            batch.BatchCommands.Add(Command(ColumnsSql, ("purchasers", purchasers), ("careType", careType), ("year", year)));
            batch.BatchCommands.Add(Command(RowsSql, ("topics", topicSlugs), ("careType", careType)));
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                columns.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt32(2)));
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt32(0), reader.GetString(1)));
            }
        }

        var cells = new Dictionary<(int DocumentId, int TopicId), (string Status, string Html)>();
        await using (var command = new NpgsqlCommand(CellsSql, connection))
        {
            command.Parameters.AddWithValue("documents", columns.Where(c => c.DocumentId is not null).Select(c => c.DocumentId!.Value).ToArray());
            command.Parameters.AddWithValue("topics", rows.Select(row => row.Id).ToArray());
            command.Parameters.AddWithValue("careType", careType);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                cells.TryAdd((reader.GetInt32(0), reader.GetInt32(1)), (reader.GetString(2), reader.GetString(3)));
            }
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(false), 32 * 1024);
        await WriteTableAsync(writer, columns, rows, cells);
    }

    private static async Task WriteTableAsync(
        StreamWriter writer,
        List<(string Slug, string Name, int? DocumentId)> columns,
        List<(int Id, string Name)> rows,
        Dictionary<(int DocumentId, int TopicId), (string Status, string Html)> cells)
    {
        await writer.WriteAsync("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Vergelijken</title></head><body>");
        await writer.WriteAsync("<table class=\"matrix\"><thead><tr><th scope=\"col\">Onderwerp</th>");
        foreach (var column in columns)
        {
            await writer.WriteAsync($"<th scope=\"col\">{Encoder.Encode(column.Name)}</th>");
        }

        await writer.WriteAsync("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            await writer.WriteAsync($"<tr><th scope=\"row\">{Encoder.Encode(row.Name)}</th>");
            foreach (var column in columns)
            {
                await writer.WriteAsync("<td>");
                if (column.DocumentId is not { } documentId)
                {
                    await writer.WriteAsync("<p class=\"cell-state\">Geen document voor dit jaar</p>");
                }
                else if (!cells.TryGetValue((documentId, row.Id), out var cell))
                {
                    await writer.WriteAsync("<p class=\"cell-state\">Nog niet geanalyseerd</p>");
                }
                else if (cell.Status == nameof(StatementStatus.Content))
                {
                    await writer.WriteAsync("<div class=\"cell-body\">");
                    await writer.WriteAsync(cell.Html);
                    await writer.WriteAsync("</div>");
                }
                else
                {
                    await writer.WriteAsync($"<p class=\"cell-state\">{cell.Status}</p>");
                }

                await writer.WriteAsync("</td>");
            }

            await writer.WriteAsync("</tr>");
        }

        await writer.WriteAsync("</tbody></table></body></html>");
    }

    private static NpgsqlBatchCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, value));
        }

        return command;
    }

    private static string[] SlugList(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
