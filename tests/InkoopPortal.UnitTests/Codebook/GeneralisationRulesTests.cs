using InkoopPortal.Application.Codebook.Mapping;
using InkoopPortal.Domain.Documents;
using InkoopPortal.TestSupport.Codebook;
using static InkoopPortal.UnitTests.Codebook.MappingFixtures;

namespace InkoopPortal.UnitTests.Codebook;

/// <summary>
/// The rules that make the mapper read unseen texts: short stems match whole words only, similarity that every topic
/// shares earns nothing, and front/back matter in wordings the seeds do not use (about-us by the purchaser's name,
/// why-you-read-this, contact as a question, legal small print).
/// </summary>
public class GeneralisationRulesTests
{
    private static readonly CodebookTopic National = Topic(
        "landelijke-ontwikkelingen", "Landelijke ontwikkelingen", "Wet- en regelgeving en landelijke akkoorden.", ["wet", "akkoord"]);

    [Fact]
    public void Every_generic_topic_has_a_thesaurus_of_at_least_25_key_terms()
    {
        // The mapper reads unseen texts through these words: a topic known by a handful of terms only finds the
        // wordings of the texts it was tuned on.
        var generic = CodebookLabels.Corpus.Codebook.For(["msz"]);

        generic.Should().HaveCountGreaterThanOrEqualTo(15);
        generic.Should().OnlyContain(topic => topic.KeyTerms.Count >= 25, string.Join(", ", generic.Select(topic => $"{topic.Slug} {topic.KeyTerms.Count}")));
    }

    [Fact]
    public void A_short_stem_matches_only_its_own_word_not_a_longer_word_the_stemmer_cuts_down_to_it()
    {
        var scorer = new TopicScorer([National, Sustainability, Tariffs]);

        var knowing = scorer.Score(Section("Tellen en weten", "Wij willen weten hoeveel aanbieders meedoen."));
        var law = scorer.Score(Section("Een nieuwe wet", "De wet verandert per 2026."));

        knowing.Single(score => score.Slug == "landelijke-ontwikkelingen").Reasons.Should().NotContain(reason => reason.StartsWith("kop:", StringComparison.Ordinal));
        law[0].Slug.Should().Be("landelijke-ontwikkelingen");
        law[0].Reasons.Should().Contain("kop: wet");
    }

    [Fact]
    public void Similarity_that_every_topic_shares_earns_no_topic_a_score()
    {
        const string Shared = "Afspraken met zorgaanbieders over goede zorg voor verzekerden in de komende jaren.";
        var scorer = new TopicScorer([
            Topic("visie-en-speerpunten", "Visie", Shared, ["stip op de horizon"]),
            Topic("kwaliteit", "Kwaliteit", Shared, ["kwaliteitskader"]),
            Topic("innovatie", "Innovatie", Shared, ["proeftuin"]),
        ]);

        var ranked = scorer.Score(Section("Waar het om draait", "Wij maken afspraken met zorgaanbieders over goede zorg voor verzekerden."));

        ranked.Should().OnlyContain(score => score.Score < 10);
        TopicScorer.Assign(ranked).Should().BeEmpty();
    }

    [Fact]
    public void Similarity_above_the_other_topics_still_counts()
    {
        var ranked = new TopicScorer(Topics).Score(Section("Onze bijdrage", "Minder klimaat-impact: de CO2 van het milieu in de zorg."));

        ranked[0].Slug.Should().Be("duurzaamheid");
        ranked[0].Score.Should().BeGreaterThan(ranked[1].Score);
    }

    [Theory]
    [InlineData("Dit is Zorgkantoor Noord", "Wij zijn het zorgkantoor voor de noordelijke provincies en werken met 120 medewerkers vanuit twee kantoren.")]
    [InlineData("Over VerzekeraarZuid", "Sinds 1990 zijn wij een coöperatie van en voor onze leden, met ruim 900.000 verzekerden.")]
    [InlineData("Wat u in dit document leest", "Hieronder vindt u hoe wij zorg inkopen en wat wij van u vragen.")]
    public void About_us_by_the_purchasers_name_and_why_you_read_this_are_front_matter(string title, string body)
    {
        var verdict = FrontMatterRecognizer.Recognize(Section(title, body), 1, 20);

        verdict.Should().NotBeNull();
        verdict!.Role.Should().Be(SectionRole.FrontMatter);
    }

    [Theory]
    [InlineData("Over de tarieven")]
    [InlineData("Dit is nieuw in 2026")]
    public void A_heading_opening_with_over_or_dit_is_that_names_no_purchaser_is_content(string title)
    {
        var verdict = FrontMatterRecognizer.Recognize(
            Section(title, "Wij verwachten dat zorgaanbieders de tarieven uit de overeenkomst declareren volgens de voorwaarden."), 5, 20);

        verdict.Should().BeNull();
    }

    [Theory]
    [InlineData("Nog een vraag?", "Stuur een bericht naar zorginkoop@voorbeeld.nl.")]
    [InlineData("Waar kunt u terecht", "Bel ons team op 088 - 123 45 67.")]
    [InlineData("De kleine letters", "Deze tekst is met zorg samengesteld.")]
    [InlineData("Aansprakelijkheid", "Wij zijn niet aansprakelijk voor kennelijke vergissingen; bij strijdigheid prevaleert de overeenkomst.")]
    public void Contact_as_a_question_and_legal_small_print_are_back_matter(string title, string body)
    {
        var verdict = FrontMatterRecognizer.Recognize(Section(title, body), 18, 20);

        verdict.Should().NotBeNull();
        verdict!.Role.Should().Be(SectionRole.BackMatter);
    }

    [Fact]
    public void A_legal_heading_over_policy_is_content()
    {
        var verdict = FrontMatterRecognizer.Recognize(
            Section("Juridische kaders", "De Wtza en de Wkkgz bepalen welke eisen wij aan zorgaanbieders stellen; de overeenkomst volgt daaruit."), 6, 20);

        verdict.Should().BeNull();
    }
}
