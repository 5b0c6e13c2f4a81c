using InkoopPortal.Application.Agenda;
using InkoopPortal.Application.Presentation;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.TestSupport;

namespace InkoopPortal.UnitTests.Agenda;

/// <summary>The agenda's order and grouping on a fixed clock: coming first (soonest first), then past ("verlopen").</summary>
public class AgendaScheduleTests
{
    // 5 December 2026, 10:00 in the Netherlands.
    private static readonly ManualClock Clock = new(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));

    private static DateOnly Today => DutchFormat.Today(Clock.GetUtcNow());

    [Fact]
    public void Today_is_the_day_in_the_Netherlands_not_in_UTC()
    {
        Today.Should().Be(new DateOnly(2026, 12, 5));
        DutchFormat.Today(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero)).Should().Be(new DateOnly(2027, 1, 1), "half past midnight in Amsterdam");
    }

    [Fact]
    public void Coming_entries_come_first_soonest_first_and_the_past_ones_after_them_most_recent_first()
    {
        var entries = new[]
        {
            Day(1, "cz", 2026, 4, 1),
            Day(2, "vgz", 2027, 3, 1),
            Day(3, "menzis", 2026, 12, 5),
            Day(4, "cz", 2026, 11, 12),
            Day(5, "vgz", 2026, 12, 31),
            Day(6, "menzis", 2022, 7, 1),
        };

        var sections = AgendaSchedule.Arrange(entries, Today);

        sections.Select(section => section.Timing).Should().Equal(AgendaTiming.Coming, AgendaTiming.Past);
        Ids(sections[0]).Should().Equal([3, 5, 2], "today's deadline is not over yet");
        Ids(sections[1]).Should().Equal([4, 1, 6]);
    }

    [Fact]
    public void A_month_a_year_or_a_range_that_is_still_running_is_coming()
    {
        var entries = new[]
        {
            Entry(1, "cz", new DateOnly(2026, 12, 1), null, DatePrecision.Month),
            Entry(2, "cz", new DateOnly(2026, 1, 1), null, DatePrecision.Year),
            Entry(3, "cz", new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 10), DatePrecision.Day),
            Entry(4, "cz", new DateOnly(2026, 11, 1), null, DatePrecision.Month),
            Entry(5, "cz", new DateOnly(2025, 1, 1), null, DatePrecision.Year),
        };

        var sections = AgendaSchedule.Arrange(entries, Today);

        Ids(sections.Single(section => section.Timing == AgendaTiming.Coming)).Should().Equal([3, 1, 2], "a range ends on 10 December, a month on its last day, a year on 31 December");
        Ids(sections.Single(section => section.Timing == AgendaTiming.Past)).Should().Equal([4, 5]);
        entries[0].LastDay.Should().Be(new DateOnly(2026, 12, 31));
    }

    [Fact]
    public void Entries_without_a_date_come_last_in_the_order_given()
    {
        var entries = new[]
        {
            Entry(1, "cz", null, null, DatePrecision.Unspecified),
            Day(2, "cz", 2020, 1, 1),
            Entry(3, "vgz", null, null, DatePrecision.Unspecified),
        };

        var sections = AgendaSchedule.Arrange(entries, Today);

        sections.Select(section => section.Timing).Should().Equal(AgendaTiming.Past, AgendaTiming.Undated);
        Ids(sections[1]).Should().Equal([1, 3]);
    }

    [Fact]
    public void Each_section_is_split_into_health_insurers_then_care_offices_with_Zvw_milestones_under_the_insurers()
    {
        var milestone = NzaMilestones.BuiltIn.In(2026).Single(candidate => candidate.Date == new DateOnly(2026, 12, 31));
        var entries = new[]
        {
            AgendaEntry.From(Deadline(1, "zorgkantoor-cz", new DateOnly(2026, 12, 10), null, DatePrecision.Day, PurchaserKind.CareOffice)),
            AgendaEntry.From(Deadline(2, "cz", new DateOnly(2027, 1, 15), null, DatePrecision.Day)),
            AgendaEntry.From(milestone),
            AgendaEntry.From(Deadline(3, "vgz", new DateOnly(2026, 12, 31), null, DatePrecision.Day)),
        };

        var coming = AgendaSchedule.Arrange(entries, Today).Single();

        coming.Groups.Select(group => group.Kind).Should().Equal(PurchaserKind.HealthInsurer, PurchaserKind.CareOffice);
        coming.Groups[0].Entries.Select(entry => entry.Id).Should().Equal(milestone.Id, "deadline-3@inkoopportal", "deadline-2@inkoopportal");
        coming.Groups[0].Entries[0].IsMilestone.Should().BeTrue("a milestone goes before a purchaser's deadline on the same day");
        coming.Groups[1].Entries.Select(entry => entry.Id).Should().Equal("deadline-1@inkoopportal");
    }

    [Fact]
    public void The_built_in_NZa_milestones_name_their_source_and_the_contract_year()
    {
        var milestones = NzaMilestones.BuiltIn.In(2026);

        milestones.Select(milestone => milestone.Date).Should().Equal(
            new DateOnly(2026, 4, 1), new DateOnly(2026, 11, 12), new DateOnly(2026, 11, 19), new DateOnly(2026, 12, 31));
        milestones.Should().OnlyContain(milestone => milestone.Law == Law.Zvw && milestone.ContractYear == 2027 && milestone.Source.Length > 0);
        milestones[0].Title.Should().Contain("zorginkoopbeleid").And.Contain("2027").And.NotContain("{jaar}");
        milestones[0].IsRegulation.Should().BeTrue();
        milestones[0].Source.Should().Contain("Regeling transparantie zorginkoopproces Zvw");
        milestones.Select(milestone => milestone.Id).Should().OnlyHaveUniqueItems().And.OnlyContain(id => id.StartsWith("nza-", StringComparison.Ordinal) && id.EndsWith("-2026", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deadline_falls_in_the_years_of_its_dates_or_without_a_date_in_its_documents_contracting_years()
    {
        Deadline(1, "cz", new DateOnly(2023, 11, 12), null, DatePrecision.Day).FallsIn(2023, 2023).Should().BeTrue();
        Deadline(1, "cz", new DateOnly(2023, 11, 12), null, DatePrecision.Day).FallsIn(2026, 2027).Should().BeFalse();
        Deadline(1, "cz", new DateOnly(2026, 12, 1), new DateOnly(2027, 2, 1), DatePrecision.Day).FallsIn(2027, 2028).Should().BeTrue();
        var undated = Deadline(1, "cz", null, null, DatePrecision.Unspecified) with { DocumentFromYear = 2027, DocumentToYear = 2027 };
        undated.FallsIn(2026, 2026).Should().BeTrue("a 2027 policy is contracted in 2026");
        undated.FallsIn(2028, 2029).Should().BeFalse();
    }

    [Fact]
    public void The_request_keeps_year_and_milestone_choices_in_the_query_string_and_reads_them_back()
    {
        var (request, problems) = AgendaRequest.Parse("huisartsenzorg", ["cz,vgz"], "2023", "verbergen");

        problems.Should().BeEmpty();
        request.PageUrl.Should().Be("/agenda?jaar=2023&zorgsoort=huisartsenzorg&inkopers=cz,vgz&mijlpalen=verbergen");
        AgendaRequest.Parse(null, null, "alle").Request.Should().Match<AgendaRequest>(all => all.AllYears && all.Year == null);
        AgendaRequest.Parse(null, null).Request.YearsShown(Today).Should().Be((2026, 2027), "the current and the coming season");
        AgendaRequest.All.YearsShown(Today).Should().BeNull();

        var (_, bad) = AgendaRequest.Parse(null, null, "volgend", "soms");
        bad.Should().Equal(
            "'volgend' is geen geldig jaar. Kies een jaar tussen 1990 en 2100.",
            "'soms' is geen geldige keuze voor mijlpalen. Gebruik 'verbergen' of laat het weg.");
    }

    private static int[] Ids(AgendaSection section) =>
        section.Groups.SelectMany(group => group.Entries).Select(entry => entry.Deadline!.Id).ToArray();

    private static AgendaEntry Entry(int id, string purchaser, DateOnly? date, DateOnly? endDate, DatePrecision precision) =>
        AgendaEntry.From(Deadline(id, purchaser, date, endDate, precision));

    private static AgendaEntry Day(int id, string purchaser, int year, int month, int day) =>
        AgendaEntry.From(Deadline(id, purchaser, new DateOnly(year, month, day), null, DatePrecision.Day));

    private static AgendaDeadline Deadline(
        int id, string purchaser, DateOnly? date, DateOnly? endDate, DatePrecision precision, PurchaserKind kind = PurchaserKind.HealthInsurer) =>
        new(id, 100 + id, "Inkoopbeleid", purchaser, purchaser.ToUpperInvariant(), ["Huisartsenzorg"], DeadlineKind.Signing, "Ondertekenen",
            null, date, endDate, null, precision, date?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")) ?? "na de zomer",
            kind, 2027, 2027);
}
