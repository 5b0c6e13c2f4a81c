using System.Diagnostics.CodeAnalysis;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Presentation;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace InkoopPortal.Application.Comparison;

/// <summary>
/// The matrix page's data: the resolved request, the matrix and its table HTML, messages and filter options.
/// <see cref="PurchaserOrder"/> is the column order of the address (or the default one), before "Mijn regio" puts
/// its column first: what moving a column or choosing purchasers changes.
/// </summary>
public sealed record MatrixPage(
    MatrixRequest Request,
    ComparisonMatrix? Matrix,
    string TableHtml,
    IReadOnlyList<string> Messages,
    MatrixFilterOptions Options,
    IReadOnlyList<string> PurchaserOrder);

public sealed record MatrixFilterOptions(
    IReadOnlyList<int> Years,
    IReadOnlyList<CatalogCareType> CareTypes,
    IReadOnlyList<PurchaserOption> Purchasers,
    IReadOnlyList<TopicGroupOption> TopicGroups);

public sealed record PurchaserOption(string Slug, string Name, PurchaserKind Kind, bool HasDocument);

public sealed record TopicGroupOption(string? Slug, string Name, IReadOnlyList<TopicOption> Topics);

public sealed record TopicOption(string Slug, string Name);

/// <summary>
/// Resolves a request (defaults, unknown slugs), reads only the rows the matrix shows and builds it. Results are
/// cached per request and content version: one small query per request checks the version, so an import or edit
/// on any app instance invalidates every instance's cache.
/// </summary>
public sealed class MatrixService(IPortalDbContextFactory contextFactory, MatrixCache cache)
{
    private static readonly MemoryCacheEntryOptions PageEntry = new() { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) };

    /// <summary>The content version this instance saw last; only for <see cref="TryGetCached"/>.</summary>
    private Guid _lastVersion;

    /// <summary>
    /// The page as last built for the content version seen last, without touching the database: what an interactive
    /// render shows at once (the prerender just built it), before <see cref="GetAsync"/> confirms it is current.
    /// </summary>
    public bool TryGetCached(MatrixRequest request, IReadOnlyList<string> problems, [NotNullWhen(true)] out MatrixPage? page) =>
        cache.TryGetValue(PageKey(_lastVersion, request, problems), out page) && page is not null;

    /// <summary>The catalog of the content version seen last, without touching the database (see <see cref="TryGetCached"/>).</summary>
    public MatrixCatalog? TryGetCachedCatalog() =>
        cache.TryGetValue(CatalogKey(_lastVersion), out MatrixCatalog? catalog) ? catalog : null;

    private static string PageKey(Guid version, MatrixRequest request, IReadOnlyList<string> problems) =>
        $"matrix:{version}:{request.Key}:{string.Join('|', problems)}";

    private static string CatalogKey(Guid version) => $"matrix-catalog:{version}";

    public async Task<MatrixPage> GetAsync(MatrixRequest request, IReadOnlyList<string> problems, CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        var version = await ContentVersions.CurrentAsync(context, cancellationToken);
        _lastVersion = version;
        var key = PageKey(version, request, problems);
        if (cache.TryGetValue(key, out MatrixPage? cached) && cached is not null)
        {
            return cached;
        }

        var catalog = await GetCatalogAsync(context, version, cancellationToken);
        var page = await BuildPageAsync(context, catalog, request, problems, cancellationToken);
        cache.Set(key, page, PageEntry);
        return page;
    }

    /// <summary>The catalog for the current content version (for pages that need names, such as the cell detail).</summary>
    public async Task<MatrixCatalog> GetCatalogAsync(CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        var version = await ContentVersions.CurrentAsync(context, cancellationToken);
        _lastVersion = version;
        return await GetCatalogAsync(context, version, cancellationToken);
    }

    private async Task<MatrixCatalog> GetCatalogAsync(IPortalDbContext context, Guid version, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(CatalogKey(version), async entry =>
        {
            entry.SetSize(1).SetSlidingExpiration(TimeSpan.FromMinutes(30));
            return await MatrixCatalog.LoadAsync(context, cancellationToken);
        }))!;

    private static async Task<MatrixPage> BuildPageAsync(
        IPortalDbContext context, MatrixCatalog catalog, MatrixRequest request, IReadOnlyList<string> problems, CancellationToken cancellationToken)
    {
        var messages = new List<string>(problems);
        var resolution = Resolve(catalog, request, messages);
        if (resolution is null)
        {
            return new MatrixPage(request, null, "", messages, OptionsFor(catalog, null, null, request.Law), request.PurchaserSlugs);
        }

        var (careType, year, purchasers, order, topics, highlighted) = resolution.Value;
        var resolved = request with { Year = year, CareTypeSlug = careType.Slug, Law = request.Law };
        var options = OptionsFor(catalog, careType, year, request.Law);
        if (!catalog.YearsWithData(careType.Id).Contains(year))
        {
            messages.Add($"Voor {DutchFormat.InSentence(careType.Name)} zijn in {year} geen documenten. Kies een ander jaar of een andere zorgsoort.");
            return new MatrixPage(resolved, null, "", messages, options, order);
        }

        var input = await LoadInputAsync(context, careType, year, purchasers, topics, highlighted, cancellationToken);
        var matrix = MatrixBuilder.Build(input);
        return new MatrixPage(resolved, matrix, MatrixHtmlWriter.Write(matrix, resolved), messages, options, order);
    }

    /// <summary>
    /// Fills in what the request leaves open: without year or care type, the view that compares
    /// (<see cref="MatrixCatalog.ComparingView"/>: the most recent year, the care type with the most purchasers with
    /// content); without purchasers, those with a document in the year or the year before; without topics, every topic
    /// of the care type that a document of the year speaks to. The order is the columns' order before "Mijn regio".
    /// </summary>
    private static (CatalogCareType CareType, int Year, List<CatalogPurchaser> Purchasers, IReadOnlyList<string> Order, List<CatalogTopic> Topics, string? Highlighted)? Resolve(
        MatrixCatalog catalog, MatrixRequest request, List<string> messages)
    {
        CatalogCareType? careType;
        if (request.CareTypeSlug is { } slug)
        {
            careType = catalog.CareTypes.FirstOrDefault(candidate => candidate.Slug == slug && (request.Law is null || candidate.Law == request.Law));
            if (careType is null)
            {
                messages.Add(catalog.CareType(slug) is { } other
                    ? $"De zorgsoort {DutchFormat.InSentence(other.Name)} valt onder de {other.Law}, niet onder de {request.Law}."
                    : $"De zorgsoort '{slug}' bestaat niet. Kies een zorgsoort uit de lijst.");
                return null;
            }
        }
        else
        {
            careType = catalog.ComparingView(request.Law, request.Year)?.CareType;
            if (careType is null)
            {
                messages.Add(request.Year is { } year
                    ? $"Voor {year} zijn nog geen documenten. Kies een ander jaar."
                    : "Er zijn nog geen documenten om te vergelijken.");
                return null;
            }
        }

        var resolvedYear = request.Year ?? catalog.ComparingView(careTypeId: careType.Id)?.Year ?? DateTime.Today.Year;

        var defaults = catalog.DefaultColumns(careType.Id, resolvedYear);
        var (purchasers, mine) = catalog.ResolveColumns(
            request.PurchaserSlugs, defaults.Select(purchaser => purchaser.Id).ToHashSet(), request.MyRegion, careType.Law, messages);
        var order = request.PurchaserSlugs.Count > 0
            ? purchasers.Where(purchaser => request.PurchaserSlugs.Contains(purchaser.Slug)).Select(purchaser => purchaser.Slug).ToList()
            : defaults.Select(purchaser => purchaser.Slug).ToList();

        var topicsOfCareType = catalog.TopicsFor(careType.Id);
        List<CatalogTopic> topics;
        if (request.TopicSlugs.Count > 0)
        {
            topics = [];
            foreach (var topicSlug in request.TopicSlugs)
            {
                var matching = topicsOfCareType.Where(topic => topic.Slug == topicSlug || topic.Group?.Slug == topicSlug).ToList();
                if (matching.Count == 0)
                {
                    messages.Add($"Het onderwerp '{topicSlug}' hoort niet bij {DutchFormat.InSentence(careType.Name)} en is weggelaten.");
                }

                topics.AddRange(matching.Where(topic => !topics.Contains(topic)));
            }
        }
        else
        {
            topics = (request.ShowEmptyTopics ? catalog.TopicsFor(careType.Id) : catalog.TopicsWithContent(careType.Id, resolvedYear)).ToList();
        }

        return (careType, resolvedYear, purchasers, order, topics, mine?.Slug);
    }

    private static MatrixFilterOptions OptionsFor(MatrixCatalog catalog, CatalogCareType? careType, int? year, Law? law)
    {
        var withData = careType is null || year is null ? [] : catalog.PurchasersWithData(careType.Id, year.Value);
        var kind = careType?.Law == Law.Wlz ? PurchaserKind.CareOffice : PurchaserKind.HealthInsurer;
        var purchasers = catalog.Purchasers
            .Where(purchaser => careType is null || purchaser.Kind == kind || withData.Contains(purchaser.Id))
            .Select(purchaser => new PurchaserOption(purchaser.Slug, purchaser.Name, purchaser.Kind, withData.Contains(purchaser.Id)))
            .ToList();
        var topicGroups = careType is null
            ? []
            : (year is { } shown ? catalog.TopicsWithContent(careType.Id, shown) : catalog.TopicsFor(careType.Id))
                .GroupBy(topic => topic.Group)
                .OrderBy(group => group.Key is null ? 1 : 0).ThenBy(group => group.Key?.SortOrder)
                .Select(group => new TopicGroupOption(
                    group.Key?.Slug,
                    group.Key?.Name ?? MatrixBuilder.UngroupedName,
                    group.OrderBy(topic => topic.SortOrder).Select(topic => new TopicOption(topic.Slug, topic.Name)).ToList()))
                .ToList();
        // Every year with a document, not only the care type's: a year can be chosen first (another care type follows).
        var years = catalog.Years(law);
        return new MatrixFilterOptions(years, catalog.CareTypes, purchasers, topicGroups);
    }

    /// <summary>Reads the published documents of the columns for the year and the year before, and their statements on the rows.</summary>
    private static async Task<MatrixInput> LoadInputAsync(
        IPortalDbContext context,
        CatalogCareType careType,
        int year,
        IReadOnlyList<CatalogPurchaser> purchasers,
        IReadOnlyList<CatalogTopic> topics,
        string? highlighted,
        CancellationToken cancellationToken)
    {
        var documents = await MatrixQueries.DocumentsAsync(
            context, careType.Id, purchasers.Select(purchaser => purchaser.Id).ToList(), year - 1, year, cancellationToken);
        var statements = await MatrixQueries.StatementInputsAsync(
            context, careType.Id, documents, topics.Select(topic => topic.Id).ToList(), cancellationToken);

        return new MatrixInput(
            year,
            new MatrixCareType(careType.Slug, careType.Name, careType.Law),
            careType.Id,
            purchasers.Select(purchaser => new InputPurchaser(purchaser.Id, purchaser.Slug, purchaser.Name, purchaser.Kind)).ToList(),
            highlighted,
            topics.Select(topic => topic.ToInput()).ToList(),
            documents,
            statements);
    }
}

/// <summary>The matrix pages and catalogs of recent content versions; bounded, least recently used out first.</summary>
public sealed class MatrixCache() : MemoryCache(new MemoryCacheOptions { SizeLimit = 500 });
