using InkoopPortal.Domain;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;

namespace InkoopPortal.Application.Api;

/// <summary>One page of a longer list: the items, which page, its size, and how many items there are in all.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>Which page of a list; <see cref="ApiPaging.Read"/> checks the numbers.</summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public int Skip => (Page - 1) * PageSize;
}

public sealed record ApiPurchaser(string Slug, string Name, PurchaserKind Kind, string? Concern, string? Website);

public sealed record ApiPurchaserDetail(
    string Slug,
    string Name,
    PurchaserKind Kind,
    string? Concern,
    string? Website,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ApiDocument> Documents);

public sealed record ApiCareType(string Slug, string Name, string? Description, Law Law, int Order);

public sealed record ApiTopicGroup(string Slug, string Name, int Order);

public sealed record ApiTopic(
    string Slug,
    string Name,
    ApiTopicGroup? Group,
    int Order,
    bool IsPrecondition,
    IReadOnlyList<string> GuidingQuestions,
    IReadOnlyList<string> CareTypes);

public sealed record ApiPurchaserLink(string Slug, string Name);

public sealed record ApiDocument(
    int Id,
    string Title,
    PolicyDocumentKind Kind,
    ApiPurchaserLink Purchaser,
    IReadOnlyList<string> CareTypes,
    int ValidFromYear,
    int ValidToYear,
    string? SourceUrl,
    DateOnly? PublishedOn,
    string? Version,
    ApiSource? Source);

/// <summary>
/// The file a document was imported from (its import, or for older imports the source its statements cite): the
/// stable address of the original, its name and the SHA-256 of its bytes.
/// </summary>
public sealed record ApiSource(int Id, string FileName, string Sha256)
{
    public string Url => Import.SourceFiles.SourceFileQuery.PathOf(Id, FileName);
}

/// <summary>The documents list's filters; null means "any".</summary>
public sealed record DocumentFilter(int? Year, string? CareTypeSlug, string? PurchaserSlug);

/// <summary>
/// One page of search hits in the envelope of <see cref="Paged{T}"/>, with what was searched (<see cref="UnderstoodQuery"/>:
/// the words as the index reads them), what was left out (<see cref="Notes"/>: stop words, unknown purchasers or
/// topics), the counts per year, care type, purchaser, topic and kind over all hits, and a suggestion for a word no
/// text holds (<see cref="Suggestion"/>: "Bedoelde u …?", the corrected query and its number of hits).
/// </summary>
public sealed record ApiSearchResults(
    IReadOnlyList<ApiSearchHit> Items,
    int Page,
    int PageSize,
    int Total,
    string? UnderstoodQuery,
    IReadOnlyList<string> Notes,
    Search.SearchFacets Facets,
    Search.SearchSuggestion? Suggestion)
{
    public static ApiSearchResults From(Search.SearchResult result) => new(
        result.Hits.Select(hit => new ApiSearchHit(
                hit.Kind, hit.RecordId, new ApiPurchaserLink(hit.Purchaser.Slug, hit.Purchaser.Name), hit.Document, hit.Topic,
                hit.CareTypes, hit.Label, hit.SnippetHtml, hit.Url, hit.Rank))
            .ToList(),
        result.Page,
        result.PageSize,
        result.Total,
        result.UnderstoodQuery,
        result.Notes,
        result.Facets,
        result.Suggestion);
}

/// <summary>A search hit: <see cref="Snippet"/> is HTML (encoded text, matched words in <c>&lt;mark&gt;</c>); <see cref="Url"/> is the portal page to open.</summary>
public sealed record ApiSearchHit(
    Search.SearchKind Kind,
    int RecordId,
    ApiPurchaserLink Purchaser,
    Search.SearchHitDocument Document,
    Search.SearchHitTopic? Topic,
    IReadOnlyList<Search.SearchHitCareType> CareTypes,
    string? Label,
    string Snippet,
    string Url,
    double Rank);
