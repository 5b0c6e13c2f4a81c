using InkoopPortal.Application.Import.Names;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;

namespace InkoopPortal.Application.Agenda;

/// <summary>Where an agenda entry stands against today.</summary>
public enum AgendaTiming
{
    /// <summary>Today or later (a range or month still running counts as coming).</summary>
    Coming = 1,

    /// <summary>Over: shown after the coming ones, marked "verlopen".</summary>
    Past = 2,

    /// <summary>No date to place it by ("na de zomer").</summary>
    Undated = 3,
}

/// <summary>
/// One line of the agenda: a purchaser's deadline or an NZa milestone, with the purchaser kind it is listed under
/// (a milestone under the kind its law's purchasers are: Zvw milestones under the health insurers).
/// </summary>
public sealed record AgendaEntry(
    string Id,
    PurchaserKind Group,
    DateOnly? Date,
    DateOnly? EndDate,
    TimeOnly? Time,
    DatePrecision Precision,
    string DateText,
    AgendaDeadline? Deadline,
    AgendaMilestone? Milestone)
{
    public static AgendaEntry From(AgendaDeadline deadline) => new(
        AgendaCalendar.Uid(deadline.Id), deadline.PurchaserKind, deadline.Date, deadline.EndDate, deadline.Time, deadline.Precision,
        deadline.DateText, deadline, null);

    public static AgendaEntry From(AgendaMilestone milestone) => new(
        milestone.Id, ImportCatalog.KindFor(milestone.Law), milestone.Date, null, null, DatePrecision.Day,
        Presentation.DutchFormat.Date(milestone.Date), null, milestone);

    public bool IsMilestone => Milestone is not null;

    /// <summary>
    /// The last day the entry covers: its (end) day; the last day of its month; 31 December of its year. Null when
    /// there is no date at all. A deadline is over only after this day.
    /// </summary>
    public DateOnly? LastDay
    {
        get
        {
            if (Date is not { } start)
            {
                return null;
            }

            var end = EndDate is { } until && until > start ? until : start;
            return Precision switch
            {
                DatePrecision.Day => end,
                DatePrecision.Month => new DateOnly(end.Year, end.Month, 1).AddMonths(1).AddDays(-1),
                DatePrecision.Year => new DateOnly(end.Year, 12, 31),
                _ => null,
            };
        }
    }

    public AgendaTiming TimingOn(DateOnly today) => LastDay switch
    {
        null => AgendaTiming.Undated,
        { } last when last < today => AgendaTiming.Past,
        _ => AgendaTiming.Coming,
    };
}

/// <summary>The entries of one timing (coming, past, undated), split by purchaser kind.</summary>
public sealed record AgendaSection(AgendaTiming Timing, IReadOnlyList<AgendaKindGroup> Groups)
{
    public int Count => Groups.Sum(group => group.Entries.Count);
}

/// <summary>The entries of one purchaser kind within a section, in the section's order.</summary>
public sealed record AgendaKindGroup(PurchaserKind Kind, IReadOnlyList<AgendaEntry> Entries);

/// <summary>
/// The agenda's order, in one place: coming entries first, soonest first; then the past ones ("verlopen"), the most
/// recent first, so both lists start nearest to today; then those without a date. Within each, health insurers
/// before care offices. Ties keep a fixed order: a day before a month or year of the same last day, a known time
/// before none, a milestone before the purchasers' own deadlines, then the order given (purchaser order).
/// </summary>
public static class AgendaSchedule
{
    public static IReadOnlyList<AgendaSection> Arrange(IEnumerable<AgendaEntry> entries, DateOnly today)
    {
        var indexed = entries.Select((entry, index) => (Entry: entry, Index: index)).ToList();
        var sections = new List<AgendaSection>();
        foreach (var timing in new[] { AgendaTiming.Coming, AgendaTiming.Past, AgendaTiming.Undated })
        {
            var inTiming = indexed.Where(item => item.Entry.TimingOn(today) == timing);
            var ordered = timing switch
            {
                AgendaTiming.Coming => inTiming.OrderBy(item => item.Entry.LastDay),
                AgendaTiming.Past => inTiming.OrderByDescending(item => item.Entry.LastDay),
                _ => inTiming.OrderBy(_ => 0),
            };
            var list = ordered
                .ThenBy(item => item.Entry.Precision)
                .ThenBy(item => item.Entry.Time is null)
                .ThenBy(item => item.Entry.Time)
                .ThenBy(item => item.Entry.IsMilestone ? 0 : 1)
                .ThenBy(item => item.Index)
                .Select(item => item.Entry)
                .ToList();
            if (list.Count == 0)
            {
                continue;
            }

            var groups = list.GroupBy(entry => entry.Group)
                .OrderBy(group => group.Key)
                .Select(group => new AgendaKindGroup(group.Key, group.ToList()))
                .ToList();
            sections.Add(new AgendaSection(timing, groups));
        }

        return sections;
    }
}
