using InkoopPortal.Application.Import.Names;
using InkoopPortal.Domain.Topics;

namespace InkoopPortal.UnitTests.Import.Names;

/// <summary>Topic rows against the 2022 memo's huisartsenzorg topics and the Wlz topics of data/reference: each only within its care types.</summary>
public class TopicMatchTests
{
    [Theory]
    [InlineData("Regioplan", "huisartsenzorg", "regioplan", NameMatchKind.Exact)]
    [InlineData("Regioplan / regiobeeld", "huisartsenzorg", "regioplan", NameMatchKind.Exact)]
    [InlineData("regioplan/regiovisie", "huisartsenzorg", "regioplan", NameMatchKind.Normalized)]
    [InlineData("Automatisering", "huisartsenzorg", "automatisering", NameMatchKind.Exact)]
    [InlineData("Kwaliteitsbeleid en zorginhoud", "huisartsenzorg", "kwaliteitsbeleid-zorginhoud", NameMatchKind.Normalized)]
    [InlineData("Organisatie en infrastructuur", "huisartsenzorg", "organisatie-infrastructuur", NameMatchKind.Normalized)]
    [InlineData("Samenwerkingsafspraak", "huisartsenzorg", "samenwerkingsafspraken", NameMatchKind.Similar)]
    [InlineData("ROS-sen", "huisartsenzorg", "rossen", NameMatchKind.Exact)]
    [InlineData("Huisartsenposten", "huisartsenzorg", "hds", NameMatchKind.Normalized)]
    [InlineData("HDS", "huisartsenzorg", "hds", NameMatchKind.Exact)]
    [InlineData("Hoofddoelstellingen", "wlz-vv", "inkoopdoelen", NameMatchKind.Alias)]
    [InlineData("Maatwerkafspraken (vervolg)", "wlz-gz", "maatwerkafspraken", NameMatchKind.Normalized)]
    [InlineData("Tarieven", "wlz-ggz", "bekostiging", NameMatchKind.Alias)]
    [InlineData("Beleid bij overschrijding", "wlz-vv", "beleid-bij-overschrijding", NameMatchKind.Exact)]
    public void A_topic_row_resolves_within_its_care_types(string written, string careType, string slug, NameMatchKind kind)
    {
        var catalog = ReferenceCatalog.Load();

        var match = catalog.MatchTopic(written, catalog.CareTypes(careType));

        (match.Kind, match.Slug).Should().Be((kind, slug), match.Describe(written));
    }

    [Theory]
    [InlineData("Hoofddoelstellingen", "huisartsenzorg")]
    [InlineData("Maatwerkafspraken", "huisartsenzorg")]
    [InlineData("Bekostiging", "elv")]
    [InlineData("Regioplan", "wlz-vv")]
    [InlineData("Samenwerkingsafspraken", "wlz-gz")]
    public void A_topic_of_another_law_is_never_used_nor_suggested(string written, string careType)
    {
        var catalog = ReferenceCatalog.Load();

        var match = catalog.MatchTopic(written, catalog.CareTypes(careType));

        match.Should().Be(NameMatch.New(), "only the care type's own topics are candidates");
    }

    [Theory]
    [InlineData("Automatisering en ICT", "automatisering")]
    [InlineData("Kwaliteitsbeleid", "kwaliteitsbeleid-zorginhoud")]
    public void A_topic_close_to_an_existing_one_is_new_with_a_suggestion(string written, string suggested)
    {
        var catalog = ReferenceCatalog.Load();

        var match = catalog.MatchTopic(written, catalog.CareTypes("huisartsenzorg"));

        match.Kind.Should().Be(NameMatchKind.New);
        match.Suggestion!.Slug.Should().Be(suggested);
        match.Suggestion.Score.Should().BeInRange(NameMatcher.SuggestionThreshold, NameMatcher.SimilarThreshold - 1);
    }

    [Theory]
    [InlineData("Punt 11", "Punt 10")]
    [InlineData("Regio 2", "Regio 1")]
    [InlineData("Payload 12", "Payload 1")]
    public void Names_that_differ_in_their_numbers_are_never_similar(string written, string existing)
    {
        var catalog = ReferenceCatalog.Load();
        var careTypes = catalog.CareTypes("huisartsenzorg");
        var topic = catalog.AddTopic(new Topic { Slug = existing, Name = existing });
        topic.CareTypes.AddRange(careTypes);

        catalog.MatchTopic(written, careTypes).Should().Be(NameMatch.New());
        catalog.MatchTopic(existing.ToUpperInvariant(), careTypes).Slug.Should().Be(topic.Slug);
    }

    [Fact]
    public void A_row_naming_two_existing_topics_is_a_conflict()
    {
        var catalog = ReferenceCatalog.Load();

        var match = catalog.MatchTopic("Regioplan/Automatisering", catalog.CareTypes("huisartsenzorg"));

        match.Kind.Should().Be(NameMatchKind.Conflict);
        match.Reason.Should().Be("'Regioplan/Automatisering' noemt verschillende onderwerpen: 'Regioplan' is Regioplan/ regiobeeld, "
            + "'Automatisering' is Automatisering / informatiseringsbeleid. Gebruik één naam, of voeg de naam als alias toe aan het juiste onderwerp.");
    }

    [Fact]
    public void Five_thousand_distinct_rows_are_each_scored_once_and_quickly()
    {
        var catalog = ReferenceCatalog.Load();
        var careTypes = catalog.CareTypes("huisartsenzorg");
        // Letters only: names with digits skip the score, and this is about the cost of scoring.
        var names = Enumerable.Range(1, 5000).Select(index => $"Onderwerp {Letters(index)} beleid").ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var first = names.Select(name => catalog.MatchTopic(name, careTypes)).ToList();
        var elapsed = watch.Elapsed;
        var again = names.Select(name => catalog.MatchTopic(name, careTypes)).ToList();

        first.Should().OnlyContain(match => match.Kind == NameMatchKind.New);
        again.Zip(first).Should().OnlyContain(pair => ReferenceEquals(pair.First, pair.Second), "each distinct name is matched once per import");
        // About 1 s on an idle machine; the bound leaves room for a loaded one and still fails on scoring every
        // name against every other name (quadratic: about a minute).
        elapsed.Should().BeLessThan(TimeSpan.FromSeconds(15));
    }

    private static string Letters(int number)
    {
        var letters = "";
        for (; number > 0; number /= 26)
        {
            letters = (char)('a' + number % 26) + letters;
        }

        return letters;
    }
}
