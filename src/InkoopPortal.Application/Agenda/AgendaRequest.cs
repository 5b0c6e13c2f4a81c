using InkoopPortal.Application.Comparison;

namespace InkoopPortal.Application.Agenda;

/// <summary>
/// The deadline calendar's filter, kept in the query string with the matrix's keys and slug conventions
/// (<c>/agenda?jaar=2023&amp;zorgsoort=huisartsenzorg&amp;inkopers=cz,vgz</c>; the same for <c>/agenda.ics</c>).
/// Empty care type and purchasers mean "all"; no year means this year and the next (the current and the coming
/// contracting season), <c>jaar=alle</c> every year; <c>mijlpalen=verbergen</c> leaves the NZa milestones out.
/// </summary>
public sealed record AgendaRequest(
    string? CareTypeSlug,
    IReadOnlyList<string> PurchaserSlugs,
    int? Year = null,
    bool AllYears = false,
    bool HideMilestones = false)
{
    public const string PagePath = "/agenda";
    public const string FeedPath = "/agenda.ics";
    public const string AllYearsValue = "alle";
    public const string MilestonesKey = "mijlpalen";
    public const string HideValue = "verbergen";

    public static AgendaRequest All { get; } = new(null, [], AllYears: true);

    /// <summary>The calendar years shown: <paramref name="today"/>'s and the next by default; null for every year.</summary>
    public (int From, int To)? YearsShown(DateOnly today) =>
        AllYears ? null : Year is { } year ? (year, year) : (today.Year, today.Year + 1);

    public string ToQueryString()
    {
        var parts = new List<string>();
        if (AllYears)
        {
            parts.Add($"{MatrixRequest.YearKey}={AllYearsValue}");
        }
        else if (Year is { } year)
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

        if (HideMilestones)
        {
            parts.Add($"{MilestonesKey}={HideValue}");
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    public string PageUrl => PagePath + ToQueryString();

    public string FeedUrl => FeedPath + ToQueryString();

    /// <summary>
    /// Reads the filter; every malformed value becomes a Dutch message. <paramref name="purchasers"/> may be repeated
    /// (a form's checkboxes) or comma-separated (a shared link).
    /// </summary>
    public static (AgendaRequest Request, IReadOnlyList<string> Problems) Parse(
        string? careType, IEnumerable<string?>? purchasers, string? year = null, string? milestones = null)
    {
        var problems = new List<string>();
        var careTypeSlug = MatrixRequestParser.ReadSlug(careType, "zorgsoort", problems);
        var joined = string.Join(',', (purchasers ?? []).Where(value => !string.IsNullOrWhiteSpace(value)));
        var purchaserSlugs = MatrixRequestParser.ReadSlugList(joined, MatrixRequest.PurchasersKey, problems);
        var allYears = string.Equals(year?.Trim(), AllYearsValue, StringComparison.OrdinalIgnoreCase);
        var chosenYear = allYears ? null : MatrixRequestParser.ReadYear(year, problems);
        var hide = milestones?.Trim().ToLowerInvariant() switch
        {
            null or "" or "tonen" => false,
            HideValue => true,
            _ => Refuse(milestones, problems),
        };
        return (new AgendaRequest(careTypeSlug, purchaserSlugs, chosenYear, allYears, hide), problems);
    }

    private static bool Refuse(string value, List<string> problems)
    {
        var shown = value.Trim();
        shown = shown.Length > 40 ? shown[..40] + "…" : shown;
        problems.Add($"'{shown}' is geen geldige keuze voor {MilestonesKey}. Gebruik '{HideValue}' of laat het weg.");
        return false;
    }
}
