using InkoopPortal.Application.Search;

namespace InkoopPortal.Web.Components.Pages.Search;

/// <summary>
/// The addresses the search page links to: the same search with one filter set, toggled or removed (always back on
/// page 1), the next and previous page, and the CSV export of the same query. Every address is built from
/// <see cref="SearchRequest.ToQueryString"/>, so the page, its links and the export agree on the keys.
/// </summary>
public static class SearchPageState
{
    public const string ExportPath = "/zoeken/export.csv";

    /// <summary>How much of the user's query the page repeats in its messages (the box keeps all of it).</summary>
    public const int ShownQueryLength = 80;

    public static string Url(SearchRequest request) => "zoeken" + request.ToQueryString();

    public static string ExportUrl(SearchRequest request) => ExportPath.TrimStart('/') + (request with { Page = 1 }).ToQueryString();

    public static string WithPage(SearchRequest request, int page) => Url(request with { Page = page });

    /// <summary>The same filters with other words ("Bedoelde u …?"), back on page 1.</summary>
    public static string WithQuery(SearchRequest request, string query) => Url(request with { Query = query, Page = 1 });

    public static string WithYear(SearchRequest request, int? year) => Url(request with { Year = year, Page = 1 });

    public static string WithCareType(SearchRequest request, string? careType) => Url(request with { CareTypeSlug = careType, Page = 1 });

    public static string WithKind(SearchRequest request, SearchKind? kind) => Url(request with { Kind = kind, Page = 1 });

    public static string TogglePurchaser(SearchRequest request, string slug) =>
        Url(request with { PurchaserSlugs = Toggle(request.Purchasers, slug), Page = 1 });

    public static string ToggleTopic(SearchRequest request, string slug) =>
        Url(request with { TopicSlugs = Toggle(request.Topics, slug), Page = 1 });

    public static string WithoutFilters(SearchRequest request) => Url(new SearchRequest(request.Query));

    public static bool HasFilters(SearchRequest request) =>
        request.Year is not null || request.CareTypeSlug is not null || request.Purchasers.Count > 0 || request.Topics.Count > 0 || request.Kind is not null;

    /// <summary>"aaaa…" for a query too long to repeat in full.</summary>
    public static string Shorten(string? query)
    {
        var text = (query ?? "").Trim();
        return text.Length <= ShownQueryLength ? text : text[..ShownQueryLength] + "…";
    }

    /// <summary>Reads the page's query string; repeated list keys (<c>inkopers=a&amp;inkopers=b</c>) count as one comma list.</summary>
    public static SearchRequestParser.Result Parse(IQueryCollection query) =>
        SearchRequestParser.Parse(key => query.TryGetValue(key, out var found) ? string.Join(',', found.Where(value => !string.IsNullOrEmpty(value))) : null);

    private static IReadOnlyList<string> Toggle(IReadOnlyList<string> slugs, string slug) =>
        slugs.Contains(slug) ? slugs.Where(item => item != slug).ToList() : [.. slugs, slug];
}
