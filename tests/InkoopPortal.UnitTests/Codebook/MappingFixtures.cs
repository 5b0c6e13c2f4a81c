using InkoopPortal.Application.Codebook.Mapping;

namespace InkoopPortal.UnitTests.Codebook;

/// <summary>A small codebook written for these tests, and sections to map.</summary>
internal static class MappingFixtures
{
    public static CodebookTopic Topic(string slug, string name, string description, string[] keyTerms, string[]? filed = null) =>
        new(slug, name, description, [], keyTerms, [], filed ?? []);

    public static readonly CodebookTopic Sustainability = Topic(
        "duurzaamheid", "Duurzaamheid", "Klimaat, CO2-reductie en milieu in de zorg.", ["duurzaamheid", "co2-reductie", "groene zorg", "klimaat"]);

    public static readonly CodebookTopic Tariffs = Topic(
        "tarieven-en-bekostiging", "Tarieven en bekostiging", "Tarieven, indexering en declareren.", ["tarief", "tarieven", "indexering", "declareren"]);

    public static readonly CodebookTopic Digital = Topic(
        "digitale-zorg", "Digitale zorg", "E-health, zorg op afstand en gegevensuitwisseling.", ["digitale zorg", "e-health", "beeldbellen", "gegevensuitwisseling"]);

    public static readonly CodebookTopic Labour = Topic(
        "arbeidsmarkt", "Arbeidsmarkt", "Personeelstekorten, werkdruk en opleiden.", ["arbeidsmarkt", "personeelstekort", "werkdruk"]);

    public static IReadOnlyList<CodebookTopic> Topics => [Sustainability, Tariffs, Digital, Labour];

    public static SectionText Section(string title, string markdown, params string[] parents) => new(null, title, 2, markdown, parents);
}
