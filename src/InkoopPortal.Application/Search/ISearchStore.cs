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

/// <summary>
/// How many hits there are per kind, purchaser, topic, care-type set (<see cref="SearchEntry.CareTypeIds"/>) and
/// range of years: counted in the database (one GROUP BY per dimension), so only these few numbers travel.
/// </summary>
public sealed record SearchCounts(
    IReadOnlyDictionary<SearchKind, int> Kinds,
    IReadOnlyDictionary<int, int> Purchasers,
    IReadOnlyDictionary<int, int> Topics,
    IReadOnlyDictionary<string, int> CareTypeSets,
    IReadOnlyDictionary<(int From, int To), int> YearRanges)
{
    public int Total => Kinds.Values.Sum();
}

/// <summary>A page of hits, the counts of all of them, and the content version they were read at (<see cref="Domain.ContentVersion"/>).</summary>
public sealed record SearchMatches(IReadOnlyList<SearchMatch> Page, SearchCounts Counts, Guid ContentVersion)
{
    public int Total => Counts.Total;
}

/// <summary>
/// The provider's half of the search (Infrastructure): the full-text match and rank in SQL, and writing index rows.
/// Both methods run on the given context's connection, in its current transaction if it has one.
/// </summary>
public interface ISearchStore
{
    /// <summary>
    /// One page of hits in rank order and the counts of all hits, for the same criteria, and the current content
    /// version; one round trip. Plans are not prepared: a generic plan would compute the tsquery for every row.
    /// </summary>
    Task<SearchMatches> FindAsync(IPortalDbContext context, SearchCriteria criteria, int skip, int take, CancellationToken cancellationToken);

    /// <summary>Removes the entries of these documents (null: all entries).</summary>
    Task DeleteAsync(IPortalDbContext context, IReadOnlyCollection<int>? documentIds, CancellationToken cancellationToken);

    /// <summary>Adds entries.</summary>
    Task InsertAsync(IPortalDbContext context, IReadOnlyList<SearchEntry> entries, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the words (<see cref="SearchSuggestions.WordsOf"/>, in ordinal order) to the words suggestions are taken
    /// from; words already there stay. Words are only removed by a rebuild (<see cref="DeleteAsync"/> with null).
    /// </summary>
    Task AddWordsAsync(IPortalDbContext context, IReadOnlyCollection<string> words, CancellationToken cancellationToken);

    /// <summary>Which of these stems some word of the index has.</summary>
    Task<IReadOnlySet<string>> KnownStemsAsync(IPortalDbContext context, IReadOnlyCollection<string> stems, CancellationToken cancellationToken);

    /// <summary>
    /// Words of the index that share trigrams with <paramref name="word"/>, at least the <paramref name="limit"/> most
    /// similar ones by <see cref="SearchSuggestions.Similarity"/> at or above <see cref="SearchSuggestions.MinimumSimilarity"/>
    /// (pg_trgm's index on PostgreSQL, a trigram table on SQLite); the caller ranks them.
    /// </summary>
    Task<IReadOnlyList<string>> SimilarWordsAsync(IPortalDbContext context, string word, int limit, CancellationToken cancellationToken);

    /// <summary>Before every entry is rewritten: the provider may set aside what is cheaper to build once at the end.</summary>
    Task BeginRebuildAsync(IPortalDbContext context, CancellationToken cancellationToken);

    /// <summary>After every entry was rewritten (same transaction as <see cref="BeginRebuildAsync"/>).</summary>
    Task EndRebuildAsync(IPortalDbContext context, CancellationToken cancellationToken);
}
