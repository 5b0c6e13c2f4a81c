using System.Globalization;
using System.Text.RegularExpressions;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Import.PolicyText;

/// <summary>
/// What a date text is read against. <see cref="DefaultYear"/> fills in a date without a year ("12 november" under
/// "Wanneer (2022)"); <see cref="ContractYear"/> is the year T in "jaar T-1".
/// </summary>
public sealed record DateContext(int? DefaultYear = null, int? ContractYear = null);

/// <summary>A date read from text; <see cref="EndDate"/> is the last day of a month, a range or a year.</summary>
public sealed record DateReading(DateOnly? Date, DateOnly? EndDate, TimeOnly? Time, DatePrecision Precision)
{
    public static readonly DateReading Unspecified = new(null, null, null, DatePrecision.Unspecified);
}

/// <summary>A date found inside a sentence, with the words it was read from and where they start in the sentence.</summary>
public sealed record DateMention(string Text, DateReading Reading, int Index);

/// <summary>
/// Reads Dutch dates as policies write them: "12 november 2023", "donderdag 15 juni 12.00 uur", "Oktober 2023",
/// "juli-oktober", "Gedurende heel 2023", "1-4-2018", "vóór juli jaar T-1".
/// A deadline "vóór X" (before X) is read as the last day before X: "vóór juli" in 2022 is 30 June 2022, Day.
/// Text that holds no date that can be placed on a calendar reads as <see cref="DatePrecision.Unspecified"/>.
/// </summary>
public static partial class DutchDateReader
{
    private static readonly string[] MonthNames =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly Dictionary<string, int> Months = BuildMonths();

    public static DateReading Read(string text, DateContext? context = null)
    {
        context ??= new DateContext();
        var normalized = Normalize(text);
        var prefix = BeforePrefix().Match(normalized);
        var before = prefix.Success;
        if (before)
        {
            normalized = normalized[prefix.Length..].Trim();
        }

        var relativeYear = RelativeYear(ref normalized, context);
        var time = ReadTime(ref normalized);
        var reading = ReadDate(normalized, relativeYear ?? context.DefaultYear, time);
        return before ? DayBefore(reading) : reading;
    }

    /// <summary>Every day date in a sentence ("uiterlijk donderdag 15 juni 12.00 uur", "Op 30 juni 2023").</summary>
    public static IReadOnlyList<DateMention> FindDates(string sentence, DateContext? context = null) =>
        DayInProse().Matches(sentence)
            .Select(match => new DateMention(match.Value.Trim(), Read(match.Value, context), match.Index))
            .Where(mention => mention.Reading.Precision != DatePrecision.Unspecified)
            .ToList();

    private static DateReading ReadDate(string text, int? year, TimeOnly? time)
    {
        if (DayMonthYear().Match(text) is { Success: true } day)
        {
            return Day(day.Groups["year"].Success ? int.Parse(day.Groups["year"].Value, CultureInfo.InvariantCulture) : year,
                Months[day.Groups["month"].Value], int.Parse(day.Groups["day"].Value, CultureInfo.InvariantCulture), time);
        }

        if (NumericDate().Match(text) is { Success: true } numeric)
        {
            return Day(int.Parse(numeric.Groups["year"].Value, CultureInfo.InvariantCulture),
                int.Parse(numeric.Groups["month"].Value, CultureInfo.InvariantCulture),
                int.Parse(numeric.Groups["day"].Value, CultureInfo.InvariantCulture), time);
        }

        if (MonthRange().Match(text) is { Success: true } range)
        {
            var rangeYear = range.Groups["year"].Success ? int.Parse(range.Groups["year"].Value, CultureInfo.InvariantCulture) : year;
            return Months[range.Groups["from"].Value] <= Months[range.Groups["to"].Value]
                ? MonthSpan(rangeYear, Months[range.Groups["from"].Value], Months[range.Groups["to"].Value])
                : DateReading.Unspecified;
        }

        if (MonthYear().Match(text) is { Success: true } month)
        {
            var monthYear = month.Groups["year"].Success ? int.Parse(month.Groups["year"].Value, CultureInfo.InvariantCulture) : year;
            return MonthSpan(monthYear, Months[month.Groups["month"].Value], Months[month.Groups["month"].Value]);
        }

        if (WholeYear().Match(text) is { Success: true } whole)
        {
            var value = int.Parse(whole.Groups["year"].Value, CultureInfo.InvariantCulture);
            return new DateReading(new DateOnly(value, 1, 1), new DateOnly(value, 12, 31), null, DatePrecision.Year);
        }

        return DateReading.Unspecified;
    }

