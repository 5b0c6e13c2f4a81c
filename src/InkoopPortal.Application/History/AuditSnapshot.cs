using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using InkoopPortal.Domain;

namespace InkoopPortal.Application.History;

/// <summary>
/// The JSON form of a record's values in the history (<see cref="Domain.History.AuditEntry.Before"/> and
/// <see cref="Domain.History.AuditEntry.After"/>): one object of property name → value, enums by name.
/// Written by SaveChanges, read back here into the record's own type.
/// </summary>
public static class AuditSnapshot
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        // Stored, never put into a page as it is: keep Dutch text and Markdown readable in the database.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(IEnumerable<KeyValuePair<string, object?>> values) =>
        JsonSerializer.Serialize(values.ToDictionary(), Options);

    /// <summary>The record as it was: its scalar properties from the snapshot, navigations empty.</summary>
    public static TRecord Read<TRecord>(string json) =>
        JsonSerializer.Deserialize<TRecord>(json, Options)
        ?? throw new JsonException($"The history snapshot is not a {typeof(TRecord).Name}.");

    /// <summary>The <see cref="ContentRecord.RowVersion"/> in a snapshot, if it has one.</summary>
    public static uint? RowVersionOf(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty(nameof(ContentRecord.RowVersion), out var version)
            && version.TryGetUInt32(out var value)
                ? value
                : null;
    }
}
