using System.Globalization;
using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Persistence;

namespace InkoopPortal.Application.Search;

/// <summary>
/// Full-text search over the statements, changes, contract conditions and deadlines of published documents (ADR-015).
/// The query is parsed here (<see cref="SearchQueryParser"/>), the filters resolved against the matrix catalog, the
/// provider's SQL ranks and counts (<see cref="ISearchStore"/>), and only the hits of the page shown get a snippet.
/// The catalog is kept per content version and checked against the version the search itself reads, so a search
/// is one round trip while nothing changes.
/// </summary>
public sealed class PortalSearch(IPortalDbContextFactory contextFactory, ISearchStore store)
{
    public const string Path = "/zoeken";

    private sealed record VersionedCatalog(Guid Version, MatrixCatalog Catalog);

    private VersionedCatalog? _catalog;

    /// <summary>One page of hits with snippets, links and facets; never throws for what the user typed.</summary>
    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        request = WithinLimits(request);
        var run = await RunAsync(request, suggest: true, cancellationToken);
        if (run.Refusal is { } refusal)
        {
            return SearchResult.Refused(request, refusal, run.Notes);
        }

        var (criteria, catalog, matches) = (run.Criteria!, run.Catalog!, run.Matches!);
        var stems = SnippetHighlighter.MarkedStems(criteria.Query);
        var hits = matches.Page.Select(match => ToHit(match, catalog, request, stems)).ToList();
        return new SearchResult(request, null, run.Notes, hits, matches.Total, Facets(matches.Counts, catalog))
        {
            UnderstoodQuery = criteria.Query.ToString(),
            Suggestion = run.Suggestion,
        };
    }

    /// <summary>
    /// The same work as <see cref="SearchAsync"/> up to and including the SQL (the page's ranked hits with their
    /// texts, and the counts, in one round trip), without snippets, names, links or facets: the bare query the
    /// benchmark compares the full search with.
    /// </summary>
    public async Task<SearchIds> FindAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        request = WithinLimits(request);
        var run = await RunAsync(request, suggest: false, cancellationToken);
        return run.Refusal is { } refusal
            ? new SearchIds(refusal, [], 0)
            : new SearchIds(null, run.Matches!.Page.Select(match => new SearchIdHit(match.Kind, match.RecordId, match.Rank)).ToList(), run.Matches.Total);
    }

    /// <summary>A page and page size as <see cref="SearchRequestParser"/> allows them, however the request was made.</summary>
    private static SearchRequest WithinLimits(SearchRequest request) => request with
    {
        Page = Math.Clamp(request.Page, 1, SearchRequestParser.LastPage),
        PageSize = Math.Clamp(request.PageSize, 1, SearchRequest.MaximumPageSize),
    };

    private sealed record Run(SearchCriteria? Criteria, MatrixCatalog? Catalog, SearchMatches? Matches, string? Refusal, IReadOnlyList<string> Notes)
    {
        public SearchSuggestion? Suggestion { get; init; }
    }

    private async Task<Run> RunAsync(SearchRequest request, bool suggest, CancellationToken cancellationToken)
    {
        var parsed = SearchQueryParser.Parse(request.Query);
        if (parsed.Query is null)
        {
            return new Run(null, null, null, parsed.Message, parsed.Notes);
        }

        await using var context = contextFactory.CreateDbContext();
        var fresh = _catalog is null;
        var known = _catalog ?? await LoadCatalogAsync(context, cancellationToken);
        var resolved = Resolve(request, parsed, known.Catalog);
        if (resolved.Refusal is not null && !fresh)
        {
            // A name the cached catalog does not know may be new: ask again before saying it does not exist.
            known = await LoadCatalogAsync(context, cancellationToken);
            resolved = Resolve(request, parsed, known.Catalog);
            fresh = true;
        }

        if (resolved.Refusal is { } refusal)
        {
            return new Run(null, known.Catalog, null, refusal, resolved.Notes);
        }

        var matches = await FindMatchesAsync(context, resolved.Criteria!, request, cancellationToken);
        if (matches.ContentVersion != known.Version && !fresh)
        {
            // The content changed since the catalog was read: names may have, and so may the ids the filters resolved to.
            known = await LoadCatalogAsync(context, cancellationToken);
            if (request.CareTypeSlug is not null || request.Purchasers.Count > 0 || request.Topics.Count > 0)
            {
                resolved = Resolve(request, parsed, known.Catalog);
                if (resolved.Refusal is { } laterRefusal)
                {
                    return new Run(null, known.Catalog, null, laterRefusal, resolved.Notes);
                }

                matches = await FindMatchesAsync(context, resolved.Criteria!, request, cancellationToken);
            }
        }

        // A word no text holds gives nothing (all words must occur), unless it stands beside another in an OR group:
        // only then is it worth asking the index for its words.
        var criteria = resolved.Criteria!;
        var suggestion = suggest && (matches.Total == 0 || criteria.Query.Groups.Any(group => group.Count > 1))
            ? await SearchSuggestions.SuggestAsync(context, store, request.Query!, criteria, cancellationToken)
            : null;
        return new Run(criteria, known.Catalog, matches, null, resolved.Notes) { Suggestion = suggestion };
    }

    private Task<SearchMatches> FindMatchesAsync(IPortalDbContext context, SearchCriteria criteria, SearchRequest request, CancellationToken cancellationToken) =>
        store.FindAsync(context, criteria, (request.Page - 1) * request.PageSize, request.PageSize, cancellationToken);

    private async Task<VersionedCatalog> LoadCatalogAsync(IPortalDbContext context, CancellationToken cancellationToken)
    {
        // The version first: a change in between makes the catalog newer than its label, which only costs a reload.
        var version = await ContentVersions.CurrentAsync(context, cancellationToken);
        var catalog = new VersionedCatalog(version, await MatrixCatalog.LoadAsync(context, cancellationToken));
        _catalog = catalog;
        return catalog;
    }

    private sealed record Resolution(SearchCriteria? Criteria, string? Refusal, IReadOnlyList<string> Notes);

    private static Resolution Resolve(SearchRequest request, ParsedSearchQuery parsed, MatrixCatalog catalog)
    {
        var notes = new List<string>(parsed.Notes);
        int? careTypeId = null;
        if (request.CareTypeSlug is { } careTypeSlug)
        {
            if (catalog.CareType(careTypeSlug) is not { } careType)
            {
                return new Resolution(null, $"De zorgsoort '{careTypeSlug}' bestaat niet. Kies een zorgsoort uit de lijst.", notes);
            }

            careTypeId = careType.Id;
        }

        var purchaserIds = ResolveSlugs(request.Purchasers, slug => catalog.Purchasers.Where(purchaser => purchaser.Slug == slug).Select(purchaser => purchaser.Id),
            slug => $"De inkoper '{slug}' bestaat niet en is weggelaten.", notes);
        if (purchaserIds is [])
        {
            return new Resolution(null, "Geen van de gekozen inkopers bestaat; kies inkopers uit de lijst.", notes);
        }

        var topicIds = ResolveSlugs(request.Topics, slug => catalog.Topics.Where(topic => topic.Slug == slug || topic.Group?.Slug == slug).Select(topic => topic.Id),
            slug => $"Het onderwerp '{slug}' bestaat niet en is weggelaten.", notes);
        if (topicIds is [])
        {
            return new Resolution(null, "Geen van de gekozen onderwerpen bestaat; kies onderwerpen uit de lijst.", notes);
        }

        return new Resolution(new SearchCriteria(parsed.Query!, request.Year, careTypeId, purchaserIds, topicIds, request.Kind), null, notes);
    }

    /// <summary>The ids the slugs name (null when none were asked: no filter); unknown slugs get a note, and an empty list means none exists.</summary>
    private static List<int>? ResolveSlugs(IReadOnlyList<string> slugs, Func<string, IEnumerable<int>> idsOf, Func<string, string> unknown, List<string> notes)
    {
        if (slugs.Count == 0)
        {
            return null;
        }

        var ids = new List<int>();
        foreach (var slug in slugs)
        {
            var found = idsOf(slug).ToList();
            if (found.Count == 0)
            {
                notes.Add(unknown(slug));
            }

            ids.AddRange(found.Where(id => !ids.Contains(id)));
        }

        return ids;
    }

    private static SearchHit ToHit(SearchMatch match, MatrixCatalog catalog, SearchRequest request, IReadOnlySet<string> stems)
    {
        var purchaser = catalog.Purchasers.FirstOrDefault(candidate => candidate.Id == match.PurchaserId);
        var topic = match.TopicId is { } topicId ? catalog.Topics.FirstOrDefault(candidate => candidate.Id == topicId) : null;
        var careTypeIds = SearchEntry.ParseCareTypeKey(match.CareTypeIds);
        var careTypes = catalog.CareTypes.Where(careType => careTypeIds.Contains(careType.Id)).ToList();
        var purchaserLink = new SearchHitPurchaser(purchaser?.Slug ?? "", purchaser?.Name ?? "");
        return new SearchHit(
            match.Kind,
            match.RecordId,
            purchaserLink,
            new SearchHitDocument(match.PolicyDocumentId, match.DocumentTitle, match.ValidFromYear, match.ValidToYear),
            topic is null ? null : new SearchHitTopic(topic.Slug, topic.Name),
            careTypes.Select(careType => new SearchHitCareType(careType.Slug, careType.Name)).ToList(),
            match.Label,
            SnippetHighlighter.Highlight(match.Text, stems),
            Url(match, request, purchaserLink, topic, careTypes),
            match.Rank);
    }

    /// <summary>
    /// A statement opens its matrix cell (the year asked for, else the document's last year; the care type asked for,
    /// else the first the statement applies to); the other kinds open their part of the document page.
    /// </summary>
    public static string Url(SearchMatch match, SearchRequest request, SearchHitPurchaser purchaser, CatalogTopic? topic, IReadOnlyList<CatalogCareType> careTypes)
    {
        if (match.Kind == SearchKind.Statement && topic is not null && careTypes.Count > 0 && purchaser.Slug.Length > 0)
        {
            var year = request.Year ?? match.ValidToYear;
            var careType = careTypes.FirstOrDefault(candidate => candidate.Slug == request.CareTypeSlug) ?? careTypes[0];
            return MatrixNavigation.UrlFor(new MatrixRequest(year, careType.Slug, null, [], []))
                + "#" + MatrixHtmlWriter.CellId(purchaser.Slug, topic.Slug);
        }

        var anchor = match.Kind switch
        {
            SearchKind.Change => "#wijzigingen",
            SearchKind.Condition => "#voorwaarden",
            SearchKind.Deadline => "#planning",
            _ => "#onderwerpen",
        };
        return $"/documenten/{match.PolicyDocumentId}{anchor}";
    }

    private static SearchFacets Facets(SearchCounts counts, MatrixCatalog catalog)
    {
        var years = new Dictionary<int, int>();
        foreach (var ((from, to), count) in counts.YearRanges)
        {
            for (var year = from; year <= to; year++)
            {
                years[year] = years.GetValueOrDefault(year) + count;
            }
        }

        var careTypes = new Dictionary<int, int>();
        foreach (var (set, count) in counts.CareTypeSets)
        {
            foreach (var careTypeId in SearchEntry.ParseCareTypeKey(set))
            {
                careTypes[careTypeId] = careTypes.GetValueOrDefault(careTypeId) + count;
            }
        }

        return new SearchFacets(
            years.OrderByDescending(year => year.Key)
                .Select(year => new SearchFacet(year.Key.ToString(CultureInfo.InvariantCulture), year.Key.ToString(CultureInfo.InvariantCulture), year.Value))
                .ToList(),
            catalog.CareTypes.Where(careType => careTypes.ContainsKey(careType.Id))
                .Select(careType => new SearchFacet(careType.Slug, careType.Name, careTypes[careType.Id]))
                .ToList(),
            catalog.Purchasers.Where(purchaser => counts.Purchasers.ContainsKey(purchaser.Id))
                .Select(purchaser => new SearchFacet(purchaser.Slug, purchaser.Name, counts.Purchasers[purchaser.Id]))
                .OrderByDescending(facet => facet.Count)
                .ToList(),
            catalog.Topics.Where(topic => counts.Topics.ContainsKey(topic.Id))
                .Select(topic => new SearchFacet(topic.Slug, topic.Name, counts.Topics[topic.Id]))
                .OrderByDescending(facet => facet.Count)
                .ToList(),
            SearchKinds.All.Where(counts.Kinds.ContainsKey)
                .Select(kind => new SearchFacet(SearchKinds.Slug(kind), SearchKinds.Label(kind), counts.Kinds[kind]))
                .ToList());
    }
}
