using System.Globalization;
using InkoopPortal.Application.Comparison;

namespace InkoopPortal.Application.YearOverYear;

/// <summary>
/// What the year-over-year page compares, kept in its query string: a purchaser and care type in two years
/// (<c>/vergelijk/jaren?inkoper=cz&amp;zorgsoort=huisartsenzorg&amp;van=2022&amp;tot=2023</c>) or two documents
/// (<c>/vergelijk/jaren?documenten=12,15</c>). Open values are filled in by <see cref="YearOverYearQuery"/>.
/// </summary>
public sealed record YearOverYearRequest(string? PurchaserSlug, string? CareTypeSlug, int? FromYear, int? ToYear, IReadOnlyList<int> DocumentIds)
{
    public const string PagePath = "/vergelijk/jaren";
    public const string PurchaserKey = "inkoper";
    public const string FromKey = "van";
    public const string ToKey = "tot";
    public const string DocumentsKey = "documenten";

    /// <summary>Nothing was chosen yet (the page's first visit).</summary>
    public bool IsEmpty => PurchaserSlug is null && CareTypeSlug is null && FromYear is null && ToYear is null && DocumentIds.Count == 0;

    /// <summary>Two documents were asked for (they win over a purchaser, care type and years).</summary>
    public bool ComparesDocuments => DocumentIds.Count > 0;

    /// <summary>The comparison of a purchaser's care type in two years, optionally scrolled to one topic.</summary>
    public static string Url(string purchaserSlug, string careTypeSlug, int fromYear, int toYear, string? topicSlug = null) =>
        $"{PagePath}?{PurchaserKey}={purchaserSlug}&{MatrixRequest.CareTypeKey}={careTypeSlug}&{FromKey}={fromYear}&{ToKey}={toYear}"
        + (topicSlug is null ? "" : $"#{TopicAnchor(topicSlug)}");

    /// <summary>The id of a topic's block on the page.</summary>
    public static string TopicAnchor(string topicSlug) => $"onderwerp-{topicSlug}";

    /// <summary>
    /// Reads the query-string values; every malformed value becomes a Dutch message. <paramref name="documents"/> may be
    /// repeated (the form's two lists) or comma-separated (a shared link) and must name exactly two different documents.
    /// </summary>
    public static (YearOverYearRequest Request, IReadOnlyList<string> Problems) Parse(
        string? purchaser, string? careType, string? fromYear, string? toYear, IEnumerable<string?>? documents)
    {
        var problems = new List<string>();
        var purchaserSlug = MatrixRequestParser.ReadSlug(purchaser, "inkoper", problems);
        var careTypeSlug = MatrixRequestParser.ReadSlug(careType, "zorgsoort", problems);
        var from = MatrixRequestParser.ReadYear(fromYear, problems);
        var to = MatrixRequestParser.ReadYear(toYear, problems);
        if (from is not null && from == to)
        {
            problems.Add($"Kies twee verschillende jaren: 'van' en 'tot' zijn allebei {from}.");
        }

        var documentIds = ReadDocumentIds(documents, problems);
        return (new YearOverYearRequest(purchaserSlug, careTypeSlug, from, to, documentIds), problems);
    }

    private static List<int> ReadDocumentIds(IEnumerable<string?>? values, List<string> problems)
    {
        var items = (values ?? [])
            .Where(value => !string.IsNullOrWhiteSpace(value))
            .SelectMany(value => value!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        if (items.Count == 0)
        {
            return [];
        }

        var ids = new List<int>();
        foreach (var item in items.Take(MatrixRequestParser.MaximumListItems))
        {
            if (int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                ids.Add(id);
            }
            else
            {
                problems.Add($"'{Shorten(item)}' is geen documentnummer: gebruik alleen cijfers.");
            }
        }

        if (ids.Count != items.Count)
        {
            return [];
        }

        if (ids.Count != 2)
        {
            problems.Add($"Kies precies twee documenten om te vergelijken; er {(ids.Count == 1 ? "is er 1" : $"zijn er {ids.Count}")} gekozen.");
            return [];
        }

        if (ids[0] == ids[1])
        {
            problems.Add($"Kies twee verschillende documenten: beide keuzes zijn document {ids[0]}.");
            return [];
        }

        return ids;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
