using InkoopPortal.Application.Search;
using InkoopPortal.TestSupport.Search;

namespace InkoopPortal.UnitTests.Search;

/// <summary>
/// The portal's Dutch stemmer: Lucene.Net's Snowball Dutch stemmer (the algorithm of PostgreSQL's <c>dutch</c>
/// configuration), with the plural forms it keeps apart brought together (ADR-015, issue 13).
/// </summary>
public class DutchTextTests
{
    [Theory]
    [InlineData("samenwerkingsverbanden", "samenwerkingsverband")]
    [InlineData("samenwerkingsverband", "samenwerkingsverband")]
    [InlineData("zorgaanbieders", "zorgaanbieder")]
    [InlineData("mogelijkheden", "mogelijk")]
    [InlineData("kwaliteitseisen", "kwaliteitseis")]
    [InlineData("contractering", "contracter")]
    [InlineData("gecontracteerde", "gecontracteerd")]
    [InlineData("bedden", "bed")]
    [InlineData("maan", "man")]
    [InlineData("manen", "man")]
    [InlineData("afspraken", "afsprak")]
    [InlineData("uitsluitingsgronden", "uitsluitingsgrond")]
    [InlineData("beoordeling", "beoordel")]
    [InlineData("vergoedingen", "vergoed")]
    [InlineData("zorgkantoren", "zorgkantor")]
    [InlineData("ondertekening", "ondertek")]
    public void Words_Snowball_already_stems_well_keep_a_stem_of_their_own(string word, string stem)
    {
        DutchText.Stem(word).Should().Be(stem);
    }

    [Theory]
    [InlineData("huisarts", "huisartsen", "huisart")]
    [InlineData("regioplan", "regioplannen", "regioplan")]
    [InlineData("organisatie", "organisaties", "organisatie")]
    [InlineData("ziekenhuis", "ziekenhuizen", "ziekenhuis")]
    [InlineData("tarief", "tarieven", "tarief")]
    [InlineData("keuze", "keuzes", "keus")]
    [InlineData("keten", "ketens", "ket")]
    [InlineData("zorgproces", "zorgprocessen", "zorgproc")]
    [InlineData("strategie", "strategieen", "strategie")]
    [InlineData("centrum", "centra", "centra")]
    [InlineData("pleegkind", "pleegkinderen", "pleegkind")]
    [InlineData("teamlid", "teamleden", "teamlid")]
    public void Singular_and_plural_that_Snowball_keeps_apart_have_one_stem(string singular, string plural, string stem)
    {
        DutchText.Stem(singular).Should().Be(stem);
        DutchText.Stem(plural).Should().Be(stem);
    }

    [Theory]
    [InlineData("tijdens", "tijd")]
    [InlineData("volgens", "volgen")]
    [InlineData("datum", "data")]
    [InlineData("geleden", "lid")]
    [InlineData("besteden", "stad")]
    [InlineData("les", "l")]
    public void Look_alikes_keep_their_own_stem(string word, string other)
    {
        DutchText.Stem(word).Should().NotBe(DutchText.Stem(other));
    }

    [Fact]
    public void Every_pair_from_the_sources_and_the_held_out_list_has_one_stem()
    {
        var pairs = DutchWordPairs.FromSources.Concat(DutchWordPairs.HeldOut).ToList();
        var apart = pairs.Where(pair => Key(pair.First) != Key(pair.Second)).ToList();

        pairs.Should().HaveCountGreaterThanOrEqualTo(100);
        apart.Should().BeEmpty();
    }

    [Fact]
    public void A_stem_keeps_the_first_letter_of_its_word()
    {
        var words = DutchWordPairs.FromSources.Concat(DutchWordPairs.HeldOut).SelectMany(pair => new[] { pair.First, pair.Second })
            .SelectMany(form => DutchText.Tokenize(form)).Select(token => token.Word);

        words.Should().OnlyContain(word => DutchText.Stem(word)[0] == word[0]);
    }

    /// <summary>A form's stem; a hyphenated compound ("e-health") is indexed and searched joined as well ("ehealth").</summary>
    private static string Key(string form) => DutchText.Stem(string.Concat(DutchText.Tokenize(form).Select(token => token.Word)));

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
        DutchText.StemmedText(["regioplannen", "huisartsen"]).Should().Be("regioplan huisart");
    }

    [Fact]
    public void A_plural_s_after_an_apostrophe_belongs_to_its_word()
    {
        DutchText.Tokenize("De thema’s en pgo's van 's-Hertogenbosch, 's avonds").Select(token => token.Word)
            .Should().Equal("de", "thema", "en", "pgo", "van", "s", "hertogenbosch", "s", "avonds");
    }

    [Fact]
    public void Hyphenated_compounds_are_indexed_joined_as_well_at_the_position_of_their_first_part()
    {
        var indexed = DutchText.ForIndex("De e-health van de regio-organisaties, 2024-2026 en list-style-type-a-b.");

        indexed.Words.Should().Equal("e", "health", "regio", "organisaties", "2024", "2026", "list", "style", "type", "a", "b");
        indexed.Compounds.Should().Equal(new CompoundWord(0, "ehealth"), new CompoundWord(2, "regioorganisaties"));
    }
}
