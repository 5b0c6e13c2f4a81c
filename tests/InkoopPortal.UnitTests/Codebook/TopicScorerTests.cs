using InkoopPortal.Application.Codebook.Mapping;
using static InkoopPortal.UnitTests.Codebook.MappingFixtures;

namespace InkoopPortal.UnitTests.Codebook;

public class TopicScorerTests
{
    private readonly TopicScorer _scorer = new(Topics);

    [Fact]
    public void A_key_term_in_the_heading_counts_more_than_in_the_body()
    {
        var inHeading = _scorer.Score(Section("Duurzaamheid", "Wij maken afspraken met aanbieders."));
        var inBody = _scorer.Score(Section("Afspraken", "Wij maken afspraken over duurzaamheid met aanbieders."));

        inHeading[0].Slug.Should().Be("duurzaamheid");
        inBody[0].Slug.Should().Be("duurzaamheid");
        inHeading[0].Score.Should().BeGreaterThan(inBody[0].Score);
        inHeading[0].Reasons.Should().Contain("kop: duurzaamheid");
        inBody[0].Reasons.Should().Contain(reason => reason.StartsWith("tekst: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_word_yields_when_the_body_is_about_a_topic_the_heading_does_not_name()
    {
        // "werkdruk" names the labour market, but the paragraph is about tariffs, indexation and claims.
        var body = "Wij verhogen de tarieven met de indexering van de NZa. U kunt declareren zoals vorig jaar; " +
                   "de tarieven voor nieuwe prestaties volgen in het najaar. Wij betalen binnen dertig dagen na het declareren van de zorg.";

        var ranked = _scorer.Score(Section("Minder werkdruk", body));
        var labour = ranked.Single(score => score.Slug == "arbeidsmarkt");

        ranked[0].Slug.Should().Be("tarieven-en-bekostiging");
        labour.Reasons.Should().Contain(reason => reason.Contains("de tekst gaat vooral over een ander onderwerp", StringComparison.Ordinal));
        _scorer.Score(Section("Minder werkdruk", "Het personeelstekort en de werkdruk in de teams vragen om afspraken over opleiden."))[0]
            .Slug.Should().Be("arbeidsmarkt", "a body about the heading's own topic keeps the heading's weight");
    }

    [Fact]
    public void Inflected_forms_and_compounds_match_through_their_stem()
    {
        var ranked = _scorer.Score(Section("Duurzame zorg", "Het duurzaamheidsbeleid van de aanbieder en de groene zorg tellen mee."));

        ranked[0].Slug.Should().Be("duurzaamheid");
        ranked[0].Score.Should().BeGreaterThanOrEqualTo(TopicScorer.Threshold);
        ranked[0].Reasons.Should().Contain(reason => reason.Contains("duurzaamheid", StringComparison.Ordinal));
    }

    [Fact]
    public void A_filed_text_teaches_new_wording_and_changes_the_ranking()
    {
        var section = Section("Onze bijdrage", "Wij vragen elke instelling om de warmtepomp en zonnepanelen op te nemen in het meerjarenplan.");
        var before = _scorer.Score(section);
        var taught = new TopicScorer([
            Sustainability with { FiledTexts = ["De instelling plaatst zonnepanelen en een warmtepomp."] },
            Tariffs, Digital, Labour,
        ]);

        var after = taught.Score(section);

        before[0].Slug.Should().NotBe("duurzaamheid");
        after[0].Slug.Should().Be("duurzaamheid");
        after[0].Reasons.Should().Contain(reason => reason.StartsWith("lijkt op eerder ingedeelde tekst (0,", StringComparison.Ordinal));
    }

    [Fact]
    public void Scores_are_deterministic()
    {
        var section = Section("Tarieven", "De tarieven worden geïndexeerd. Beeldbellen declareert u als consult.");

        var first = _scorer.Score(section);
        var second = new TopicScorer(Topics).Score(section);

        second.Should().BeEquivalentTo(first, options => options.WithStrictOrdering());
    }

    [Fact]
    public void Only_the_topics_given_are_scored()
    {
        var scorer = new TopicScorer([Tariffs, Labour]);

        var ranked = scorer.Score(Section("Duurzaamheid", "CO2-reductie en groene zorg."));

        ranked.Select(score => score.Slug).Should().BeEquivalentTo(["tarieven-en-bekostiging", "arbeidsmarkt"]);
        TopicScorer.Assign(ranked).Should().BeEmpty("no topic of this codebook fits");
    }

    [Fact]
    public void The_longest_match_in_a_heading_wins_over_a_term_inside_it()
    {
        var minimum = Topic("minimumeisen", "Minimumeisen", "Eisen voor een contract.", ["minimum- en kwaliteitseisen", "voorwaarden"]);
        var quality = Topic("kwaliteit", "Kwaliteit", "Kwaliteit van zorg.", ["kwaliteit"]);
        var scorer = new TopicScorer([minimum, quality]);

        var ranked = scorer.Score(Section("Minimum- en kwaliteitseisen voor ziekenhuizen", "Het ziekenhuis heeft een SEH."));

        ranked[0].Slug.Should().Be("minimumeisen");
        ranked.Single(score => score.Slug == "kwaliteit").Reasons.Should().NotContain(reason => reason.StartsWith("kop:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_parent_heading_tells_what_an_uninformative_heading_is_about()
    {
        var ranked = _scorer.Score(Section("Algemeen", "Dit geldt voor iedereen.", "Tarieven en declareren"));

        ranked[0].Slug.Should().Be("tarieven-en-bekostiging");
        ranked[0].Reasons.Should().Contain(reason => reason.StartsWith("bovenliggende kop: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Assigned_are_the_best_and_those_close_to_it_at_or_above_the_threshold()
    {
        var ranked = new List<TopicScore>
        {
            new("a", 80, []), new("b", 70, []), new("c", 50, []), new("d", 10, []),
        };

        TopicScorer.Assign(ranked).Should().Equal("a", "b");
        TopicScorer.Assign([new TopicScore("a", TopicScorer.Threshold - 1, [])]).Should().BeEmpty();
    }
}
