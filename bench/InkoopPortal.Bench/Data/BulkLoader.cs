using System.Security.Cryptography;
using System.Text;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Sources;
using Npgsql;
using NpgsqlTypes;

namespace InkoopPortal.Bench.Data;

/// <summary>
/// Copies the planned documents and statements into the migrated schema with PostgreSQL's binary COPY (enums as the
/// strings the EF model stores), then moves the identity sequences past the copied ids.
/// </summary>
public static class BulkLoader
{
    public static async Task LoadAsync(
        NpgsqlConnection connection, DocumentPlan plan, IReadOnlyDictionary<string, string> htmlByMarkdown, CancellationToken cancellationToken)
    {
        await CopySourceDocumentsAsync(connection, plan.Documents, cancellationToken);
        await CopyDocumentsAsync(connection, plan.Documents, cancellationToken);
        await CopyDocumentCareTypesAsync(connection, plan.Documents, cancellationToken);
        await CopyStatementsAsync(connection, plan.Statements, htmlByMarkdown, cancellationToken);
        foreach (var table in new[] { "source_documents", "policy_documents", "statements" })
        {
            await ExecuteAsync(connection, $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))", cancellationToken);
        }

        await ExecuteAsync(connection, "ANALYZE", cancellationToken);
    }

    /// <summary>One imported source file per document, as a policy-text import leaves behind.</summary>
    private static async Task CopySourceDocumentsAsync(NpgsqlConnection connection, List<PlannedDocument> documents, CancellationToken cancellationToken)
    {
        var importedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY source_documents (id, file_name, title, kind, publisher, year, content_sha256, content, imported_at) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var document in documents)
        {
            var content = $"Synthetisch inkoopdocument {document.Id}: {document.Title}, inkoper {document.PurchaserId}, zorgsoort {document.CareTypeId}.";
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(document.Id, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync($"bench-{document.Id}.txt", NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(document.Title, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(nameof(SourceDocumentKind.PolicyText), NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync("Benchmark", NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(document.ValidFromYear, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))), NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(content, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(importedAt, NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task CopyDocumentsAsync(NpgsqlConnection connection, List<PlannedDocument> documents, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY policy_documents (id, purchaser_id, title, kind, valid_from_year, valid_to_year, source_url, status) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var document in documents)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(document.Id, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(document.PurchaserId, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(document.Title, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(nameof(PolicyDocumentKind.PurchasingPolicy), NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(document.ValidFromYear, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(document.ValidToYear, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync($"https://example.org/inkoopbeleid/{document.Id}", NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(document.Status.ToString(), NpgsqlDbType.Varchar, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task CopyDocumentCareTypesAsync(NpgsqlConnection connection, List<PlannedDocument> documents, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY policy_document_care_types (care_types_id, policy_document_id) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var document in documents)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(document.CareTypeId, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(document.Id, NpgsqlDbType.Integer, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task CopyStatementsAsync(
        NpgsqlConnection connection, List<PlannedStatement> statements, IReadOnlyDictionary<string, string> htmlByMarkdown, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY statements (id, policy_document_id, topic_id, status, body_markdown, body_html, source_document_id, source_location, sort_order) " +
            "FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var statement in statements)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(statement.Id, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(statement.DocumentId, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(statement.TopicId, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(statement.Status.ToString(), NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(statement.Markdown, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(statement.Markdown.Length == 0 ? "" : htmlByMarkdown[statement.Markdown], NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(statement.DocumentId, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync($"hoofdstuk 3.{statement.SortOrder}", NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(statement.SortOrder, NpgsqlDbType.Integer, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
