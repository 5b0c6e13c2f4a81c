using System.Text.Json;
using System.Text.Json.Serialization;
using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Topics;

namespace InkoopPortal.Application.ReferenceData;

/// <summary>The JSON shapes of the files in <c>data/reference</c>.</summary>
internal static class ReferenceDataFiles
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static T Read<T>(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<T>(stream, JsonOptions)
            ?? throw new InvalidDataException($"Het bestand {path} is leeg.");
    }
}

internal sealed record PurchasersFile(
    List<ConcernEntry> Concerns,
    List<PurchaserEntry> HealthInsurers,
    List<PurchaserEntry> CareOffices,
    Dictionary<string, string> ConcernColumn,
    RegionSourceEntry RegionSource,
    Dictionary<string, string> RegionNotes)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Comments { get; init; }
}

internal sealed record ConcernEntry(string Slug, string Name);

internal sealed record PurchaserEntry(
    string Slug,
    string Name,
    string Concern,
    string? Website,
    string? Executor,
    List<string>? Aliases,
    List<LabelEntry>? Labels);

internal sealed record LabelEntry(string Name, string? Website);

internal sealed record RegionSourceEntry(string Slug, string Title, string? Identifier, DateOnly? Date, string? Url, string? Notes);

internal sealed record CareTypesFile(List<CareTypeEntry> CareTypes);

internal sealed record CareTypeEntry(string Slug, string Name, string Law, string? Description, List<string>? Aliases);

internal sealed record CodebookFile(List<TopicGroupEntry> Groups, List<TopicEntry> Topics);

internal sealed record TopicGroupEntry(string Slug, string Name);

internal sealed record TopicEntry(
    string Slug,
    string Name,
    string? Group,
    List<string> CareTypes,
    List<string>? GuidingQuestions,
    List<string>? Aliases,
    bool IsPrecondition = false,
    string? Description = null,
    List<string>? KeyTerms = null,
    List<string>? Covers = null)
{
    /// <summary>The codebook entry as a new topic, at <paramref name="sortOrder"/>; care types the database lacks are left out.</summary>
    public Topic ToTopic(IReadOnlyDictionary<string, TopicGroup> groups, IReadOnlyDictionary<string, CareType> careTypes, int sortOrder) => new()
    {
        Slug = Slug,
        Name = Name,
        Group = Group is null ? null : groups[Group],
        SortOrder = sortOrder,
        IsPrecondition = IsPrecondition,
        Description = string.IsNullOrWhiteSpace(Description) ? null : Description,
        GuidingQuestions = GuidingQuestions ?? [],
        Aliases = Aliases ?? [],
        KeyTerms = KeyTerms ?? [],
        Covers = Covers ?? [],
        CareTypes = CareTypes.Where(careTypes.ContainsKey).Select(slug => careTypes[slug]).ToList(),
    };
}
