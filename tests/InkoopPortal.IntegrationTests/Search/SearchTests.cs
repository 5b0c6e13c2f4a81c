using InkoopPortal.Application.Search;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.IntegrationTests.Import;
using InkoopPortal.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.IntegrationTests.Search;

/// <summary>The search over the seeded sources (the four shipped documents), the same on both providers.</summary>
public class SearchTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_plural_finds_the_singular_and_the_singular_the_plural(DatabaseProvider provider)
    {
        var plural = await SearchAllAsync(provider, "samenwerkingsverbanden");
        var singular = await SearchAllAsync(provider, "samenwerkingsverband");

        plural.Message.Should().BeNull();
        plural.Hits.Should().Contain(hit => Marks(hit).Contains("samenwerkingsverband"), "the singular is a form of the same stem");
        singular.Hits.Should().Contain(hit => Marks(hit).Contains("samenwerkingsverbanden"));
        plural.Hits.Select(Key).Should().BeEquivalentTo(singular.Hits.Select(Key), "both forms have one stem");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_exact_word_ranks_first(DatabaseProvider provider)
    {
        var plural = await SearchAllAsync(provider, "samenwerkingsverbanden");
        var singular = await SearchAllAsync(provider, "samenwerkingsverband");

        plural.Hits.Count(hit => Marks(hit).Contains("samenwerkingsverbanden")).Should().BeLessThan(plural.Hits.Count,
            "most hits only have the singular, so ranking has something to do");
        Marks(plural.Hits[0]).Should().Contain("samenwerkingsverbanden");
        Marks(singular.Hits[0]).Should().Contain("samenwerkingsverband");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_phrase_finds_its_words_together_and_in_order(DatabaseProvider provider)
    {
        var phrase = await SearchAllAsync(provider, "\"kwaliteit van zorg\"");
        var words = await SearchAllAsync(provider, "kwaliteit zorg");

        phrase.Total.Should().BeGreaterThan(0).And.BeLessThan(words.Total);
        phrase.Hits.Select(Key).Should().BeSubsetOf(words.Hits.Select(Key));
        var texts = await SearchIndexRows.TextsAsync(portal.Database(provider), phrase.Hits);
        texts.Should().HaveCount(phrase.Hits.Count);
        texts.Values.Should().OnlyContain(text => AdjacentStems(text, "kwaliteit", "zorg"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_excluded_word_or_phrase_keeps_its_texts_out(DatabaseProvider provider)
    {
        var all = await SearchAllAsync(provider, "regioplan");
        var both = await SearchAllAsync(provider, "regioplan huisartsen");
        var without = await SearchAllAsync(provider, "regioplan -huisartsen");
        var withoutPhrase = await SearchAllAsync(provider, "zorg -\"kwaliteit van zorg\"");

        both.Total.Should().BeGreaterThan(0);
        without.Total.Should().Be(all.Total - both.Total);
        var texts = await SearchIndexRows.TextsAsync(portal.Database(provider), without.Hits);
        texts.Should().HaveCount(without.Total).And.NotBeEmpty();
        texts.Values.Should().NotContain(text => DutchText.Tokenize(text).Any(token => DutchText.Stem(token.Word) == "huisart"));
        withoutPhrase.Hits.Select(Key).Should().NotIntersectWith((await SearchAllAsync(provider, "\"kwaliteit van zorg\"")).Hits.Select(Key));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OR_finds_either(DatabaseProvider provider)
    {
        var first = await SearchAllAsync(provider, "regioplan");
        var second = await SearchAllAsync(provider, "samenwerkingsverband");
        var either = await SearchAllAsync(provider, "regioplan OR samenwerkingsverband");

        either.Hits.Select(Key).Should().BeEquivalentTo(first.Hits.Select(Key).Union(second.Hits.Select(Key)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_filter_narrows_to_what_its_facet_counted(DatabaseProvider provider)
    {
        var all = await SearchAllAsync(provider, "zorgaanbieder OR huisarts");
        var topic = all.Facets.Topics[0];

        var byYear = await SearchAllAsync(provider, "zorgaanbieder OR huisarts", new SearchRequest(null, Year: 2022));
        var byCareType = await SearchAllAsync(provider, "zorgaanbieder OR huisarts", new SearchRequest(null, CareTypeSlug: "msz"));
        var byPurchasers = await SearchAllAsync(provider, "zorgaanbieder OR huisarts", new SearchRequest(null, PurchaserSlugs: ["asr", "cz"]));
        var byTopic = await SearchAllAsync(provider, "zorgaanbieder OR huisarts", new SearchRequest(null, TopicSlugs: [topic.Value]));
        var byKind = await SearchAllAsync(provider, "zorgaanbieder OR huisarts", new SearchRequest(null, Kind: SearchKind.Condition));

        foreach (var filtered in new[] { byYear, byCareType, byPurchasers, byTopic, byKind })
        {
            filtered.Message.Should().BeNull();
            filtered.Total.Should().BeGreaterThan(0).And.BeLessThan(all.Total);
            filtered.Hits.Should().HaveCount(Math.Min(filtered.Total, SearchRequest.MaximumPageSize));
        }

        byYear.Total.Should().Be(Count(all.Facets.Years, "2022"));
        byYear.Hits.Should().OnlyContain(hit => hit.ValidFromYear <= 2022 && hit.ValidToYear >= 2022);
        byCareType.Total.Should().Be(Count(all.Facets.CareTypes, "msz"));
        byCareType.Hits.Should().OnlyContain(hit => hit.CareTypes.Any(careType => careType.Slug == "msz"));
        byPurchasers.Total.Should().Be(Count(all.Facets.Purchasers, "asr") + Count(all.Facets.Purchasers, "cz"));
        byPurchasers.Hits.Select(hit => hit.Purchaser.Slug).Distinct().Should().BeEquivalentTo("asr", "cz");
        byTopic.Total.Should().Be(topic.Count);
        byTopic.Hits.Should().OnlyContain(hit => hit.Topic!.Slug == topic.Value);
        byKind.Total.Should().Be(Count(all.Facets.Kinds, "voorwaarde"));
        byKind.Hits.Should().OnlyContain(hit => hit.Kind == SearchKind.Condition);
        all.Facets.Kinds.Sum(kind => kind.Count).Should().Be(all.Total);
        all.Facets.Purchasers.Sum(purchaser => purchaser.Count).Should().Be(all.Total);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Statements_link_to_their_matrix_cell_and_other_kinds_to_their_document(DatabaseProvider provider)
    {
        var result = await SearchAllAsync(provider, "zorgaanbieder OR huisarts");
        var filtered = await SearchAllAsync(provider, "zorgaanbieder", new SearchRequest(null, Year: 2024, CareTypeSlug: "grz", PurchaserSlugs: ["asr"]));

        result.Hits.Select(hit => hit.Kind).Distinct().Should().HaveCountGreaterThan(2);
        foreach (var hit in result.Hits)
        {
            hit.Url.Should().MatchRegex(hit.Kind == SearchKind.Statement
                ? $"^/vergelijk\\?jaar={hit.ValidToYear}&zorgsoort=[a-z0-9-]+#cel-{hit.Purchaser.Slug}-{hit.Topic!.Slug}$"
                : $"^/documenten/{hit.Document.Id}#(wijzigingen|voorwaarden|planning)$");
            hit.SnippetHtml.Should().Contain("<mark>");
        }

        filtered.Hits.Where(hit => hit.Kind == SearchKind.Statement).Should().NotBeEmpty()
            .And.OnlyContain(hit => hit.Url.StartsWith("/vergelijk?jaar=2024&zorgsoort=grz#cel-asr-", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Pages_follow_each_other_without_overlap(DatabaseProvider provider)
    {
        var first = await Search(provider).SearchAsync(new SearchRequest("zorg", PageSize: 10));
        var second = await Search(provider).SearchAsync(new SearchRequest("zorg", Page: 2, PageSize: 10));
        var all = await SearchAllAsync(provider, "zorg");

        first.Total.Should().BeGreaterThan(20).And.Be(second.Total);
        first.PageCount.Should().Be((first.Total + 9) / 10);
        second.Hits.Should().HaveCount(10);
        first.Hits.Concat(second.Hits).Select(Key).Should().OnlyHaveUniqueItems().And.Equal(all.Hits.Take(20).Select(Key));
        first.Hits.Select(hit => hit.Rank).Should().BeInDescendingOrder();
        var outOfRange = await Search(provider).SearchAsync(new SearchRequest("zorg", Page: -3, PageSize: 1_000));
        (outOfRange.Page, outOfRange.PageSize, outOfRange.Hits.Count).Should().Be((1, SearchRequest.MaximumPageSize, Math.Min(first.Total, 100)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Absurd_queries_get_a_Dutch_message_and_never_an_error(DatabaseProvider provider)
    {
        string[] refused = [new string('x', 10_000), "?!%$#@", "", "de het een", "-regioplan", "\u0000\u0001"];
        foreach (var query in refused)
        {
            var result = await Search(provider).SearchAsync(new SearchRequest(query));

            result.Message.Should().NotBeNullOrWhiteSpace();
            result.Hits.Should().BeEmpty();
            result.Total.Should().Be(0);
        }

        string[] odd = ["regioplan'); DROP TABLE search_entries; --", "NEAR(regioplan zorg) OR * col:zorg ^x", "\"regioplan", "regioplan \"\"\"", "zorg OR OR OR"];
        foreach (var query in odd)
        {
            var result = await Search(provider).SearchAsync(new SearchRequest(query));

            result.Message.Should().BeNull(query + " can be read as words");
        }

        (await Search(provider).SearchAsync(new SearchRequest("regioplan"))).Total.Should().BeGreaterThan(0, "the index is still there");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unknown_filter_values_are_named_and_never_widen_the_search(DatabaseProvider provider)
    {
        var unknownCareType = await Search(provider).SearchAsync(new SearchRequest("zorg", CareTypeSlug: "tandzorg"));
        var oneUnknown = await Search(provider).SearchAsync(new SearchRequest("zorg", PurchaserSlugs: ["asr", "bestaat-niet"]));
        var onlyUnknown = await Search(provider).SearchAsync(new SearchRequest("zorg", TopicSlugs: ["bestaat-niet"]));
        var asr = await Search(provider).SearchAsync(new SearchRequest("zorg", PurchaserSlugs: ["asr"]));

        unknownCareType.Message.Should().Be("De zorgsoort 'tandzorg' bestaat niet. Kies een zorgsoort uit de lijst.");
        unknownCareType.Hits.Should().BeEmpty();
        oneUnknown.Notes.Should().ContainSingle().Which.Should().Be("De inkoper 'bestaat-niet' bestaat niet en is weggelaten.");
        oneUnknown.Total.Should().Be(asr.Total).And.BeGreaterThan(0);
        onlyUnknown.Message.Should().Be("Geen van de gekozen onderwerpen bestaat; kies onderwerpen uit de lijst.");
        onlyUnknown.Notes.Should().ContainSingle().Which.Should().Be("Het onderwerp 'bestaat-niet' bestaat niet en is weggelaten.");
        onlyUnknown.Hits.Should().BeEmpty();
    }

    [Fact]
    public async Task Both_providers_find_the_same_hits_with_the_same_snippets_and_counts()
    {
        string[] queries =
        [
            "samenwerkingsverbanden", "samenwerkingsverband", "\"kwaliteit van zorg\"", "regioplan -huisartsen", "zorgaanbieder OR huisarts",
            "contractering", "kwaliteitseisen", "wachtlijsten", "2024", "zorg -\"kwaliteit van zorg\"", "Crèche", "ZBC",
        ];
        foreach (var query in queries)
        {
            var sqlite = await SearchAllAsync(DatabaseProvider.Sqlite, query);
            var postgres = await SearchAllAsync(DatabaseProvider.Postgres, query);

            postgres.Total.Should().Be(sqlite.Total, query);
            postgres.Hits.Select(Comparable).Should().BeEquivalentTo(sqlite.Hits.Select(Comparable), query);
            postgres.Facets.Should().BeEquivalentTo(sqlite.Facets, query);
        }
    }

    private static bool AdjacentStems(string text, string first, string second)
    {
        var stems = DutchText.IndexWords(text).Select(DutchText.Stem).ToList();
        return stems.Zip(stems.Skip(1)).Any(pair => pair.First == DutchText.Stem(first) && pair.Second == DutchText.Stem(second));
    }

    private static int Count(IReadOnlyList<SearchFacet> facets, string value) => facets.Single(facet => facet.Value == value).Count;

    /// <summary>A hit without its rank (the providers rank with different formulas) and record id (seeded in the same order, but that is not the point).</summary>
    private static object Comparable(SearchHit hit) =>
        new { hit.Kind, hit.Purchaser, hit.Document.Title, hit.Document.ValidFromYear, hit.Topic, hit.CareTypes, hit.Label, hit.SnippetHtml };

    private PortalSearch Search(DatabaseProvider provider) => portal.Services(provider).GetRequiredService<PortalSearch>();

    private Task<SearchResult> SearchAllAsync(DatabaseProvider provider, string query, SearchRequest? filters = null) =>
        Search(provider).SearchAsync((filters ?? new SearchRequest(null)) with { Query = query, PageSize = SearchRequest.MaximumPageSize });

    private static (SearchKind, string, int) Key(SearchHit hit) => (hit.Kind, hit.Purchaser.Slug, hit.RecordId);

    /// <summary>The marked words of a hit's snippet, lower case.</summary>
    private static List<string> Marks(SearchHit hit) =>
        System.Text.RegularExpressions.Regex.Matches(hit.SnippetHtml, "<mark>(.*?)</mark>")
            .Select(match => match.Groups[1].Value.ToLowerInvariant())
            .ToList();
}