    private static DateReading Day(int? year, int month, int day, TimeOnly? time) =>
        year is { } value && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(value, month)
            ? new DateReading(new DateOnly(value, month, day), null, time, DatePrecision.Day)
            : DateReading.Unspecified;

    private static DateReading MonthSpan(int? year, int from, int to) =>
        year is { } value
            ? new DateReading(new DateOnly(value, from, 1), new DateOnly(value, to, DateTime.DaysInMonth(value, to)), null, DatePrecision.Month)
            : DateReading.Unspecified;

    private static DateReading DayBefore(DateReading reading) =>
        reading.Date is { } date && reading.Precision is DatePrecision.Day or DatePrecision.Month or DatePrecision.Year
            ? new DateReading(date.AddDays(-1), null, null, DatePrecision.Day)
            : reading;

    private static int? RelativeYear(ref string text, DateContext context)
    {
        if (RelativeYearPattern().Match(text) is not { Success: true } match)
        {
            return null;
        }

        text = text.Remove(match.Index, match.Length).Trim();
        if (context.ContractYear is not { } contractYear)
        {
            return null;
        }

        var offset = match.Groups["offset"].Success ? int.Parse(match.Groups["offset"].Value.Replace(" ", ""), CultureInfo.InvariantCulture) : 0;
        return contractYear + offset;
    }

    private static TimeOnly? ReadTime(ref string text)
    {
        if (TimePattern().Match(text) is not { Success: true } match)
        {
            return null;
        }

        text = text.Remove(match.Index, match.Length).Trim();
        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture);
        return hour < 24 && minute < 60 ? new TimeOnly(hour, minute) : null;
    }

    private static string Normalize(string text)
    {
        var normalized = InlineText.Clean(text).ToLowerInvariant().Replace('–', '-').Replace('—', '-');
        normalized = Filler().Replace(normalized, " ");
        return Content.MarkdownText.NormalizeWhitespace(normalized).Trim(' ', '.', ',', ':');
    }

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>();
        for (var index = 0; index < MonthNames.Length; index++)
        {
            months[MonthNames[index]] = index + 1;
            months[MonthNames[index][..3]] = index + 1;
        }

        months["mrt"] = 3;
        months["sept"] = 9;
        return months;
    }

    private const string MonthPattern =
        "(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)";

    private const string Weekday = "(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)";

    [GeneratedRegex(@"^(?:vóór|voor)\b")]
    private static partial Regex BeforePrefix();

    [GeneratedRegex(@"\b(?:uiterlijk|op|uiterste\s+datum|" + Weekday + @")\b")]
    private static partial Regex Filler();

    [GeneratedRegex(@"\bjaar\s+t\s*(?<offset>[+-]\s*\d+)?\b")]
    private static partial Regex RelativeYearPattern();

    [GeneratedRegex(@"\b(?:om\s+)?(?<hour>\d{1,2})[.:](?<minute>\d{2})(?:\s*uur)?\b|\b(?<hour>\d{1,2})\s*uur(?<minute>)\b")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^(?<day>\d{1,2})\s+(?<month>" + MonthPattern + @")\.?(?:\s+(?<year>\d{4}))?$")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?<day>\d{1,2})[-/](?<month>\d{1,2})[-/](?<year>\d{4})$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?<from>" + MonthPattern + @")\s*(?:-|t/m|tot en met)\s*(?<to>" + MonthPattern + @")(?:\s+(?<year>\d{4}))?$")]
    private static partial Regex MonthRange();

    [GeneratedRegex(@"^(?<month>" + MonthPattern + @")(?:\s+(?<year>\d{4}))?$")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?:gedurende\s+)?(?:(?:heel|het\s+hele|geheel)\s+)?(?:jaar\s+)?(?<year>(?:19|20)\d{2})$")]
    private static partial Regex WholeYear();

    [GeneratedRegex(@"(?:\b" + Weekday + @"\s+)?\b\d{1,2}\s+" + MonthPattern + @"\b(?:\s+\d{4})?(?:\s+(?:om\s+)?\d{1,2}[.:]\d{2}(?:\s*uur)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex DayInProse();
}
