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

    /// <summary>
    /// The columns in the order the table shows them ("Mijn regio" first): what the column-order chips show too.
    /// </summary>
    public static IReadOnlyList<string> ShownOrder(MatrixPage page) =>
        page.Matrix?.Columns.Select(column => column.PurchaserSlug).ToList() ?? page.PurchaserOrder;

    /// <summary>The "Mijn regio" column, which stays first whatever the order: its place is not the user's to move.</summary>
    public static string? PinnedPurchaser(MatrixPage page) =>
        page.Matrix?.Columns.FirstOrDefault(column => column.IsHighlighted)?.PurchaserSlug;

    /// <summary>
    /// What is chosen, in one line for the folded "Filters" control on a phone: "2022 · Huisartsenzorg · CZ, VGZ,
    /// Menzis"; more than three purchasers are counted ("9 inkopers").
    /// </summary>
    public static string Summary(MatrixPage page)
    {
        var careType = page.Matrix?.CareType.Name
            ?? page.Options.CareTypes.FirstOrDefault(option => option.Slug == page.Request.CareTypeSlug)?.Name
            ?? "Kies een zorgsoort";
        var year = page.Matrix?.Year ?? page.Request.Year;
        IReadOnlyList<string> purchasers = page.Matrix?.Columns.Select(column => column.PurchaserName).ToList()
            ?? ShownOrder(page).Select(slug => page.Options.Purchasers.FirstOrDefault(option => option.Slug == slug)?.Name ?? slug).ToList();
        var chosen = purchasers.Count switch
        {
            0 => "geen inkopers",
            <= 3 => string.Join(", ", purchasers),
            _ => $"{purchasers.Count} inkopers",
        };
        return string.Join(" · ", new[] { year?.ToString(System.Globalization.CultureInfo.InvariantCulture), careType, chosen }.OfType<string>());
    }

    /// <summary>
    /// The matrix of the request scrolled to a cell: where the cell page's "terug" leads, with the same filter
    /// (purchasers in their order, topics) that the cell was opened from.
    /// </summary>
    public static string CellUrl(MatrixRequest request, string purchaserSlug, string topicSlug) =>
        UrlFor(request) + "#" + MatrixHtmlWriter.CellId(purchaserSlug, topicSlug);

    /// <summary>
    /// The rest of the matrix state besides year and care type, as query-string parameters (each starting with '&amp;'):
    /// a cell's detail link carries it when followed (see <see cref="MatrixHtmlWriter.Write"/>), so "terug" restores
    /// the same filter.
    /// </summary>
    public static string StateParameters(MatrixRequest request)
    {
        var query = (request with { Year = null, CareTypeSlug = null, MyRegion = null }).ToQueryString();
        return query.Length == 0 ? "" : "&" + query[1..];
    }

    /// <summary>The years the year filter offers: those with data, and the requested one even without.</summary>
    public static IReadOnlyList<int> YearOptions(MatrixPage page) =>
        page.Request.Year is { } year && !page.Options.Years.Contains(year)
            ? page.Options.Years.Append(year).OrderDescending().ToList()
            : page.Options.Years;

    /// <summary>
    /// Another year: the care type stays when it has documents in that year; otherwise the page moves to the year's
    /// care type with the most purchasers (<see cref="MatrixCatalog.ComparingView"/>), so a year can be chosen first.
    /// Topics belong to a care type and are then reset; purchasers are kept within the same law.
    /// </summary>
    public static MatrixRequest WithYear(MatrixRequest request, int year, MatrixCatalog? catalog)
    {
        var current = request.CareTypeSlug is { } slug ? catalog?.CareType(slug) : null;
        if (catalog is null || current is null || catalog.YearsWithData(current.Id).Contains(year)
            || catalog.ComparingView(request.Law, year) is not { } view)
        {
            return request with { Year = year };
        }

        return request with
        {
            Year = year,
            CareTypeSlug = view.CareType.Slug,
            TopicSlugs = [],
            PurchaserSlugs = view.CareType.Law == current.Law ? request.PurchaserSlugs : [],
        };
    }

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

    /// <summary>
    /// Moves a column one place to the left (<paramref name="offset"/> -1) or right (+1) among the movable ones;
    /// unchanged at the edges. <paramref name="pinned"/> ("Mijn regio", shown first) keeps its place in
    /// <paramref name="currentOrder"/>, so the shared address never gets the reader's own choice moved into it.
    /// </summary>
    public static MatrixRequest MovePurchaser(MatrixRequest request, IReadOnlyList<string> currentOrder, string slug, int offset, string? pinned = null)
    {
        var movable = currentOrder.Where(candidate => candidate != pinned).ToList();
        var index = slug == pinned ? -1 : movable.IndexOf(slug);
        var target = index + offset;
        if (index >= 0 && target >= 0 && target < movable.Count)
        {
            (movable[index], movable[target]) = (movable[target], movable[index]);
        }

        var next = 0;
        return request with { PurchaserSlugs = currentOrder.Select(candidate => candidate == pinned ? candidate : movable[next++]).ToList() };
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
