using InkoopPortal.Application.Search;

namespace InkoopPortal.UnitTests.Search;

/// <summary>
/// The stemmer is Lucene.Net's Snowball Dutch stemmer; the expected stems are what PostgreSQL's <c>dutch</c>
/// configuration gives (<c>ts_lexize('dutch_stem', …)</c> on PostgreSQL 15). The same comparison over every word of the
/// four shipped sources (2,579 words) found no difference.
/// </summary>
public class DutchTextTests
{
    [Theory]
    [InlineData("samenwerkingsverbanden", "samenwerkingsverband")]
    [InlineData("samenwerkingsverband", "samenwerkingsverband")]
    [InlineData("zorgaanbieders", "zorgaanbieder")]
    [InlineData("huisartsen", "huisarts")]
    [InlineData("mogelijkheden", "mogelijk")]
    [InlineData("kwaliteitseisen", "kwaliteitseis")]
    [InlineData("contractering", "contracter")]
    [InlineData("gecontracteerde", "gecontracteerd")]
    [InlineData("regioplannen", "regioplann")]
    [InlineData("verpleeghuizen", "verpleeghuiz")]
    [InlineData("bedden", "bed")]
    [InlineData("maan", "man")]
    [InlineData("manen", "man")]
    [InlineData("afspraken", "afsprak")]
    [InlineData("uitsluitingsgronden", "uitsluitingsgrond")]
    [InlineData("beoordeling", "beoordel")]
    [InlineData("vergoedingen", "vergoed")]
    [InlineData("tarieven", "tariev")]
    [InlineData("zorgkantoren", "zorgkantor")]
    [InlineData("ondertekening", "onderteken")]
    public void Stems_are_those_of_PostgreSQL_s_dutch_configuration(string word, string stem)
    {
        DutchText.Stem(word).Should().Be(stem);
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("s2")]
    [InlineData("ggz2026")]
    public void Words_with_a_digit_are_not_stemmed(string word)
    {
        DutchText.Stem(word).Should().Be(word);
    }

    [Fact]
    public void Words_are_runs_of_letters_and_digits_lower_cased_without_diacritics()
    {
        var tokens = DutchText.Tokenize("Één crèche, twee Zorg-aanbieders (2024)!");

        tokens.Select(token => token.Word).Should().Equal("een", "creche", "twee", "zorg", "aanbieders", "2024");
        tokens[1].Should().Be(new TextToken(4, 6, "creche"));
    }

    [Fact]
    public void The_index_leaves_stop_words_out()
    {
        DutchText.IndexWords("De regioplannen van het zorgkantoor en de huisartsen").Should().Equal("regioplannen", "zorgkantoor", "huisartsen");
        DutchText.StemmedText(["regioplannen", "huisartsen"]).Should().Be("regioplann huisarts");
    }
}
