using InkoopPortal.Domain;

namespace InkoopPortal.Application.Comparison;

/// <summary>
/// What a filter change on the matrix page does to the request (and so to the shared URL). Pure: every choice the
/// page offers is a function from the current request to the next one.
/// </summary>
public static class MatrixNavigation
{
    public const string Path = "/vergelijk";

    public static string UrlFor(MatrixRequest request) => Path + (request with { MyRegion = null }).ToQueryString();

    /// <summary>The columns in display order as the user chose them: the requested list, or the default (every purchaser with a document).</summary>
    public static IReadOnlyList<string> PurchaserOrder(MatrixPage page) =>
        page.Request.PurchaserSlugs.Count > 0
            ? page.Request.PurchaserSlugs
            : page.Options.Purchasers.Where(purchaser => purchaser.HasDocument).Select(purchaser => purchaser.Slug).ToList();

    /// <summary>The years the year filter offers: those with data, and the requested one even without.</summary>
    public static IReadOnlyList<int> YearOptions(MatrixPage page) =>
        page.Request.Year is { } year && !page.Options.Years.Contains(year)
            ? page.Options.Years.Append(year).OrderDescending().ToList()
            : page.Options.Years;

    public static MatrixRequest WithYear(MatrixRequest request, int year) => request with { Year = year };

    /// <summary>
    /// Another care type: topics belong to a care type and are reset; the year is kept when the care type has data for
    /// it (otherwise its most recent year is shown); purchasers are kept within the same law.
    /// </summary>
    public static MatrixRequest WithCareType(MatrixRequest request, CatalogCareType careType, Law? currentLaw, IReadOnlyList<int> yearsOfCareType) =>
        request with
        {
            CareTypeSlug = careType.Slug,
            Law = request.Law is null ? null : careType.Law,
            Year = request.Year is { } year && yearsOfCareType.Contains(year) ? year : null,
            PurchaserSlugs = careType.Law == currentLaw ? request.PurchaserSlugs : [],
            TopicSlugs = [],
        };

    /// <summary>Another law: the page opens on that law's most recent care type and year with data.</summary>
    public static MatrixRequest WithLaw(MatrixRequest request, Law law, Law? currentLaw) =>
        law == currentLaw ? request with { Law = law } : new MatrixRequest(null, null, law, [], []);

    /// <summary>The chosen purchasers, in the current order; newly chosen ones at the end, in the order of the list.</summary>
    public static MatrixRequest WithPurchasers(MatrixRequest request, IReadOnlyList<string> currentOrder, IEnumerable<string> selected, IReadOnlyList<string> optionOrder)
    {
        var chosen = selected.ToHashSet();
        var order = currentOrder.Where(chosen.Contains)
            .Concat(optionOrder.Where(slug => chosen.Contains(slug) && !currentOrder.Contains(slug)))
            .ToList();
        return request with { PurchaserSlugs = order };
    }

    /// <summary>Moves a column one place to the left (<paramref name="offset"/> -1) or right (+1); unchanged at the edges.</summary>
    public static MatrixRequest MovePurchaser(MatrixRequest request, IReadOnlyList<string> currentOrder, string slug, int offset)
    {
        var order = currentOrder.ToList();
        var index = order.IndexOf(slug);
        var target = index + offset;
        if (index < 0 || target < 0 || target >= order.Count)
        {
            return request with { PurchaserSlugs = order };
        }

        (order[index], order[target]) = (order[target], order[index]);
        return request with { PurchaserSlugs = order };
    }

    /// <summary>The chosen topics and groups, in the order of the list (groups before their topics).</summary>
    public static MatrixRequest WithTopics(MatrixRequest request, IEnumerable<string> selected, MatrixFilterOptions options)
    {
        var chosen = selected.ToHashSet();
        var order = TopicOptionSlugs(options).Where(chosen.Contains).ToList();
        return request with { TopicSlugs = order };
    }

    /// <summary>Every value of the topic filter: each group (when it has a slug) followed by its topics.</summary>
    public static IEnumerable<string> TopicOptionSlugs(MatrixFilterOptions options) =>
        options.TopicGroups.SelectMany(group => (group.Slug is null ? [] : new[] { group.Slug }).Concat(group.Topics.Select(topic => topic.Slug)));
}
