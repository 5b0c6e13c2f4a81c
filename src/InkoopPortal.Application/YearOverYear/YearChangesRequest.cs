using InkoopPortal.Application.Comparison;

namespace InkoopPortal.Application.YearOverYear;

/// <summary>
/// "Wat is er veranderd in &lt;jaar&gt;": the year, care type and purchasers, kept in the query string with the matrix's
/// keys (<c>/veranderingen?jaar=2023&amp;zorgsoort=huisartsenzorg&amp;inkopers=cz,vgz</c>). Open values are filled in
/// by <see cref="YearChangesQuery"/>; no purchasers means all.
/// </summary>
public sealed record YearChangesRequest(int? Year, string? CareTypeSlug, IReadOnlyList<string> PurchaserSlugs)
{
    public const string PagePath = "/veranderingen";

    public static YearChangesRequest Empty { get; } = new(null, null, []);

    public string Url
    {
        get
        {
            var parts = new List<string>();
            if (Year is { } year)
            {
                parts.Add($"{MatrixRequest.YearKey}={year}");
            }

            if (CareTypeSlug is { } careType)
            {
                parts.Add($"{MatrixRequest.CareTypeKey}={careType}");
            }

            if (PurchaserSlugs.Count > 0)
            {
                parts.Add($"{MatrixRequest.PurchasersKey}={string.Join(',', PurchaserSlugs)}");
            }

            return PagePath + (parts.Count == 0 ? "" : "?" + string.Join('&', parts));
        }
    }

    /// <summary>
    /// Reads the filter; every malformed value becomes a Dutch message. <paramref name="purchasers"/> may be repeated
    /// (the form's checkboxes) or comma-separated (a shared link).
    /// </summary>
    public static (YearChangesRequest Request, IReadOnlyList<string> Problems) Parse(string? year, string? careType, IEnumerable<string?>? purchasers)
    {
        var problems = new List<string>();
        var parsedYear = MatrixRequestParser.ReadYear(year, problems);
        var careTypeSlug = MatrixRequestParser.ReadSlug(careType, "zorgsoort", problems);
        var joined = string.Join(',', (purchasers ?? []).Where(value => !string.IsNullOrWhiteSpace(value)));
        var purchaserSlugs = MatrixRequestParser.ReadSlugList(joined, MatrixRequest.PurchasersKey, problems);
        return (new YearChangesRequest(parsedYear, careTypeSlug, purchaserSlugs), problems);
    }
}
