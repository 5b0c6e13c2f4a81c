namespace InkoopPortal.Application.Search;

/// <summary>
/// One page of search results. <see cref="Message"/> says why nothing was searched (an empty or absurd query, an
/// unknown care type); <see cref="Notes"/> name what was left out of the search (stop words, unknown purchasers or
/// filter values that were not valid). The facets count all hits, not only this page's.
/// </summary>
public sealed record SearchResult(
    SearchRequest Request,
    string? Message,
    IReadOnlyList<string> Notes,
    IReadOnlyList<SearchHit> Hits,
    int Total,
    SearchFacets Facets)
{
    public int Page => Request.Page;

    public int PageSize => Request.PageSize;

    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    /// <summary>The query as the parser understood it (for display: "gezocht op …"), when it could be read.</summary>
    public string? UnderstoodQuery { get; init; }

    /// <summary>"Bedoelde u …?": the query with a word no text holds replaced by a similar indexed word (<see cref="SearchSuggestions"/>).</summary>
    public SearchSuggestion? Suggestion { get; init; }

    public static SearchResult Refused(SearchRequest request, string message, IReadOnlyList<string> notes) =>
        new(request, message, notes, [], 0, SearchFacets.Empty);
}

public sealed record SearchHitPurchaser(string Slug, string Name);

public sealed record SearchHitDocument(int Id, string Title, int ValidFromYear, int ValidToYear);

public sealed record SearchHitTopic(string Slug, string Name);

public sealed record SearchHitCareType(string Slug, string Name);

/// <summary>
/// One hit: what it is, whose and which document, the years and care types it applies to, a snippet (HTML: encoded
/// text with <c>&lt;mark&gt;</c> around the matched words) and where it lives: the matrix cell for a statement
/// (<c>/vergelijk?jaar=…&amp;zorgsoort=…#cel-{inkoper}-{onderwerp}</c>), the document page for the other kinds.
/// </summary>
public sealed record SearchHit(
    SearchKind Kind,
    int RecordId,
    SearchHitPurchaser Purchaser,
    SearchHitDocument Document,
    SearchHitTopic? Topic,
    IReadOnlyList<SearchHitCareType> CareTypes,
    string? Label,
    string SnippetHtml,
    string Url,
    double Rank)
{
    public int ValidFromYear => Document.ValidFromYear;

    public int ValidToYear => Document.ValidToYear;

    public string KindLabel => SearchKinds.Label(Kind);
}

/// <summary>A facet value: what to put in the query string (<see cref="Value"/>), what to show, and how many hits have it.</summary>
public sealed record SearchFacet(string Value, string Label, int Count);

/// <summary>How the hits divide over years, care types, purchasers, topics and kinds (a hit may count for several years and care types).</summary>
public sealed record SearchFacets(
    IReadOnlyList<SearchFacet> Years,
    IReadOnlyList<SearchFacet> CareTypes,
    IReadOnlyList<SearchFacet> Purchasers,
    IReadOnlyList<SearchFacet> Topics,
    IReadOnlyList<SearchFacet> Kinds)
{
    public static SearchFacets Empty { get; } = new([], [], [], [], []);
}

/// <summary>
/// The bare result of the SQL for one page: the ranked ids and the total, without snippets or names
/// (<see cref="PortalSearch.FindAsync"/>; the benchmark compares it with the full search).
/// </summary>
public sealed record SearchIds(string? Message, IReadOnlyList<SearchIdHit> Hits, int Total);

public sealed record SearchIdHit(SearchKind Kind, int RecordId, double Rank);
