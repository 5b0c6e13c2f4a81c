using System.Globalization;
using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Persistence;

namespace InkoopPortal.Application.Search;

/// <summary>
/// Full-text search over the statements, changes, contract conditions and deadlines of published documents (ADR-015).
/// The query is parsed here (<see cref="SearchQueryParser"/>), the filters resolved against the matrix catalog, the
/// provider's SQL ranks and counts (<see cref="ISearchStore"/>), and only the hits of the page shown get a snippet.
/// </summary>
public sealed class PortalSearch(IPortalDbContextFactory contextFactory, ISearchStore store, MatrixService matrices)
{
    public const string Path = "/zoeken";

    /// <summary>One page of hits with snippets, links and facets; never throws for what the user typed.</summary>
    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var prepared = await PrepareAsync(request, cancellationToken);
        if (prepared.Refusal is { } refusal)
        {
            return SearchResult.Refused(request, refusal, prepared.Notes);
        }

        var matches = await FindMatchesAsync(prepared.Criteria!, request, cancellationToken);
        var stems = SnippetHighlighter.MarkedStems(prepared.Criteria!.Query);
        var hits = matches.Page.Select(match => ToHit(match, prepared.Catalog!, request, stems)).ToList();
        return new SearchResult(request, null, prepared.Notes, hits, matches.Total, Facets(matches.Groups, prepared.Catalog!))
        {
            UnderstoodQuery = prepared.Criteria.Query.ToString(),
        };
    }

    /// <summary>
    /// The same SQL as <see cref="SearchAsync"/> (the page's ranked ids and the counts, one round trip) without
    /// snippets, names or links: the bare query the benchmark compares the full search with.
    /// </summary>
    public async Task<SearchIds> FindAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var prepared = await PrepareAsync(request, cancellationToken);
        if (prepared.Refusal is { } refusal)
        {
            return new SearchIds(refusal, [], 0);
        }

        var matches = await FindMatchesAsync(prepared.Criteria!, request, cancellationToken);
        return new SearchIds(null, matches.Page.Select(match => new SearchIdHit(match.Kind, match.RecordId, match.Rank)).ToList(), matches.Total);
    }

    private async Task<SearchMatches> FindMatchesAsync(SearchCriteria criteria, SearchRequest request, CancellationToken cancellationToken)
    {
        await using var context = contextFactory.CreateDbContext();
        return await store.FindAsync(context, criteria, (request.Page - 1) * request.PageSize, request.PageSize, cancellationToken);
    }

    private sealed record Prepared(SearchCriteria? Criteria, MatrixCatalog? Catalog, string? Refusal, IReadOnlyList<string> Notes);

    private async Task<Prepared> PrepareAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var parsed = SearchQueryParser.Parse(request.Query);
        if (parsed.Query is null)
        {
            return new Prepared(null, null, parsed.Message, parsed.Notes);
        }

        var notes = new List<string>(parsed.Notes);
        var catalog = await matrices.GetCatalogAsync(cancellationToken);
        int? careTypeId = null;
        if (request.CareTypeSlug is { } careTypeSlug)
        {
            if (catalog.CareType(careTypeSlug) is not { } careType)
            {
                return new Prepared(null, catalog, $"De zorgsoort '{careTypeSlug}' bestaat niet. Kies een zorgsoort uit de lijst.", notes);
            }

            careTypeId = careType.Id;
        }

        var purchaserIds = Resolve(request.Purchasers, slug => catalog.Purchasers.Where(purchaser => purchaser.Slug == slug).Select(purchaser => purchaser.Id),
            slug => $"De inkoper '{slug}' bestaat niet en is weggelaten.", notes);
        if (purchaserIds is [])
        {
            return new Prepared(null, catalog, "Geen van de gekozen inkopers bestaat; kies inkopers uit de lijst.", notes);
        }

        var topicIds = Resolve(request.Topics, slug => catalog.Topics.Where(topic => topic.Slug == slug || topic.Group?.Slug == slug).Select(topic => topic.Id),
            slug => $"Het onderwerp '{slug}' bestaat niet en is weggelaten.", notes);
        if (topicIds is [])
        {
            return new Prepared(null, catalog, "Geen van de gekozen onderwerpen bestaat; kies onderwerpen uit de lijst.", notes);
        }

        var criteria = new SearchCriteria(parsed.Query, request.Year, careTypeId, purchaserIds, topicIds, request.Kind);
        return new Prepared(criteria, catalog, null, notes);
    }

    /// <summary>The ids the slugs name (null when none were asked: no filter); unknown slugs get a note, and an empty list means none exists.</summary>
    private static List<int>? Resolve(IReadOnlyList<string> slugs, Func<string, IEnumerable<int>> idsOf, Func<string, string> unknown, List<string> notes)
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

    private static SearchFacets Facets(IReadOnlyList<SearchGroupCount> groups, MatrixCatalog catalog)
    {
        var years = new Dictionary<int, int>();
        var careTypes = new Dictionary<int, int>();
        foreach (var group in groups)
        {
            for (var year = group.ValidFromYear; year <= group.ValidToYear; year++)
            {
                years[year] = years.GetValueOrDefault(year) + group.Count;
            }

            foreach (var careTypeId in SearchEntry.ParseCareTypeKey(group.CareTypeIds))
            {
                careTypes[careTypeId] = careTypes.GetValueOrDefault(careTypeId) + group.Count;
            }
        }

        var purchasers = groups.GroupBy(group => group.PurchaserId).ToDictionary(group => group.Key, group => group.Sum(item => item.Count));
        var topics = groups.Where(group => group.TopicId is not null)
            .GroupBy(group => group.TopicId!.Value).ToDictionary(group => group.Key, group => group.Sum(item => item.Count));
        var kinds = groups.GroupBy(group => group.Kind).ToDictionary(group => group.Key, group => group.Sum(item => item.Count));

        return new SearchFacets(
            years.OrderByDescending(year => year.Key)
                .Select(year => new SearchFacet(year.Key.ToString(CultureInfo.InvariantCulture), year.Key.ToString(CultureInfo.InvariantCulture), year.Value))
                .ToList(),
            catalog.CareTypes.Where(careType => careTypes.ContainsKey(careType.Id))
                .Select(careType => new SearchFacet(careType.Slug, careType.Name, careTypes[careType.Id]))
                .ToList(),
            catalog.Purchasers.Where(purchaser => purchasers.ContainsKey(purchaser.Id))
                .Select(purchaser => new SearchFacet(purchaser.Slug, purchaser.Name, purchasers[purchaser.Id]))
                .OrderByDescending(facet => facet.Count)
                .ToList(),
            catalog.Topics.Where(topic => topics.ContainsKey(topic.Id))
                .Select(topic => new SearchFacet(topic.Slug, topic.Name, topics[topic.Id]))
                .OrderByDescending(facet => facet.Count)
                .ToList(),
            SearchKinds.All.Where(kinds.ContainsKey)
                .Select(kind => new SearchFacet(SearchKinds.Slug(kind), SearchKinds.Label(kind), kinds[kind]))
                .ToList());
    }
}
