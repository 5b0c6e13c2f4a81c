using InkoopPortal.Application.Persistence;

namespace InkoopPortal.Application.Search;

/// <summary>What one search asks the database: the parsed query and the filters, resolved to ids. Null means "any".</summary>
public sealed record SearchCriteria(
    SearchQuery Query,
    int? Year = null,
    int? CareTypeId = null,
    IReadOnlyList<int>? PurchaserIds = null,
    IReadOnlyList<int>? TopicIds = null,
    SearchKind? Kind = null);

/// <summary>One hit of a page as the database returns it (entry, its document's title, rank; higher ranks first).</summary>
public sealed record SearchMatch(
    SearchKind Kind,
    int RecordId,
    int PolicyDocumentId,
    string DocumentTitle,
    int PurchaserId,
    int? TopicId,
    string CareTypeIds,
    int ValidFromYear,
    int ValidToYear,
    string? Label,
    string Text,
    double Rank);

/// <summary>How many hits share one combination of the facet values; the facets and the total are sums of these.</summary>
public sealed record SearchGroupCount(
    SearchKind Kind, int PurchaserId, int? TopicId, string CareTypeIds, int ValidFromYear, int ValidToYear, int Count);

public sealed record SearchMatches(IReadOnlyList<SearchMatch> Page, IReadOnlyList<SearchGroupCount> Groups)
{
    public int Total => Groups.Sum(group => group.Count);
}

/// <summary>
/// The provider's half of the search (Infrastructure): the full-text match and rank in SQL, and writing index rows.
/// Both methods run on the given context's connection, in its current transaction if it has one.
/// </summary>
public interface ISearchStore
{
    /// <summary>
    /// One page of hits in rank order and the counts per facet group, for the same criteria; one round trip.
    /// </summary>
    Task<SearchMatches> FindAsync(IPortalDbContext context, SearchCriteria criteria, int skip, int take, CancellationToken cancellationToken);

    /// <summary>Removes the entries of these documents (null: all entries).</summary>
    Task DeleteAsync(IPortalDbContext context, IReadOnlyCollection<int>? documentIds, CancellationToken cancellationToken);

    /// <summary>Adds entries (their ids are generated).</summary>
    Task InsertAsync(IPortalDbContext context, IReadOnlyList<SearchEntry> entries, CancellationToken cancellationToken);
}
