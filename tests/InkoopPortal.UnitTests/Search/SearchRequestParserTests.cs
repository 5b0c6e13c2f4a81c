using InkoopPortal.Application.Search;

namespace InkoopPortal.UnitTests.Search;

public class SearchRequestParserTests
{
    [Fact]
    public void The_page_s_keys_are_the_matrix_s_plus_q_soort_and_pagina()
    {
        var values = new Dictionary<string, string>
        {
            ["q"] = "regioplan",
            ["jaar"] = "2024",
            ["zorgsoort"] = "huisartsenzorg",
            ["inkopers"] = "cz,vgz",
            ["onderwerpen"] = "regioplan",
            ["soort"] = "uitspraak",
            ["pagina"] = "2",
        };

        var parsed = SearchRequestParser.Parse(key => values.GetValueOrDefault(key));

        parsed.Problems.Should().BeEmpty();
        parsed.Request.Should().BeEquivalentTo(new SearchRequest("regioplan", 2024, "huisartsenzorg", ["cz", "vgz"], ["regioplan"], SearchKind.Statement, 2));
        parsed.Request.ToQueryString().Should().Be("?q=regioplan&jaar=2024&zorgsoort=huisartsenzorg&inkopers=cz,vgz&onderwerpen=regioplan&soort=uitspraak&pagina=2");
    }

    [Fact]
    public void The_query_is_escaped_in_the_address()
    {
        new SearchRequest("\"eerste lijn\" -zorg & meer").ToQueryString().Should().Be("?q=%22eerste%20lijn%22%20-zorg%20%26%20meer");
    }

    [Theory]
    [InlineData("soort", "brief", "'brief' is geen soort die de zoekfunctie kent. Kies uit uitspraak, wijziging, voorwaarde, termijn.")]
    [InlineData("pagina", "0", "'0' is geen geldige waarde voor pagina: gebruik een heel getal van 1 tot en met 10000.")]
    [InlineData("jaar", "twintig", "'twintig' is geen geldig jaar. Kies een jaar tussen 1990 en 2100.")]
    public void Invalid_values_give_a_Dutch_message_and_are_ignored(string key, string value, string message)
    {
        var parsed = SearchRequestParser.Parse(candidate => candidate == key ? value : null);

        parsed.Problems.Should().ContainSingle().Which.Should().Be(message);
        parsed.Request.Should().BeEquivalentTo(new SearchRequest(null, PurchaserSlugs: [], TopicSlugs: []));
    }
}
