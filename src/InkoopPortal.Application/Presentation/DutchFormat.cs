using System.Globalization;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.Domain.Sources;

namespace InkoopPortal.Application.Presentation;

/// <summary>
/// How the portal words dates, numbers, thresholds and enum values for readers: always Dutch (nl-NL), whatever
/// culture the calling thread has. Pure, so every page (document pages, the matrix) words them the same.
/// </summary>
public static class DutchFormat
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    // Dutch texts name the time zone of the Netherlands; fall back to UTC where the zone database is missing.
    private static readonly TimeZoneInfo Netherlands =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The day it is in the Netherlands at <paramref name="moment"/> (what "today" means on every page).</summary>
    public static DateOnly Today(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Netherlands).DateTime);

    /// <summary>
    /// A name as it reads inside a sentence: "Huisartsenzorg" becomes "huisartsenzorg", but a first word that is an
    /// abbreviation or a law keeps its capitals ("Wlz verpleging en verzorging", "GGZ"). The one place that lowers a
    /// name for running text, titles and exports, so "Wlz" is never written "wlz".
    /// </summary>
    public static string InSentence(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        var firstWord = name.Split([' ', '-', '/'], 2)[0];
        var keepsCapitals = Enum.GetNames<Law>().Contains(firstWord, StringComparer.Ordinal)
            || firstWord.Skip(1).Any(char.IsUpper);
        return keepsCapitals ? name : char.ToLower(name[0], Dutch) + name[1..];
    }

    /// <summary>"1 april 2023".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    /// <summary>"3 december 2026": the day in Dutch time.</summary>
    public static string Date(DateTimeOffset moment) => Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Netherlands).DateTime));

    /// <summary>"oktober 2023".</summary>
    public static string Month(DateOnly date) => date.ToString("MMMM yyyy", Dutch);

    /// <summary>"23 november 2026 om 06:08", in Dutch time.</summary>
    public static string DateTime(DateTimeOffset moment)
    {
        var local = TimeZoneInfo.ConvertTime(moment, Netherlands);
        return $"{Date(DateOnly.FromDateTime(local.DateTime))} om {local.ToString("HH:mm", Dutch)}";
    }

    /// <summary>"12:00".</summary>
    public static string Time(TimeOnly time) => time.ToString("HH:mm", Dutch);

    /// <summary>"2024" for one year, "2023 en 2024" for two, "2024–2026" (en dash) for a longer range.</summary>
    public static string Years(int from, int to) =>
        from >= to ? $"{from}" : to == from + 1 ? $"{from} en {to}" : $"{from}–{to}";

    /// <summary>A number in Dutch notation without needless decimals: "100.000", "95,5", "1,2".</summary>
    public static string Number(decimal value) => value.ToString("#,##0.##########", Dutch);

    /// <summary>A value with its unit as Dutch writes it: "€ 100.000", "25%", "2 jaar", "klasse 2", "1,2 fte".</summary>
    public static string Quantity(decimal value, string unit) => unit.Trim() switch
    {
        "" => Number(value),
        "EUR" or "€" => $"€ {Number(value)}",
        "%" => $"{Number(value)}%",
        "klasse" => $"klasse {Number(value)}",
        var other => $"{Number(value)} {other}",
    };

    public static string Operator(ComparisonOperator comparison) => comparison switch
    {
        ComparisonOperator.AtLeast => "≥",
        ComparisonOperator.AtMost => "≤",
        ComparisonOperator.Exactly => "=",
        ComparisonOperator.MoreThan => ">",
        ComparisonOperator.LessThan => "<",
        _ => comparison.ToString(),
    };

    /// <summary>"zorgomzet ≥ € 100.000".</summary>
    public static string Threshold(string metric, ComparisonOperator comparison, decimal value, string unit) =>
        $"{metric} {Operator(comparison)} {Quantity(value, unit)}";

    /// <summary>The word between thresholds: "of" when one is enough, "en" when all must be met.</summary>
    public static string Joiner(ThresholdLogic logic) => logic == ThresholdLogic.AnyOf ? "of" : "en";

    /// <summary>"zorgomzet ≥ € 100.000 · of · marktaandeel ≥ 25% · of · jaren in bedrijf ≥ 2 jaar".</summary>
    public static string Thresholds(IEnumerable<string> thresholds, ThresholdLogic logic) =>
        string.Join($" · {Joiner(logic)} · ", thresholds);

    /// <summary>
    /// A planning date as exact as its source: "9 november 2023", "oktober 2023", "juli – oktober 2022", "2023",
    /// with ", 12:00 uur" when a time is known. A date that could not be placed keeps the source's words.
    /// </summary>
    public static string DeadlineDate(DateOnly? date, DateOnly? endDate, TimeOnly? time, DatePrecision precision, string dateText)
    {
        var text = date is not { } start ? dateText.Trim() : precision switch
        {
            DatePrecision.Day => Range(start, endDate, Date, sameYear: d => d.ToString("d MMMM", Dutch)),
            DatePrecision.Month => Range(start, endDate, Month, sameYear: d => d.ToString("MMMM", Dutch),
                sameUnit: (a, b) => a.Year == b.Year && a.Month == b.Month),
            DatePrecision.Year => endDate is { } end && end.Year != start.Year ? $"{start.Year} – {end.Year}" : $"{start.Year}",
            _ => dateText.Trim(),
        };
        return time is { } at ? $"{text}, {Time(at)} uur" : text;
    }

    // "9 – 12 november 2023" style ranges: the first part drops the year when both ends share it.
    private static string Range(
        DateOnly start, DateOnly? end, Func<DateOnly, string> full, Func<DateOnly, string> sameYear,
        Func<DateOnly, DateOnly, bool>? sameUnit = null)
    {
        sameUnit ??= (a, b) => a == b;
        if (end is not { } last || sameUnit(start, last))
        {
            return full(start);
        }

        return start.Year == last.Year ? $"{sameYear(start)} – {full(last)}" : $"{full(start)} – {full(last)}";
    }

    /// <summary>The Dutch name of an enum value a reader sees.</summary>
    public static string Label(DeadlineKind kind) => kind switch
    {
        DeadlineKind.PolicyPublication => "Publicatie beleid",
        DeadlineKind.Questions => "Vragen stellen",
        DeadlineKind.Answers => "Antwoorden (nota van inlichtingen)",
        DeadlineKind.Application => "Aanmelden",
        DeadlineKind.Offer => "Aanbod",
        DeadlineKind.Signing => "Ondertekenen",
        DeadlineKind.ContractedProvidersPublication => "Publicatie gecontracteerde zorgaanbieders",
        DeadlineKind.Meeting => "Overleg",
        _ => "Overig",
    };

    public static string Label(StatementStatus status) => status switch
    {
        StatementStatus.Content => "Beleid beschreven",
        StatementStatus.NothingSpecial => "Geen bijzonderheden",
        StatementStatus.NoPolicyPublished => "Geen beleid gepubliceerd",
        StatementStatus.EmptyInSource => "Leeg in de bron",
        _ => "Nog niet geanalyseerd",
    };

    public static string Label(ConditionKind kind) =>
        kind == ConditionKind.Exclusion ? "Uitsluitingsgrond" : "Eis";

    public static string Label(PolicyDocumentKind kind) => kind switch
    {
        PolicyDocumentKind.PurchasingFramework => "Inkoopkader",
        PolicyDocumentKind.Presentation => "Presentatie",
        _ => "Inkoopbeleid",
    };

    public static string Label(DocumentStatus status) =>
        status == DocumentStatus.Published ? "Gepubliceerd" : "Concept";

    public static string Label(PurchaserKind kind) =>
        kind == PurchaserKind.CareOffice ? "Zorgkantoor" : "Zorgverzekeraar";

    public static string Label(SourceDocumentKind kind) => kind switch
    {
        SourceDocumentKind.ComparisonTable => "Vergelijkingstabel",
        SourceDocumentKind.Presentation => "Presentatie",
        _ => "Beleidstekst",
    };
}
