using System.Globalization;
using System.Text.Json;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Presentation;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.History;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.History;

/// <summary>Who last changed a statement's text by hand, and when (from the history, ADR-008).</summary>
public sealed record ManualEdit(string By, DateTimeOffset At)
{
    /// <summary>"Bewerkt door A. Jansen op 3 december 2026".</summary>
    public string Text => $"Bewerkt door {By} op {DutchFormat.Date(At)}";

    /// <summary>
    /// The source line of a cell (ADR-030): "Geïmporteerd uit X", or once an editor changed it "Bewerkt door A. Jansen op
    /// 3 december 2026; oorspronkelijk geïmporteerd uit X"; null when there is neither.
    /// </summary>
    public static string? SourceLine(ManualEdit? edit, string? importedFrom) => (edit, importedFrom) switch
    {
        (null, null) => null,
        (null, { } source) => $"Geïmporteerd uit {source}",
        ({ } changed, null) => changed.Text,
        ({ } changed, { } source) => $"{changed.Text}; oorspronkelijk geïmporteerd uit {source}",
    };
}

/// <summary>
/// The one rule for "this cell was edited": the latest update of a statement by a signed-in user that left its source
/// as it was. An import (the command line, or publishing an imported draft, which points the cell at the new file)
/// is not an edit; a draft copied from last year keeps its source and is an edit once someone changes it.
/// </summary>
public static class StatementEdits
{
    public static async Task<IReadOnlyDictionary<int, ManualEdit>> LastAsync(
        IPortalDbContext context, IReadOnlyCollection<int> statementIds, CancellationToken cancellationToken = default)
    {
        if (statementIds.Count == 0)
        {
            return new Dictionary<int, ManualEdit>();
        }

        var keys = statementIds.Select(id => id.ToString(CultureInfo.InvariantCulture)).Distinct().ToList();
        var entries = await context.AuditEntries.AsNoTracking()
            .Where(entry => entry.EntityType == nameof(Statement) && keys.Contains(entry.EntityKey)
                && entry.UserId != null && entry.Action == AuditAction.Updated)
            .Select(entry => new { entry.EntityKey, entry.At, entry.Id, entry.UserName, entry.Before, entry.After })
            .ToListAsync(cancellationToken);
        return entries
            .Where(entry => SameSource(entry.Before, entry.After))
            .GroupBy(entry => int.Parse(entry.EntityKey, CultureInfo.InvariantCulture))
            .ToDictionary(
                group => group.Key,
                group => group.OrderByDescending(entry => entry.At).ThenByDescending(entry => entry.Id)
                    .Select(entry => new ManualEdit(entry.UserName, entry.At)).First());
    }

    private static bool SameSource(string? before, string? after) =>
        Value(before, nameof(Statement.SourceDocumentId)) == Value(after, nameof(Statement.SourceDocumentId))
        && Value(before, nameof(Statement.SourceLocation)) == Value(after, nameof(Statement.SourceLocation));

    private static string? Value(string? json, string property)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty(property, out var value) ? value.ToString() : null;
    }
}
