using InkoopPortal.Application.YearOverYear;

namespace InkoopPortal.UnitTests.YearOverYear;

public class YearOverYearRequestTests
{
    [Fact]
    public void Years_and_slugs_are_read_and_the_same_year_twice_is_refused_in_Dutch()
    {
        var (request, problems) = YearOverYearRequest.Parse("CZ", "huisartsenzorg", "2022", " 2023 ", null);

        problems.Should().BeEmpty();
        request.Should().BeEquivalentTo(new YearOverYearRequest("cz", "huisartsenzorg", 2022, 2023, []));
        request.ComparesDocuments.Should().BeFalse();

        YearOverYearRequest.Parse("cz", "huisartsenzorg", "2022", "2022", null).Problems
            .Should().Equal("Kies twee verschillende jaren: 'van' en 'tot' zijn allebei 2022.");
        YearOverYearRequest.Parse("cz", "huisartsenzorg", "twintig", "99999", null).Problems.Should().Equal(
            "'twintig' is geen geldig jaar. Kies een jaar tussen 1990 en 2100.",
            "'99999' is geen geldig jaar. Kies een jaar tussen 1990 en 2100.");
        YearOverYearRequest.Parse("C Z!", null, null, null, null).Problems
            .Should().ContainSingle().Which.Should().Be("De inkoper 'C Z!' is niet geldig: gebruik kleine letters, cijfers en streepjes.");
    }

    [Theory]
    [InlineData(new[] { "12,15" }, 12, 15)]
    [InlineData(new[] { "15", "12" }, 15, 12)]
    [InlineData(new[] { " 7 ", "", "9" }, 7, 9)]
    public void Two_documents_come_comma_separated_or_from_the_two_lists(string[] values, int first, int second)
    {
        var (request, problems) = YearOverYearRequest.Parse(null, null, null, null, values);

        problems.Should().BeEmpty();
        request.DocumentIds.Should().Equal(first, second);
        request.ComparesDocuments.Should().BeTrue();
    }

    [Theory]
    [InlineData("12,abc", "'abc' is geen documentnummer: gebruik alleen cijfers.")]
    [InlineData("12,-3", "'-3' is geen documentnummer: gebruik alleen cijfers.")]
    [InlineData("12", "Kies precies twee documenten om te vergelijken; er is er 1 gekozen.")]
    [InlineData("1,2,3", "Kies precies twee documenten om te vergelijken; er zijn er 3 gekozen.")]
    [InlineData("12,12", "Kies twee verschillende documenten: beide keuzes zijn document 12.")]
    [InlineData("99999999999999999999,1", "'99999999999999999999' is geen documentnummer: gebruik alleen cijfers.")]
    public void Malformed_document_numbers_get_a_Dutch_message_and_compare_nothing(string value, string message)
    {
        var (request, problems) = YearOverYearRequest.Parse(null, null, null, null, [value]);

        problems.Should().Equal(message);
        request.DocumentIds.Should().BeEmpty();
    }

    [Fact]
    public void Links_name_the_purchaser_care_type_years_and_topic()
    {
        YearOverYearRequest.Url("cz", "huisartsenzorg", 2022, 2023, "regioplan")
            .Should().Be("/vergelijk/jaren?inkoper=cz&zorgsoort=huisartsenzorg&van=2022&tot=2023#onderwerp-regioplan");
        new YearChangesRequest(2023, "huisartsenzorg", ["cz", "vgz"]).Url.Should().Be("/veranderingen?jaar=2023&zorgsoort=huisartsenzorg&inkopers=cz,vgz");
        YearChangesRequest.Empty.Url.Should().Be("/veranderingen");
    }
}
