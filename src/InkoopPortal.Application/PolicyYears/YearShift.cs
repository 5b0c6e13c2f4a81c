using System.Globalization;
using System.Text.RegularExpressions;
using InkoopPortal.Application.Presentation;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.PolicyYears;

/// <summary>
/// Moves what a policy says about dates and years to a later year, for the draft of a new policy year. Pure.
/// </summary>
public static partial class YearShift
{
    /// <summary>
    /// The same day <paramref name="years"/> later; 29 February becomes 28 February in a year that has no leap day.
    /// </summary>
    public static DateOnly Date(DateOnly date, int years) => date.AddYears(years);

    /// <summary>
    /// The end of a period: the last day of a month stays the last day of that month (February 2023 ends on the
    /// 28th, February 2024 on the 29th), every other day moves as <see cref="Date"/>.
    /// </summary>
    public static DateOnly PeriodEnd(DateOnly end, int years)
    {
        var isMonthEnd = end.Day == DateTime.DaysInMonth(end.Year, end.Month);
        var moved = end.AddYears(years);
        return isMonthEnd ? new DateOnly(moved.Year, moved.Month, DateTime.DaysInMonth(moved.Year, moved.Month)) : moved;
    }

    /// <summary>
    /// A copy of the deadline <paramref name="years"/> later. Every year in the source's wording moves with it; when
    /// a date had to change its day (29 February), the wording is written anew from the moved dates.
    /// </summary>
    public static Deadline Deadline(Deadline source, int years)
    {
        var date = source.Date is { } start ? Date(start, years) : (DateOnly?)null;
        var endDate = source.EndDate is { } end
            ? source.Precision is DatePrecision.Month or DatePrecision.Year ? PeriodEnd(end, years) : Date(end, years)
            : (DateOnly?)null;
        var dayChanged = (source.Date is { } oldStart && date!.Value.Day != oldStart.Day)
            || (source.EndDate is { } oldEnd && source.Precision == DatePrecision.Day && endDate!.Value.Day != oldEnd.Day);
        return new Deadline
        {
            Kind = source.Kind,
            Description = source.Description,
            Responsible = source.Responsible,
            Date = date,
            EndDate = endDate,
            Time = source.Time,
            Precision = source.Precision,
            DateText = dayChanged
                ? DutchFormat.DeadlineDate(date, endDate, time: null, source.Precision, source.DateText)
                : YearsInText(source.DateText, years),
            SortOrder = source.SortOrder,
        }.CopyCitation(source);
    }

    /// <summary>Every year (1900-2099) in the text, <paramref name="years"/> later: "12 november 2022" → "12 november 2023".</summary>
    public static string YearsInText(string text, int years) =>
        Year().Replace(text, match => (int.Parse(match.Value, CultureInfo.InvariantCulture) + years).ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The title of a new year's draft: the years the source title names are replaced by <paramref name="newYear"/>
    /// ("Inkoopbeleid huisartsenzorg 2022 – CZ" → "... 2023 – CZ", "Inkoopbeleid 2023 &amp; 2024 elv" → "Inkoopbeleid 2025 elv").
    /// A title that names neither year is kept as it is.
    /// </summary>
    public static string Title(string title, int validFromYear, int validToYear, int newYear)
    {
        var next = newYear.ToString(CultureInfo.InvariantCulture);
        if (validFromYear != validToYear)
        {
            var range = new Regex($@"\b{validFromYear}\s*(?:-|–|—|&|/|en|t/m|tot en met)\s*{validToYear}\b");
            if (range.IsMatch(title))
            {
                return range.Replace(title, next);
            }
        }

        foreach (var year in new[] { validToYear, validFromYear }.Distinct())
        {
            var single = new Regex($@"\b{year}\b");
            if (single.IsMatch(title))
            {
                return single.Replace(title, next);
            }
        }

        return title;
    }

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();
}
