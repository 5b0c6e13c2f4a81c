using InkoopPortal.Application.PolicyYears;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.UnitTests.PolicyYears;

public class YearShiftTests
{
    [Theory]
    [InlineData("2022-11-12", 1, "2023-11-12")]
    [InlineData("2024-02-29", 1, "2025-02-28")]
    [InlineData("2023-02-28", 1, "2024-02-28")]
    [InlineData("2022-12-31", 2, "2024-12-31")]
    [InlineData("2024-02-29", 4, "2028-02-29")]
    public void A_day_moves_to_the_same_day_and_29_February_to_28_February_without_a_leap_day(string date, int years, string expected) =>
        YearShift.Date(DateOnly.Parse(date), years).Should().Be(DateOnly.Parse(expected));

    [Theory]
    [InlineData("2023-02-28", 1, "2024-02-29")]
    [InlineData("2024-02-29", 1, "2025-02-28")]
    [InlineData("2022-10-31", 1, "2023-10-31")]
    [InlineData("2023-02-27", 1, "2024-02-27")]
    public void The_end_of_a_month_stays_the_end_of_the_month(string end, int years, string expected) =>
        YearShift.PeriodEnd(DateOnly.Parse(end), years).Should().Be(DateOnly.Parse(expected));

    [Fact]
    public void A_deadline_moves_with_the_years_in_its_wording()
    {
        var deadline = new Deadline
        {
            Kind = DeadlineKind.Signing,
            Description = "Uiterste datum van ondertekening",
            Responsible = "Zorgaanbieder",
            Date = new DateOnly(2022, 11, 12),
            Time = new TimeOnly(12, 0),
            Precision = DatePrecision.Day,
            DateText = "12 november 2022",
            SourceLocation = "regel 40",
            SortOrder = 3,
        };

        var moved = YearShift.Deadline(deadline, 1);

        moved.Should().BeEquivalentTo(new
        {
            deadline.Kind, deadline.Description, deadline.Responsible, Date = new DateOnly(2023, 11, 12), EndDate = (DateOnly?)null,
            deadline.Time, deadline.Precision, DateText = "12 november 2023", deadline.SourceLocation, deadline.SortOrder,
        });
        moved.Id.Should().Be(0, "it is a new record");
    }

    [Fact]
    public void A_month_keeps_its_whole_month_also_February_in_a_leap_year()
    {
        var february = new Deadline
        {
            Description = "Aanmelden", Date = new DateOnly(2023, 2, 1), EndDate = new DateOnly(2023, 2, 28),
            Precision = DatePrecision.Month, DateText = "februari 2023",
        };

        var moved = YearShift.Deadline(february, 1);

        (moved.Date, moved.EndDate, moved.DateText).Should().Be((new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29), "februari 2024"));
    }

    [Fact]
    public void A_29_February_deadline_gets_its_wording_from_the_moved_date()
    {
        var leapDay = new Deadline
        {
            Description = "Vragen stellen", Date = new DateOnly(2024, 2, 29), Precision = DatePrecision.Day, DateText = "uiterlijk 29 februari 2024",
        };

        var moved = YearShift.Deadline(leapDay, 1);

        (moved.Date, moved.DateText).Should().Be((new DateOnly(2025, 2, 28), "28 februari 2025"));
    }

    [Fact]
    public void A_deadline_without_a_date_keeps_its_words_with_the_years_moved()
    {
        var undated = new Deadline { Description = "Overleg", Precision = DatePrecision.Unspecified, DateText = "na de zomer van 2022" };

        YearShift.Deadline(undated, 1).Should().BeEquivalentTo(new { Date = (DateOnly?)null, DateText = "na de zomer van 2023" });
    }

    [Theory]
    [InlineData("Inkoopbeleid huisartsenzorg 2022 – CZ", 2022, 2022, 2023, "Inkoopbeleid huisartsenzorg 2023 – CZ")]
    [InlineData("Inkoopbeleid 2023 & 2024 elv, grz en gzsp", 2023, 2024, 2025, "Inkoopbeleid 2025 elv, grz en gzsp")]
    [InlineData("Zorginkoop Wlz 2024-2026", 2024, 2026, 2027, "Zorginkoop Wlz 2027")]
    [InlineData("Zorginkoopbeleid MSZ (vanaf 2024)", 2024, 2025, 2026, "Zorginkoopbeleid MSZ (vanaf 2026)")]
    [InlineData("Contracteerbeleid huisartsenzorg", 2022, 2022, 2023, "Contracteerbeleid huisartsenzorg")]
    [InlineData("Beleid 20223", 2022, 2022, 2023, "Beleid 20223")]
    public void The_title_names_the_new_year_where_it_named_the_old_one(string title, int from, int to, int year, string expected) =>
        YearShift.Title(title, from, to, year).Should().Be(expected);
}
