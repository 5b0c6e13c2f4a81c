using InkoopPortal.Application.Codebook.Mapping;
using static InkoopPortal.UnitTests.Codebook.MappingFixtures;

namespace InkoopPortal.UnitTests.Codebook;

/// <summary>The second round's heading rules: a word in another sense, the head noun over its modifier, exact over compound part, vague headings.</summary>
public class HeadingRulesTests
{
    private static readonly CodebookTopic Data = Topic("digitale-zorg", "Digitale zorg", "Gegevensuitwisseling en e-health.", ["digitale zorg", "data", "e-health"]);

    private static readonly CodebookTopic Process = Topic(
        "inkoopproces-en-planning", "Inkoopproces en planning", "Het verloop van de inkoop en de termijnen.", ["planning", "tijdpad", "deadline", "offerte", "contractering"]);

    private static readonly CodebookTopic Contracts = Topic("contractvormen-en-looptijd", "Contractvormen en looptijd", "Soorten overeenkomsten en hun duur.", ["looptijd", "contract"]);

    private static readonly CodebookTopic Region = Topic("regionale-samenwerking", "Regionale samenwerking", "Samenwerken in de regio.", ["regio", "regionale samenwerking"]);

    private const string DatesBody = "De planning van de inkoop kent vaste termijnen. Uiterlijk half maart staat de uitvraag klaar. Uw offerte moet twee maanden later binnen zijn, " +
                                     "want na die deadline nemen wij niets meer aan. In de zomer volgen gesprekken en in het najaar ondertekent u. " +
                                     "Nieuwe aanbieders volgen hetzelfde schema, met een extra kennismakingsgesprek vooraf in het voorjaar. Het tijdpad staat ook op onze website.";

    [Fact]
    public void A_single_heading_word_the_body_does_not_support_counts_less_than_the_body()
    {
        var scorer = new TopicScorer([Data, Process]);

        var ranked = scorer.Score(Section("Data om te onthouden", DatesBody));

        ranked[0].Slug.Should().Be("inkoopproces-en-planning");
        ranked.Single(score => score.Slug == "digitale-zorg").Reasons.Should().Contain("kop: data (niet gesteund door de tekst)");
    }

    [Fact]
    public void A_single_heading_word_the_body_supports_keeps_its_full_weight()
    {
        var scorer = new TopicScorer([Data, Process]);
        var body = "Zorgaanbieders wisselen data veilig uit met e-health toepassingen en landelijke afsprakenstelsels, zodat patiënten " +
                   "hun gegevens zelf kunnen inzien en behandelaars niet opnieuw hoeven te vragen wat al bekend is bij een ander.";

        var ranked = scorer.Score(Section("Data", body));

        ranked[0].Slug.Should().Be("digitale-zorg");
        ranked[0].Reasons.Should().Contain("kop: data");
    }

    [Fact]
    public void The_head_of_a_heading_wins_over_a_topic_named_in_its_modifier()
    {
        var scorer = new TopicScorer([Contracts, Region]);

        var ranked = scorer.Score(Section("Looptijd in de regio", "Wij sluiten afspraken voor drie jaar."));

        ranked[0].Slug.Should().Be("contractvormen-en-looptijd");
        ranked.Single(score => score.Slug == "regionale-samenwerking").Reasons.Should().Contain("kop: regio (bijzin)");
    }

    [Fact]
    public void A_word_matched_exactly_beats_a_compound_part_of_it()
    {
        var scorer = new TopicScorer([Contracts, Process]);

        var ranked = scorer.Score(Section("De contractering", "Zo gaat het."));

        ranked.Single(score => score.Slug == "inkoopproces-en-planning").Reasons.Should().Contain(reason => reason.StartsWith("kop: contractering", StringComparison.Ordinal));
        ranked.Single(score => score.Slug == "contractvormen-en-looptijd").Reasons.Should().NotContain(reason => reason.StartsWith("kop:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_parent_heading_counts_less_under_a_heading_with_words_of_its_own()
    {
        var scorer = new TopicScorer(Topics);
        const string body = "Dit geldt voor iedereen.";

        var underUninformative = scorer.Score(Section("Aanvullend voor ggz", body, "Tarieven en declareren"));
        var underVague = scorer.Score(Section("Zo gaat het bij ons", body, "Tarieven en declareren"));

        underUninformative[0].Slug.Should().Be("tarieven-en-bekostiging");
        underVague[0].Slug.Should().Be("tarieven-en-bekostiging");
        underVague[0].Score.Should().BeLessThan(underUninformative[0].Score);
    }
}
