using InkoopPortal.Application.Search;

namespace InkoopPortal.UnitTests.Search;

public class SearchQueryParserTests
{
    [Fact]
    public void Words_must_all_occur()
    {
        var query = Parse("Regioplan huisartsen");

        Groups(query).Should().Equal("regioplan", "huisartsen");
        query.Excluded.Should().BeEmpty();
    }

    [Fact]
    public void A_quoted_phrase_is_one_term_with_its_words_in_order()
    {
        var parsed = SearchQueryParser.Parse("\"kwaliteit van zorg\" regioplan");

        var phrase = parsed.Query!.Groups[0].Single();
        phrase.IsPhrase.Should().BeTrue();
        phrase.Words.Should().Equal("kwaliteit", "zorg");
        Groups(parsed.Query).Should().Equal("\"kwaliteit zorg\"", "regioplan");
        parsed.Notes.Should().ContainSingle().Which.Should().Be("Het woord 'van' is niet gezocht: het komt in bijna elke tekst voor.");
    }

    [Fact]
    public void Curly_quotes_make_a_phrase_too()
    {
        Groups(Parse("„eerste lijn”")).Should().Equal("\"eerste lijn\"");
    }

    [Fact]
    public void A_minus_excludes_a_word_or_a_phrase()
    {
        var query = Parse("regioplan -huisartsen -\"eerste lijn\" zorg/aanbieder");

        Groups(query).Should().Equal("regioplan", "\"zorg aanbieder\"");
        query.Excluded.Select(term => term.Text).Should().Equal("huisartsen", "eerste lijn");
        query.Excluded[1].IsPhrase.Should().BeTrue();
    }

    [Fact]
    public void A_minus_on_its_own_or_inside_a_word_excludes_nothing()
    {
        var query = Parse("regioplan - zorg-aanbieder");

        query.Excluded.Should().BeEmpty();
        Groups(query).Should().Equal("regioplan", "zorgaanbieder");
    }

    [Fact]
    public void A_hyphenated_compound_is_one_word_and_other_punctuation_makes_a_phrase()
    {
        Groups(Parse("e-health -regio-organisaties \"e-health\" covid-19 zorg/aanbieder")).Should().Equal("ehealth", "\"e health\"", "\"covid 19\"", "\"zorg aanbieder\"");
        Parse("-regio-organisaties zorg").Excluded.Select(term => term.Text).Should().Equal("regioorganisaties");
    }

    [Fact]
    public void OR_joins_the_terms_beside_it_and_is_ignored_where_it_joins_nothing()
    {
        var query = Parse("OR regioplan OR wijkplan huisarts OR");

        query.Groups.Select(group => string.Join("|", group.Select(term => term.Text))).Should().Equal("regioplan|wijkplan", "huisarts");
        Parse("regioplan or wijkplan").Groups.Should().HaveCount(3, "only upper-case OR is the operator");
        Parse("-regioplan OR wijkplan").Groups.Should().ContainSingle().Which.Should().ContainSingle("an excluded term cannot be an alternative");
    }

    [Fact]
    public void An_unclosed_quote_makes_a_phrase_up_to_the_end()
    {
        var query = Parse("zorg \"eerste lijn");

        Groups(query).Should().Equal("zorg", "\"eerste lijn\"");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t ")]
    public void An_empty_query_asks_for_words(string? text)
    {
        var parsed = SearchQueryParser.Parse(text);

        parsed.IsValid.Should().BeFalse();
        parsed.Message.Should().Be(SearchQueryParser.EmptyMessage);
    }

    [Theory]
    [InlineData("?!.,;")]
    [InlineData("\"\"")]
    [InlineData("- -- ---")]
    [InlineData("€ % & * ( )")]
    public void Only_punctuation_says_there_are_no_words(string text)
    {
        SearchQueryParser.Parse(text).Message.Should().Be(SearchQueryParser.NoWordsMessage);
    }

    [Fact]
    public void Ten_thousand_characters_are_refused_with_the_limit()
    {
        var parsed = SearchQueryParser.Parse(new string('a', 10_000));

        parsed.IsValid.Should().BeFalse();
        parsed.Message.Should().Be("Uw zoekopdracht is 10000 tekens lang; gebruik er ten hoogste 200.");
    }

    [Fact]
    public void More_terms_than_the_limit_are_refused()
    {
        var text = string.Join(' ', Enumerable.Range(1, SearchQueryParser.MaximumTerms + 1).Select(number => $"woord{number}"));

        SearchQueryParser.Parse(text).Message.Should().Be($"Uw zoekopdracht heeft 13 zoektermen; gebruik er ten hoogste {SearchQueryParser.MaximumTerms}.");
    }

    [Fact]
    public void Only_stop_words_asks_for_a_meaningful_word()
    {
        SearchQueryParser.Parse("de het \"van de\"").Message.Should().Be(SearchQueryParser.OnlyStopWordsMessage);
    }

    [Fact]
    public void Stop_words_beside_other_words_are_left_out_and_named()
    {
        var parsed = SearchQueryParser.Parse("de regioplan en het");

        Groups(parsed.Query!).Should().Equal("regioplan");
        parsed.Notes.Should().ContainSingle().Which.Should().Be("De woorden 'de', 'en', 'het' zijn niet gezocht: ze komen in bijna elke tekst voor.");
    }

    [Fact]
    public void Only_exclusions_ask_for_a_word_that_must_occur()
    {
        SearchQueryParser.Parse("-regioplan -\"eerste lijn\"").Message.Should().Be(SearchQueryParser.OnlyExcludedMessage);
    }

    [Fact]
    public void Control_characters_separate_words()
    {
        Groups(Parse("regio\u0000plan\u0007zorg\u001b")).Should().Equal("regio", "plan", "zorg");
    }

    [Fact]
    public void Sql_and_fts_syntax_become_plain_words()
    {
        var query = Parse("regioplan'; DROP TABLE x; -- NEAR(a b) * col:zorg ^\"");

        query.PositiveTerms.SelectMany(term => term.Words).Should().OnlyContain(word => word.All(char.IsLetterOrDigit));
        Groups(query).Should().Equal("regioplan", "drop", "table", "x", "\"near a\"", "b", "\"col zorg\"");
    }

    [Fact]
    public void Case_and_diacritics_are_folded()
    {
        Groups(Parse("Crèche ZORGVERZEKERAAR")).Should().Equal("creche", "zorgverzekeraar");
    }

    private static SearchQuery Parse(string text)
    {
        var parsed = SearchQueryParser.Parse(text);
        parsed.Message.Should().BeNull();
        return parsed.Query!;
    }

    private static IEnumerable<string> Groups(SearchQuery query) =>
        query.Groups.Select(group => string.Join(" OR ", group.Select(term => term.IsPhrase ? $"\"{term.Text}\"" : term.Text)));
}
