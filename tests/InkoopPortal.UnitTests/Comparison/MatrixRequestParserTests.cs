using InkoopPortal.Application.Comparison;
using InkoopPortal.Domain;

namespace InkoopPortal.UnitTests.Comparison;

public class MatrixRequestParserTests
{
    [Fact]
    public void A_full_query_string_is_read_in_order()
    {
        var result = Parse(("jaar", "2022"), ("zorgsoort", "huisartsenzorg"), ("wet", "zvw"), ("inkopers", "vgz,cz,menzis"),
            ("onderwerpen", "regioplan,automatisering"));

        result.Problems.Should().BeEmpty();
        result.Request.Should().BeEquivalentTo(new MatrixRequest(2022, "huisartsenzorg", Law.Zvw, ["vgz", "cz", "menzis"],
            ["regioplan", "automatisering"]));
        result.Request.ToQueryString().Should().Be("?jaar=2022&zorgsoort=huisartsenzorg&wet=zvw&inkopers=vgz,cz,menzis&onderwerpen=regioplan,automatisering");
    }

    [Theory]
    [InlineData("jaar", "abc", "'abc' is geen geldig jaar")]
    [InlineData("jaar", "20222", "is geen geldig jaar")]
    [InlineData("zorgsoort", "../../etc", "is niet geldig")]
    [InlineData("wet", "awbz", "Kies Zvw of Wlz")]
    [InlineData("inkopers", "cz,<script>", "is niet geldig en is weggelaten")]
    public void Bad_values_give_a_Dutch_message_and_are_left_out(string key, string value, string message)
    {
        var result = Parse((key, value));

        result.Problems.Should().ContainSingle().Which.Should().Contain(message);
    }

    [Fact]
    public void A_ten_thousand_character_list_is_refused_whole_with_a_message()
    {
        var result = Parse(("inkopers", new string('a', 10_000)));

        result.Request.PurchaserSlugs.Should().BeEmpty();
        result.Problems.Should().ContainSingle().Which.Should().Contain("te lang");
    }

    [Fact]
    public void Duplicates_and_case_are_folded()
    {
        var result = Parse(("inkopers", "CZ, cz ,vgz,,"));

        result.Request.PurchaserSlugs.Should().Equal("cz", "vgz");
    }

    [Theory]
    [InlineData("regio:amsterdam", "regio", "amsterdam")]
    [InlineData("inkoper:zilveren-kruis", "inkoper", "zilveren-kruis")]
    [InlineData("inkoper%3Acz", "inkoper", "cz")]
    public void My_region_is_read_from_its_cookie_value(string cookie, string kind, string slug)
    {
        var result = MatrixRequestParser.Parse(_ => null, cookie);

        result.Request.MyRegion.Should().Be(new MyRegionChoice(kind, slug));
    }

    [Theory]
    [InlineData("iets:cz")]
    [InlineData("inkoper:<b>")]
    [InlineData("")]
    public void A_stale_or_tampered_my_region_cookie_is_ignored(string cookie) =>
        MatrixRequestParser.Parse(_ => null, cookie).Request.MyRegion.Should().BeNull();

    private static MatrixRequestParser.Result Parse(params (string Key, string Value)[] values) =>
        MatrixRequestParser.Parse(key => values.Where(pair => pair.Key == key).Select(pair => pair.Value).FirstOrDefault());
}
