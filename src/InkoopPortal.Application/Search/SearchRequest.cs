using InkoopPortal.Application.Comparison;

namespace InkoopPortal.Application.Search;

/// <summary>
/// What the user searched for; the whole state of the search page, kept in its query string with the matrix's keys
/// for the filters (<c>/zoeken?q=regioplan&amp;jaar=2024&amp;zorgsoort=huisartsenzorg&amp;inkopers=cz&amp;onderwerpen=regioplan&amp;soort=uitspraak&amp;pagina=2</c>).
/// Empty lists mean "all"; topics may name topic groups too.
/// </summary>
public sealed record SearchRequest(
    string? Query,
    int? Year = null,
    string? CareTypeSlug = null,
    IReadOnlyList<string>? PurchaserSlugs = null,
    IReadOnlyList<string>? TopicSlugs = null,
    SearchKind? Kind = null,
    int Page = 1,
    int PageSize = SearchRequest.DefaultPageSize)
{
    public const string QueryKey = "q";
    public const string KindKey = "soort";
    public const string PageKey = "pagina";
    public const int DefaultPageSize = 20;
    public const int MaximumPageSize = 100;

    public IReadOnlyList<string> Purchasers => PurchaserSlugs ?? [];

    public IReadOnlyList<string> Topics => TopicSlugs ?? [];

    /// <summary>The query string that reproduces this request (page size is not part of the page's address).</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            parts.Add($"{QueryKey}={Uri.EscapeDataString(Query.Trim())}");
        }

        if (Year is { } year)
        {
            parts.Add($"{MatrixRequest.YearKey}={year}");
        }

        if (CareTypeSlug is { } careType)
        {
            parts.Add($"{MatrixRequest.CareTypeKey}={careType}");
        }

        if (Purchasers.Count > 0)
        {
            parts.Add($"{MatrixRequest.PurchasersKey}={string.Join(',', Purchasers)}");
        }

        if (Topics.Count > 0)
        {
            parts.Add($"{MatrixRequest.TopicsKey}={string.Join(',', Topics)}");
        }

        if (Kind is { } kind)
        {
            parts.Add($"{KindKey}={SearchKinds.Slug(kind)}");
        }

        if (Page > 1)
        {
            parts.Add($"{PageKey}={Page}");
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}

/// <summary>Reads a <see cref="SearchRequest"/> from query-string values; every problem becomes a Dutch message.</summary>
public static class SearchRequestParser
{
    public const int LastPage = 10_000;

    public sealed record Result(SearchRequest Request, IReadOnlyList<string> Problems);

    /// <summary>The page's keys (<c>q</c>, <c>jaar</c>, <c>zorgsoort</c>, <c>inkopers</c>, <c>onderwerpen</c>, <c>soort</c>, <c>pagina</c>).</summary>
    public static Result Parse(Func<string, string?> value) =>
        Parse(
            value(SearchRequest.QueryKey),
            value(MatrixRequest.YearKey),
            value(MatrixRequest.CareTypeKey),
            value(MatrixRequest.PurchasersKey),
            value(MatrixRequest.TopicsKey),
            value(SearchRequest.KindKey),
            value(SearchRequest.PageKey),
            pageSize: null);

    public static Result Parse(
        string? query, string? year, string? careType, string? purchasers, string? topics, string? kind, string? page, string? pageSize)
    {
        var problems = new List<string>();
        var request = new SearchRequest(
            query,
            MatrixRequestParser.ReadYear(year, problems),
            MatrixRequestParser.ReadSlug(careType, "zorgsoort", problems),
            MatrixRequestParser.ReadSlugList(purchasers, "inkopers", problems),
            MatrixRequestParser.ReadSlugList(topics, "onderwerpen", problems),
            ReadKind(kind, problems),
            ReadNumber(page, "pagina", 1, LastPage, problems),
            ReadNumber(pageSize, "pageSize", SearchRequest.DefaultPageSize, SearchRequest.MaximumPageSize, problems));
        return new Result(request, problems);
    }

    private static SearchKind? ReadKind(string? text, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (SearchKinds.FromSlug(text.Trim().ToLowerInvariant()) is { } kind)
        {
            return kind;
        }

        problems.Add($"'{Shorten(text)}' is geen soort die de zoekfunctie kent. Kies uit {string.Join(", ", SearchKinds.All.Select(SearchKinds.Slug))}.");
        return null;
    }

    private static int ReadNumber(string? text, string name, int fallback, int maximum, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (int.TryParse(text.Trim(), out var number) && number >= 1 && number <= maximum)
        {
            return number;
        }

        problems.Add($"'{Shorten(text)}' is geen geldige waarde voor {name}: gebruik een heel getal van 1 tot en met {maximum}.");
        return fallback;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
