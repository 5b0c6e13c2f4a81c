using InkoopPortal.Application.Comparison;

namespace InkoopPortal.Application.Agenda;

/// <summary>
/// The deadline calendar's filter, kept in the query string with the matrix's keys and slug conventions
/// (<c>/agenda?zorgsoort=huisartsenzorg&amp;inkopers=cz,vgz</c>; the same for <c>/agenda.ics</c>). Empty means "all".
/// </summary>
public sealed record AgendaRequest(string? CareTypeSlug, IReadOnlyList<string> PurchaserSlugs)
{
    public const string PagePath = "/agenda";
    public const string FeedPath = "/agenda.ics";

    public static AgendaRequest All { get; } = new(null, []);

    public string ToQueryString()
    {
        var parts = new List<string>();
        if (CareTypeSlug is { } careType)
        {
            parts.Add($"{MatrixRequest.CareTypeKey}={careType}");
        }

        if (PurchaserSlugs.Count > 0)
        {
            parts.Add($"{MatrixRequest.PurchasersKey}={string.Join(',', PurchaserSlugs)}");
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    public string PageUrl => PagePath + ToQueryString();

    public string FeedUrl => FeedPath + ToQueryString();

    /// <summary>
    /// Reads the filter; every malformed value becomes a Dutch message. <paramref name="purchasers"/> may be repeated
    /// (a form's checkboxes) or comma-separated (a shared link).
    /// </summary>
    public static (AgendaRequest Request, IReadOnlyList<string> Problems) Parse(string? careType, IEnumerable<string?>? purchasers)
    {
        var problems = new List<string>();
        var careTypeSlug = MatrixRequestParser.ReadSlug(careType, "zorgsoort", problems);
        var joined = string.Join(',', (purchasers ?? []).Where(value => !string.IsNullOrWhiteSpace(value)));
        var purchaserSlugs = MatrixRequestParser.ReadSlugList(joined, MatrixRequest.PurchasersKey, problems);
        return (new AgendaRequest(careTypeSlug, purchaserSlugs), problems);
    }
}
