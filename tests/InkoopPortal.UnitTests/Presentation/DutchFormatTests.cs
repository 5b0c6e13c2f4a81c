using System.Globalization;
using InkoopPortal.Application.Presentation;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;

namespace InkoopPortal.UnitTests.Presentation;

public class DutchFormatTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Fact]
    public void Dates_and_numbers_are_Dutch_whatever_the_thread_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
        try
        {
            DutchFormat.Date(D("2023-04-01")).Should().Be("1 april 2023");
            DutchFormat.Month(D("2023-10-01")).Should().Be("oktober 2023");
            DutchFormat.Number(100000m).Should().Be("100.000");
            DutchFormat.Number(95.5m).Should().Be("95,5");
            DutchFormat.Number(2.0m).Should().Be("2");
            DutchFormat.Time(new TimeOnly(12, 0)).Should().Be("12:00");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void An_import_moment_is_shown_in_Dutch_time()
    {
        DutchFormat.DateTime(new DateTimeOffset(2026, 11, 23, 5, 8, 0, TimeSpan.Zero)).Should().Be("23 november 2026 om 06:08");
    }

    [Theory]
    [InlineData(2024, 2024, "2024")]
    [InlineData(2023, 2024, "2023 en 2024")]
    [InlineData(2024, 2026, "2024–2026")]
    public void Validity_years(int from, int to, string expected) => DutchFormat.Years(from, to).Should().Be(expected);

    [Theory]
    [InlineData(100000, "EUR", "€ 100.000")]
    [InlineData(25, "%", "25%")]
    [InlineData(95.5, "%", "95,5%")]
    [InlineData(2, "jaar", "2 jaar")]
    [InlineData(1.2, "fte", "1,2 fte")]
    [InlineData(2, "klasse", "klasse 2")]
    [InlineData(100000, "", "100.000")]
    public void Quantities_carry_their_unit_the_Dutch_way(decimal value, string unit, string expected) =>
        DutchFormat.Quantity(value, unit).Should().Be(expected);

    [Fact]
    public void Thresholds_of_one_condition_are_joined_by_of_or_en()
    {
        var thresholds = new[]
        {
            DutchFormat.Threshold("zorgomzet", ComparisonOperator.AtLeast, 100000m, "EUR"),
            DutchFormat.Threshold("marktaandeel", ComparisonOperator.AtLeast, 25m, "%"),
            DutchFormat.Threshold("jaren in bedrijf", ComparisonOperator.AtLeast, 2m, "jaar"),
        };

        DutchFormat.Thresholds(thresholds, ThresholdLogic.AnyOf)
            .Should().Be("zorgomzet ≥ € 100.000 · of · marktaandeel ≥ 25% · of · jaren in bedrijf ≥ 2 jaar");
        DutchFormat.Thresholds(thresholds[..2], ThresholdLogic.AllOf)
            .Should().Be("zorgomzet ≥ € 100.000 · en · marktaandeel ≥ 25%");
        DutchFormat.Threshold("duur", ComparisonOperator.MoreThan, 6m, "maanden").Should().Be("duur > 6 maanden");
        DutchFormat.Threshold("ASA-classificatie", ComparisonOperator.AtMost, 2m, "klasse").Should().Be("ASA-classificatie ≤ klasse 2");
    }

    [Theory]
    [InlineData("2023-11-09", null, null, DatePrecision.Day, "9 november 2023", "9 november 2023")]
    [InlineData("2023-06-15", null, "12:00", DatePrecision.Day, "donderdag 15 juni 12.00 uur", "15 juni 2023, 12:00 uur")]
    [InlineData("2023-10-01", "2023-10-31", null, DatePrecision.Month, "Oktober 2023", "oktober 2023")]
    [InlineData("2022-07-01", "2022-10-31", null, DatePrecision.Month, "juli-oktober", "juli – oktober 2022")]
    [InlineData("2022-12-01", "2023-01-31", null, DatePrecision.Month, "december-januari", "december 2022 – januari 2023")]
    [InlineData("2023-01-01", "2023-12-31", null, DatePrecision.Year, "Gedurende heel 2023", "2023")]
    [InlineData("2023-11-09", "2023-11-12", null, DatePrecision.Day, "9 t/m 12 november", "9 november – 12 november 2023")]
    [InlineData(null, null, null, DatePrecision.Unspecified, "Na afloop van de gesprekken", "Na afloop van de gesprekken")]
    [InlineData("2023-05-01", null, null, DatePrecision.Unspecified, "in het voorjaar", "in het voorjaar")]
    public void Deadline_dates_respect_their_precision(
        string? date, string? endDate, string? time, DatePrecision precision, string dateText, string expected)
    {
        DutchFormat.DeadlineDate(
                date is null ? null : D(date),
                endDate is null ? null : D(endDate),
                time is null ? null : TimeOnly.Parse(time, CultureInfo.InvariantCulture),
                precision,
                dateText)
            .Should().Be(expected);
    }

    [Fact]
    public void Enum_values_have_Dutch_labels()
    {
        DutchFormat.Label(StatementStatus.NothingSpecial).Should().Be("Geen bijzonderheden");
        DutchFormat.Label(StatementStatus.NoPolicyPublished).Should().Be("Geen beleid gepubliceerd");
        DutchFormat.Label(StatementStatus.NotAnalysed).Should().Be("Nog niet geanalyseerd");
        DutchFormat.Label(ConditionKind.Exclusion).Should().Be("Uitsluitingsgrond");
        DutchFormat.Label(ConditionKind.Requirement).Should().Be("Eis");
        DutchFormat.Label(PurchaserKind.CareOffice).Should().Be("Zorgkantoor");
        DutchFormat.Label(PurchaserKind.HealthInsurer).Should().Be("Zorgverzekeraar");
        DutchFormat.Label(DeadlineKind.Signing).Should().Be("Ondertekenen");
        foreach (var kind in Enum.GetValues<DeadlineKind>())
        {
            DutchFormat.Label(kind).Should().NotBe(kind.ToString(), "every kind has a Dutch label");
        }
    }

    [Theory]
    [InlineData("Huisartsenzorg", "huisartsenzorg")]
    [InlineData("Medisch-specialistische zorg", "medisch-specialistische zorg")]
    [InlineData("Wlz verpleging en verzorging", "Wlz verpleging en verzorging")]
    [InlineData("Wlz gehandicaptenzorg", "Wlz gehandicaptenzorg")]
    [InlineData("GGZ", "GGZ")]
    [InlineData("ELV en GRZ", "ELV en GRZ")]
    [InlineData("Zvw-zorg", "Zvw-zorg")]
    [InlineData("", "")]
    public void A_name_inside_a_sentence_loses_its_capital_unless_it_starts_with_a_law_or_an_abbreviation(string name, string expected) =>
        DutchFormat.InSentence(name).Should().Be(expected);
}
