using System.Globalization;
using System.Text.Json;
using InkoopPortal.Application.History;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.History;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Editing.Documents;

/// <summary>A deleted content record as the recycle bin lists it.</summary>
public sealed record DeletedRecord(string EntityType, int Id, string KindName, string Summary, string DeletedBy, DateTimeOffset DeletedAt);

/// <summary>
/// The recycle bin: every content record that is deleted now (its last delete or restore in the history is a
/// delete), newest first, and bringing one back through <see cref="DeletedRecords"/>.
/// </summary>
public sealed class RecycleBin(IPortalDbContextFactory contextFactory, DeletedRecords deletedRecords)
{
    private const int SummaryLength = 120;

    // The properties that name a record, best first.
    private static readonly string[] NameProperties = ["Title", "Name", "Description", "Metric", "Subject", "Text", "BodyMarkdown", "Category"];

    /// <summary>The deleted records; editors only (deleted content is not for readers, ADR-011).</summary>
    public async Task<IReadOnlyList<DeletedRecord>> ListAsync(IPortalAuthorization authorization, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Edit, cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        var entries = await context.AuditEntries.AsNoTracking()
            .Where(entry => entry.Action == AuditAction.Deleted || entry.Action == AuditAction.Restored)
            .OrderBy(entry => entry.Id)
            .Select(entry => new { entry.Id, entry.EntityType, entry.EntityKey, entry.Action, entry.UserName, entry.At, entry.Before })
            .ToListAsync(cancellationToken);
        return entries
            .GroupBy(entry => (entry.EntityType, entry.EntityKey))
            .Select(group => group.Last())
            .Where(last => last.Action == AuditAction.Deleted && IsContentRecord(last.EntityType))
            .Select(last => (Entry: last, Id: int.TryParse(last.EntityKey, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0))
            .Where(item => item.Id > 0)
            .OrderByDescending(item => item.Entry.Id)
            .Select(item => new DeletedRecord(
                item.Entry.EntityType,
                item.Id,
                ContentRecordNames.Named(item.Entry.EntityType, item.Id),
                Summarize(item.Entry.Before),
                item.Entry.UserName,
                item.Entry.At))
            .ToList();
    }

    /// <summary>Brings the record back; the result's message says in Dutch what happened or why not.</summary>
    public async Task<RestoreResult> RestoreAsync(
        string entityType, int id, IPortalAuthorization authorization, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Edit, cancellationToken);
        return await deletedRecords.RestoreAsync(entityType, id, actor, cancellationToken);
    }

    // Links between records (join rows) are removed, not deleted: they come back with their records.
    private static bool IsContentRecord(string entityType) => ContentRecordNames.Singular(entityType) != ContentRecordNames.Singular("");

    private static string Summarize(string? snapshot)
    {
        if (snapshot is null)
        {
            return "";
        }

        using var json = JsonDocument.Parse(snapshot);
        foreach (var property in NameProperties)
        {
            if (json.RootElement.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
                && value.GetString() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text))
            {
                return TextPreview.Of(text, SummaryLength);
            }
        }

        return "";
    }
}
