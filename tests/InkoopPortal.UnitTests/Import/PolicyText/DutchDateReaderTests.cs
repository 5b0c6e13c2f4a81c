using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.UnitTests.Import.PolicyText;

public class DutchDateReaderTests
{
    private static readonly DateContext Planning2022 = new(DefaultYear: 2022, ContractYear: 2023);

    [Theory]
    [InlineData("12 november", "2022-11-12", null, DatePrecision.Day)]
    [InlineData("1 april 2023", "2023-04-01", null, DatePrecision.Day)]
    [InlineData("9 nov 2023", "2023-11-09", null, DatePrecision.Day)]
    [InlineData("1-4-2018", "2018-04-01", null, DatePrecision.Day)]
    [InlineData("uiterlijk 31 december 2022", "2022-12-31", null, DatePrecision.Day)]
    [InlineData("november", "2022-11-01", "2022-11-30", DatePrecision.Month)]
    [InlineData("Oktober 2023", "2023-10-01", "2023-10-31", DatePrecision.Month)]
    [InlineData("februari 2024", "2024-02-01", "2024-02-29", DatePrecision.Month)]
    [InlineData("juli-oktober", "2022-07-01", "2022-10-31", DatePrecision.Month)]
    [InlineData("september – oktober", "2022-09-01", "2022-10-31", DatePrecision.Month)]
    [InlineData("juli t/m oktober 2024", "2024-07-01", "2024-10-31", DatePrecision.Month)]
    [InlineData("Gedurende heel 2023", "2023-01-01", "2023-12-31", DatePrecision.Year)]
    [InlineData("2025", "2025-01-01", "2025-12-31", DatePrecision.Year)]
    [InlineData("vóór juli jaar T-1", "2022-06-30", null, DatePrecision.Day)]
    [InlineData("voor 1 september 2023", "2023-08-31", null, DatePrecision.Day)]
    [InlineData("oktober jaar T", "2023-10-01", "2023-10-31", DatePrecision.Month)]
    public void Dates_are_read_with_their_precision(string text, string date, string? endDate, DatePrecision precision)
    {
        var reading = DutchDateReader.Read(text, Planning2022);

        reading.Date.Should().Be(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        reading.EndDate.Should().Be(endDate is null ? null : DateOnly.Parse(endDate, System.Globalization.CultureInfo.InvariantCulture));
        reading.Precision.Should().Be(precision);
    }

    [Fact]
    public void A_weekday_and_a_time_are_read_too()
    {
        var reading = DutchDateReader.Read("donderdag 15 juni 12.00 uur", new DateContext(2023));

        reading.Should().Be(new DateReading(new DateOnly(2023, 6, 15), null, new TimeOnly(12, 0), DatePrecision.Day));
    }

    [Theory]
    [InlineData("n.t.b.")]
    [InlineData("doorlopend")]
    [InlineData("")]
    [InlineData("31 februari 2023")]
    [InlineData("oktober-juli")]
    public void Text_without_a_calendar_date_is_unspecified(string text)
    {
        DutchDateReader.Read(text, Planning2022).Should().Be(DateReading.Unspecified);
    }

    [Fact]
    public void A_date_without_year_and_without_a_default_year_is_unspecified()
    {
        DutchDateReader.Read("12 november").Precision.Should().Be(DatePrecision.Unspecified);
    }

    [Fact]
    public void Dates_are_found_in_a_sentence_with_the_words_they_were_read_from()
    {
        var mentions = DutchDateReader.FindDates("De format dient u uiterlijk donderdag 15 juni 12.00 uur in; op 30 juni 2023 volgt de NvI.", new DateContext(2023));

        mentions.Select(mention => mention.Text).Should().Equal("donderdag 15 juni 12.00 uur", "30 juni 2023");
        mentions[1].Reading.Date.Should().Be(new DateOnly(2023, 6, 30));
    }
}
