using InkoopPortal.Application.Comparison;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;

namespace InkoopPortal.Application.Agenda;

/// <summary>
/// The deadlines of published documents and the NZa milestones that match a filter, with the Dutch messages about
/// the filter. <see cref="IsValid"/> is false when the filter named something that does not exist or could not be
/// read: the deadlines then are only those of what could be resolved, and the feed refuses the request.
/// </summary>
/// <param name="Today">The day the agenda is drawn on (the app's clock, in the Netherlands): it splits coming from past.</param>
/// <param name="YearsShown">The calendar years shown, or null for all.</param>
/// <param name="MyPurchasers">The purchasers "Mijn regio" narrowed the agenda to (none when it did not).</param>
/// <param name="YearOptions">The years the year filter offers, newest first.</param>
public sealed record AgendaPage(
    AgendaRequest Request,
    DateOnly Today,
    (int From, int To)? YearsShown,
    IReadOnlyList<AgendaDeadline> Deadlines,
    IReadOnlyList<AgendaMilestone> Milestones,
    IReadOnlyList<string> Messages,
    IReadOnlyList<CatalogCareType> CareTypes,
    IReadOnlyList<CatalogPurchaser> Purchasers,
    IReadOnlyList<CatalogPurchaser> MyPurchasers,
    IReadOnlyList<int> YearOptions)
{
    public bool IsValid => Messages.Count == 0;

    /// <summary>Deadlines and milestones in the agenda's order: coming, past ("verlopen"), undated; each by purchaser kind.</summary>
    public IReadOnlyList<AgendaSection> Sections() =>
        AgendaSchedule.Arrange(Deadlines.Select(AgendaEntry.From).Concat(Milestones.Select(AgendaEntry.From)), Today);
}

/// <summary>One deadline with what the calendar shows of its document and purchaser.</summary>
public sealed record AgendaDeadline(
    int Id,
    int DocumentId,
    string DocumentTitle,
    string PurchaserSlug,
    string PurchaserName,
    IReadOnlyList<string> CareTypeNames,
    DeadlineKind Kind,
    string Description,
    string? Responsible,
    DateOnly? Date,
    DateOnly? EndDate,
    TimeOnly? Time,
    DatePrecision Precision,
    string DateText,
    PurchaserKind PurchaserKind = PurchaserKind.HealthInsurer,
    int DocumentFromYear = 0,
    int DocumentToYear = 0)
{
    /// <summary>A day or a month is known: the deadline can be put on a calendar.</summary>
    public bool IsOnCalendar => Date is not null && Precision is DatePrecision.Day or DatePrecision.Month;

    public string DocumentUrl => $"/documenten/{DocumentId}";

    /// <summary>
    /// Whether the deadline falls in the calendar years <paramref name="from"/>–<paramref name="to"/>. One without a
    /// date counts for the years its document's contracting runs in: the year before it takes effect up to its end.
    /// </summary>
    public bool FallsIn(int from, int to)
    {
        if (Date is { } start && Precision is not DatePrecision.Unspecified)
        {
            var end = EndDate is { } until && until > start ? until : start;
            return start.Year <= to && end.Year >= from;
        }

        return DocumentFromYear - 1 <= to && DocumentToYear >= from;
    }
}
