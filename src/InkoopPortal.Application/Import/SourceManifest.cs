using System.Text.Json;
using InkoopPortal.Application.ReferenceData;

namespace InkoopPortal.Application.Import;

/// <summary><c>data/sources/manifest.json</c>: the source documents the embedded default is filled from, in order.</summary>
public sealed record SourceManifest(IReadOnlyList<SourceManifestEntry> Sources)
{
    public static SourceManifest Read(string sourcesDirectory)
    {
        var path = Path.Combine(sourcesDirectory, "manifest.json");
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<SourceManifest>(stream, ReferenceDataFiles.JsonOptions)
            ?? throw new InvalidDataException($"{path} is leeg.");
    }

    /// <summary>The shipped sources define the Zvw topics, so their new names are created without asking.</summary>
    public IEnumerable<ImportRequest> ToRequests(string sourcesDirectory) => Sources.Select(entry => new ImportRequest(
        Path.Combine(sourcesDirectory, entry.File),
        entry.Year,
        entry.CareTypes,
        entry.Purchaser,
        entry.Publisher,
        entry.Origin,
        entry.SourceUrl,
        CreateUnknownNames: true));
}

public sealed record SourceManifestEntry(
    string File,
    int Year,
    IReadOnlyList<string> CareTypes,
    string? Purchaser,
    string? Publisher,
    string? Origin,
    string? SourceUrl);
