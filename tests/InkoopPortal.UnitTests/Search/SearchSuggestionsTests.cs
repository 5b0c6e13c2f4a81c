using InkoopPortal.Application.Search;

namespace InkoopPortal.UnitTests.Search;

public class SearchSuggestionsTests
{
    [Fact]
    public void Trigrams_are_pg_trgm_s_two_spaces_before_and_one_after()
    {
        SearchSuggestions.Trigrams("zorg").Should().BeEquivalentTo("  z", " zo", "zor", "org", "rg ");
        SearchSuggestions.Similarity("huisarts", "huisatrs").Should().BeApproximately(5.0 / 13, 1e-9);
        SearchSuggestions.Similarity("regioplan", "regioplan").Should().Be(1);
    }

    [Fact]
    public void Only_words_of_letters_are_suggested()
    {
        new[] { "zorg", "ab", "2024", "covid19", new string('a', 41) }.Where(SearchSuggestions.IsWord).Should().Equal("zorg");
    }

    [Fact]
    public void A_replacement_keeps_the_rest_of_the_query_as_typed()
    {
        var replacements = new Dictionary<string, string> { ["huisatrs"] = "huisarts", ["regioorgansatie"] = "regioorganisatie", ["ehelth"] = "ehealth" };

        SearchSuggestions.Replace("  \"Huisatrs\" OR -regio-organsatie  e-helth ", replacements).Should().Be("\"huisarts\" OR -regio-organisatie  e-health");
    }
}
