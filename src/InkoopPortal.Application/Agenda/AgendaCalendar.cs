using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using InkoopPortal.Application.Presentation;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Agenda;

/// <summary>
/// Writes an agenda as an iCalendar feed (RFC 5545) that Outlook and other calendars can subscribe to. Every deadline
/// with a day or month is an all-day event (a month one on the first of the month, marked "datum nog niet bekend");
/// its UID is derived from the deadline's id, so a re-fetched feed updates events instead of duplicating them. The
/// NZa milestones of the same selection come along, marked "NZa-mijlpaal".
/// </summary>
public static class AgendaCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";
    public const string UnknownDayNote = "(datum nog niet bekend)";

    public const string MilestoneMark = "NZa-mijlpaal";

    public static string Uid(int deadlineId) => $"deadline-{deadlineId}@inkoopportal";

    public static string Uid(AgendaMilestone milestone) => $"{milestone.Id}@inkoopportal";

    /// <summary>"Zorg en Zekerheid: Ondertekenen – Uiterste datum van ondertekening".</summary>
    public static string Summary(AgendaDeadline deadline)
    {
        var summary = $"{deadline.PurchaserName}: {DutchFormat.Label(deadline.Kind)} – {deadline.Description}";
        return deadline.Precision == DatePrecision.Month ? $"{summary} {UnknownDayNote}" : summary;
    }

    /// <param name="baseUri">The portal's address, for the links to the document pages.</param>
    /// <param name="name">The calendar's name in the subscriber's list.</param>
    public static string Write(AgendaPage page, Uri baseUri, string name)
    {
        var calendar = new Calendar { ProductId = "-//InkoopPortal//Agenda//NL", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var deadline in page.Deadlines.Where(deadline => deadline.IsOnCalendar))
        {
            calendar.Events.Add(ToEvent(deadline, baseUri));
        }

        foreach (var milestone in page.Milestones)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(milestone),
                Summary = $"{MilestoneMark}: {milestone.Title}",
                DtStart = new CalDateTime(milestone.Date),
                DtEnd = new CalDateTime(milestone.Date.AddDays(1)),
                Description = $"Bron: {milestone.Source}" + (milestone.SourceUrl is { } url ? "\n" + url : ""),
                Url = milestone.SourceUrl is { } link ? new Uri(link) : null,
                Transparency = "TRANSPARENT",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent ToEvent(AgendaDeadline deadline, Uri baseUri)
    {
        var start = deadline.Date!.Value;
        // A month is pinned to its first day; a day range spans its days (DTEND is the day after, exclusive).
        var first = deadline.Precision == DatePrecision.Month ? new DateOnly(start.Year, start.Month, 1) : start;
        var last = deadline.Precision == DatePrecision.Day && deadline.EndDate is { } end && end > start ? end : first;
        var documentUrl = new Uri(baseUri, deadline.DocumentUrl.TrimStart('/'));
        return new CalendarEvent
        {
            Uid = Uid(deadline.Id),
            Summary = Summary(deadline),
            DtStart = new CalDateTime(first),
            DtEnd = new CalDateTime(last.AddDays(1)),
            Description = Description(deadline, documentUrl),
            Url = documentUrl,
            Transparency = "TRANSPARENT",
        };
    }

    private static string Description(AgendaDeadline deadline, Uri documentUrl)
    {
        var lines = new List<string>
        {
            $"Datum: {DutchFormat.DeadlineDate(deadline.Date, deadline.EndDate, deadline.Time, deadline.Precision, deadline.DateText)}",
        };
        if (deadline.Responsible is { Length: > 0 } responsible)
        {
            lines.Add($"Wie: {responsible}");
        }

        lines.Add($"Document: {deadline.DocumentTitle} ({string.Join(", ", deadline.CareTypeNames)})");
        lines.Add(documentUrl.ToString());
        return string.Join("\n", lines);
    }
}
