using System.Text.RegularExpressions;
using InkoopPortal.Domain;

namespace InkoopPortal.Application.Comparison;

/// <summary>
/// What the user asked for; the whole state of the matrix page, kept in its query string
/// (<c>/vergelijk?jaar=2022&amp;zorgsoort=huisartsenzorg&amp;inkopers=cz,vgz&amp;onderwerpen=regioplan</c>).
/// Topics may name topic groups too. Empty lists mean "all". Without a topic list the matrix shows the topics that
/// some document of the year and care type has content on; <see cref="ShowEmptyTopics"/> ("Toon lege onderwerpen",
/// <c>lege-onderwerpen=tonen</c>) shows every topic of the care type's codebook.
/// </summary>
public sealed record MatrixRequest(
    int? Year,
    string? CareTypeSlug,
    Law? Law,
    IReadOnlyList<string> PurchaserSlugs,
    IReadOnlyList<string> TopicSlugs,
    MyRegionChoice? MyRegion = null,
    bool ShowEmptyTopics = false)
{
    public const string YearKey = "jaar";
    public const string CareTypeKey = "zorgsoort";
    public const string LawKey = "wet";
    public const string PurchasersKey = "inkopers";
    public const string TopicsKey = "onderwerpen";
    public const string EmptyTopicsKey = "lege-onderwerpen";
    public const string ShowValue = "tonen";

    public static MatrixRequest Empty { get; } = new(null, null, null, [], [], null);

    /// <summary>A stable text form: the cache key, and equal for requests that mean the same.</summary>
    public string Key =>
        $"{Year}|{CareTypeSlug}|{Law}|{string.Join(',', PurchaserSlugs)}|{string.Join(',', TopicSlugs)}|{MyRegion}|{ShowEmptyTopics}";

    /// <summary>The query string that reproduces this request (without the browser-held "Mijn regio" choice).</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        if (Year is { } year)
        {
            parts.Add($"{YearKey}={year}");
        }

        if (CareTypeSlug is { } careType)
        {
            parts.Add($"{CareTypeKey}={careType}");
        }

        if (Law is { } law)
        {
            parts.Add($"{LawKey}={law.ToString().ToLowerInvariant()}");
        }

        if (PurchaserSlugs.Count > 0)
        {
            parts.Add($"{PurchasersKey}={string.Join(',', PurchaserSlugs)}");
        }

        if (TopicSlugs.Count > 0)
        {
            parts.Add($"{TopicsKey}={string.Join(',', TopicSlugs)}");
        }

        if (ShowEmptyTopics)
        {
            parts.Add($"{EmptyTopicsKey}={ShowValue}");
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}

/// <summary>
/// "Mijn regio": a Wlz region (<c>regio:amsterdam</c>) or a purchaser (<c>inkoper:cz</c>), kept in the browser (a
/// cookie, so the first, server-rendered page already has it) and never in the shared URL.
/// </summary>
public sealed partial record MyRegionChoice(string Kind, string Slug)
{
    public const string CookieName = "mijn-regio";
    public const string RegionKindName = "regio";
    public const string PurchaserKindName = "inkoper";

    public override string ToString() => $"{Kind}:{Slug}";

    /// <summary>Null for anything that is not a well-formed choice; a stale or tampered cookie is simply ignored.</summary>
    public static MyRegionChoice? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > FieldLimits.Slug + 10)
        {
            return null;
        }

        var match = ChoicePattern().Match(Uri.UnescapeDataString(value.Trim()));
        return match.Success ? new MyRegionChoice(match.Groups[1].Value, match.Groups[2].Value) : null;
    }

    [GeneratedRegex("^(regio|inkoper):([a-z0-9]+(?:-[a-z0-9]+)*)$")]
    private static partial Regex ChoicePattern();
}

/// <summary>Reads a <see cref="MatrixRequest"/> from query-string values; every problem becomes a Dutch message.</summary>
public static partial class MatrixRequestParser
{
    public const int MaximumValueLength = 2000;
    public const int MaximumListItems = 60;
    public const int FirstYear = 1990;
    public const int LastYear = 2100;

    public sealed record Result(MatrixRequest Request, IReadOnlyList<string> Problems);

    public static Result Parse(Func<string, string?> value, string? myRegion = null)
    {
        var problems = new List<string>();

        var year = ReadYear(value(MatrixRequest.YearKey), problems);
        var careType = ReadSlug(value(MatrixRequest.CareTypeKey), "zorgsoort", problems);
        var law = ReadLaw(value(MatrixRequest.LawKey), problems);
        var purchasers = ReadSlugList(value(MatrixRequest.PurchasersKey), "inkopers", problems);
        var topics = ReadSlugList(value(MatrixRequest.TopicsKey), "onderwerpen", problems);
        var showEmpty = ReadShowEmpty(value(MatrixRequest.EmptyTopicsKey), problems);
        return new Result(new MatrixRequest(year, careType, law, purchasers, topics, MyRegionChoice.Parse(myRegion), showEmpty), problems);
    }

    /// <summary>"tonen" (also "ja", "1", "true") shows the empty topics; "verbergen" or nothing hides them.</summary>
    private static bool ReadShowEmpty(string? text, List<string> problems)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "verbergen" or "nee" or "0" or "false":
                return false;
            case MatrixRequest.ShowValue or "ja" or "1" or "true":
                return true;
            default:
                problems.Add($"'{Shorten(text!)}' is geen geldige keuze voor {MatrixRequest.EmptyTopicsKey}. Gebruik '{MatrixRequest.ShowValue}' of laat het weg.");
                return false;
        }
    }

    public static int? ReadYear(string? text, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), out var year) && year is >= FirstYear and <= LastYear)
        {
            return year;
        }

        problems.Add($"'{Shorten(text)}' is geen geldig jaar. Kies een jaar tussen {FirstYear} en {LastYear}.");
        return null;
    }

    private static Law? ReadLaw(string? text, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Enum.TryParse<Law>(text.Trim(), ignoreCase: true, out var law) && Enum.IsDefined(law))
        {
            return law;
        }

        problems.Add($"'{Shorten(text)}' is geen wet die de portal kent. Kies Zvw of Wlz.");
        return null;
    }

    public static string? ReadSlug(string? text, string name, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var slug = text.Trim().ToLowerInvariant();
        if (slug.Length <= FieldLimits.Slug && SlugPattern().IsMatch(slug))
        {
            return slug;
        }

        problems.Add($"De {name} '{Shorten(text)}' is niet geldig: gebruik kleine letters, cijfers en streepjes.");
        return null;
    }

    public static IReadOnlyList<string> ReadSlugList(string? text, string name, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        if (text.Length > MaximumValueLength)
        {
            problems.Add($"De lijst '{name}' is te lang ({text.Length} tekens); de lijst is genegeerd.");
            return [];
        }

        var items = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length > MaximumListItems)
        {
            problems.Add($"De lijst '{name}' heeft meer dan {MaximumListItems} items; de lijst is genegeerd.");
            return [];
        }

        var slugs = new List<string>();
        foreach (var item in items)
        {
            var slug = item.ToLowerInvariant();
            if (slug.Length <= FieldLimits.Slug && SlugPattern().IsMatch(slug))
            {
                if (!slugs.Contains(slug))
                {
                    slugs.Add(slug);
                }
            }
            else
            {
                problems.Add($"'{Shorten(item)}' in '{name}' is niet geldig en is weggelaten.");
            }
        }

        return slugs;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
