using InkoopPortal.Application.Comparison;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Agenda;

/// <summary>
/// The deadlines of published documents that match a filter, in date order, with the Dutch messages about the filter.
/// <see cref="IsValid"/> is false when the filter named something that does not exist or could not be read: the
/// deadlines then are only those of what could be resolved, and the feed refuses the request.
/// </summary>
public sealed record AgendaPage(
    AgendaRequest Request,
    IReadOnlyList<AgendaDeadline> Deadlines,
    IReadOnlyList<string> Messages,
    IReadOnlyList<CatalogCareType> CareTypes,
    IReadOnlyList<CatalogPurchaser> Purchasers)
{
    public bool IsValid => Messages.Count == 0;

    /// <summary>The deadlines with a day or month, grouped by the month they fall in (first day of that month), in order.</summary>
    public IReadOnlyList<IGrouping<DateOnly, AgendaDeadline>> ByMonth() =>
        Deadlines.Where(deadline => deadline.IsOnCalendar)
            .GroupBy(deadline => new DateOnly(deadline.Date!.Value.Year, deadline.Date.Value.Month, 1))
            .ToList();

    /// <summary>Deadlines only known by year, or not placeable at all ("na de zomer").</summary>
    public IReadOnlyList<AgendaDeadline> WithoutMonth() => Deadlines.Where(deadline => !deadline.IsOnCalendar).ToList();
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
    string DateText)
{
    /// <summary>A day or a month is known: the deadline can be put on a calendar.</summary>
    public bool IsOnCalendar => Date is not null && Precision is DatePrecision.Day or DatePrecision.Month;

    public string DocumentUrl => $"/documenten/{DocumentId}";
}
