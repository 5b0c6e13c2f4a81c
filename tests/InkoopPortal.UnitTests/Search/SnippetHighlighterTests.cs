using InkoopPortal.Application.Search;

namespace InkoopPortal.UnitTests.Search;

public class SnippetHighlighterTests
{
    [Fact]
    public void Text_is_HTML_encoded_and_only_the_marks_are_markup()
    {
        var snippet = Highlight("<script>alert('x')</script> Het regioplan & de \"zorg\".", "regioplan");

        snippet.Should().Be("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Het <mark>regioplan</mark> &amp; de &quot;zorg&quot;.");
    }

    [Fact]
    public void Every_form_with_the_query_word_s_stem_is_marked_as_written()
    {
        var snippet = Highlight("Samenwerkingsverbanden en een samenwerkingsverband; samen werken.", "samenwerkingsverband");

        snippet.Should().Be("<mark>Samenwerkingsverbanden</mark> en een <mark>samenwerkingsverband</mark>; samen werken.");
    }

    [Fact]
    public void Singular_and_plural_that_Snowball_kept_apart_are_marked_alike()
    {
        Highlight("De huisarts en de huisartsen; het regioplan en de regioplannen.", "huisartsen regioplan")
            .Should().Be("De <mark>huisarts</mark> en de <mark>huisartsen</mark>; het <mark>regioplan</mark> en de <mark>regioplannen</mark>.");
    }

    [Fact]
    public void A_compound_is_marked_whole_written_either_way()
    {
        Highlight("Inzet van e-health, eHealth en e health.", "ehealth").Should().Be("Inzet van <mark>e-health</mark>, <mark>eHealth</mark> en e health.");
        Highlight("De regio-organisaties en de regioorganisatie.", "regio-organisatie")
            .Should().Be("De <mark>regio-organisaties</mark> en de <mark>regioorganisatie</mark>.");
    }

    [Fact]
    public void Diacritics_do_not_stand_in_the_way()
    {
        Highlight("De crèche en de CRECHE.", "Crèche").Should().Be("De <mark>crèche</mark> en de <mark>CRECHE</mark>.");
    }

    [Fact]
    public void A_long_text_is_cut_to_a_window_around_the_match()
    {
        var words = Enumerable.Range(1, 100).Select(number => $"w{number}").ToList();
        words[59] = "regioplan";

        var snippet = Highlight(string.Join(' ', words), "regioplan");

        snippet.Should().StartWith("…w54 ").And.EndWith(" w83…");
        snippet.Should().Contain("<mark>regioplan</mark>");
        snippet.Trim('…').Split(' ').Should().HaveCount(SnippetHighlighter.WindowWords);
    }

    [Fact]
    public void The_window_with_the_most_different_query_words_wins()
    {
        var words = Enumerable.Range(1, 120).Select(number => $"w{number}").ToList();
        words[5] = "regioplan";
        words[80] = "regioplan";
        words[85] = "huisarts";

        var snippet = Highlight(string.Join(' ', words), "regioplan huisarts");

        snippet.Should().Contain("<mark>regioplan</mark>").And.Contain("<mark>huisarts</mark>").And.NotContain("w6 ");
    }

    [Fact]
    public void A_short_text_is_shown_whole_without_ellipses()
    {
        Highlight("Regioplan voor 1 september.", "regioplan").Should().Be("<mark>Regioplan</mark> voor 1 september.");
    }

    [Fact]
    public void Without_a_match_the_start_of_the_text_is_shown()
    {
        var text = string.Join(' ', Enumerable.Range(1, 40).Select(number => $"w{number}"));

        Highlight(text, "regioplan").Should().Be(string.Join(' ', Enumerable.Range(1, 30).Select(number => $"w{number}")) + "…");
    }

    [Fact]
    public void Words_of_a_phrase_are_marked_but_its_stop_words_are_not()
    {
        Highlight("De kwaliteit van zorg telt.", "\"kwaliteit van zorg\"").Should().Be("De <mark>kwaliteit</mark> van <mark>zorg</mark> telt.");
    }

    private static string Highlight(string text, string query) => SnippetHighlighter.Highlight(text, SearchQueryParser.Parse(query).Query!);
}
