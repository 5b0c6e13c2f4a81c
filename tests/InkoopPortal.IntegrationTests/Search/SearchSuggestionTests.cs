using InkoopPortal.Application.Editing;
using InkoopPortal.Application.Search;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.IntegrationTests.History;
using InkoopPortal.IntegrationTests.Import;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.IntegrationTests.Search;

/// <summary>Issue 13: "Bedoelde u …?" for a typo, from the index's own words, the same on both providers.</summary>
public class SearchSuggestionTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    /// <summary>Typos of words in the sources, and what they should be taken for.</summary>
    public static TheoryData<DatabaseProvider, string, string> Typos()
    {
        var data = new TheoryData<DatabaseProvider, string, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            data.Add(provider, "huisatrs", "huisarts");
            data.Add(provider, "regoplan", "regioplan");
            data.Add(provider, "Huisatrsen regioplna", "huisartsen regioplan");
            data.Add(provider, "\"kwalitiet van zorg\"", "\"kwaliteit van zorg\"");
            data.Add(provider, "zorgaanbeider -huisartsen", "zorgaanbieder -huisartsen");
            data.Add(provider, "samenwerkingsverbnad", "samenwerkingsverband");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Typos))]
    public async Task A_typo_gets_the_nearest_indexed_word_and_the_suggestion_finds_what_it_promises(DatabaseProvider provider, string typo, string meant)
    {
        var search = Search(provider);

        var result = await search.SearchAsync(new SearchRequest(typo));
        var corrected = await search.SearchAsync(new SearchRequest(meant));

        result.Total.Should().Be(0);
        result.Suggestion.Should().Be(new SearchSuggestion(meant, corrected.Total));
        corrected.Total.Should().BeGreaterThan(0);
        corrected.Suggestion.Should().BeNull("every word of it is known");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task No_suggestion_without_a_similar_word_or_without_hits_under_the_filters(DatabaseProvider provider)
    {
        var search = Search(provider);

        (await search.SearchAsync(new SearchRequest("xqzwvk"))).Suggestion.Should().BeNull("nothing indexed is similar");
        (await search.SearchAsync(new SearchRequest("regioplan zorgaanbieder"))).Suggestion.Should().BeNull("both words are known");
        (await search.SearchAsync(new SearchRequest("regoplan", CareTypeSlug: "msz"))).Suggestion.Should().BeNull("the regioplan is huisartsenzorg's");
        (await search.SearchAsync(new SearchRequest("regoplan", CareTypeSlug: "huisartsenzorg"))).Suggestion!.Query.Should().Be("regioplan");
        (await search.SearchAsync(new SearchRequest("huisatrs OR regioplan"))).Suggestion.Should().Be(new SearchSuggestion("huisarts OR regioplan",
            (await search.SearchAsync(new SearchRequest("huisarts OR regioplan"))).Total), "beside OR a typo does not empty the result");
    }

    [Fact]
    public async Task Both_providers_suggest_the_same()
    {
        string[] typos = ["huisatrs", "zorgverzkeraar", "kwaliteitseisne", "wachtlisten", "contractring", "zorgkatnoren", "regio-organsatie", "ehelth", "inkoopbelied"];
        foreach (var typo in typos)
        {
            var sqlite = await Search(DatabaseProvider.Sqlite).SearchAsync(new SearchRequest(typo));
            var postgres = await Search(DatabaseProvider.Postgres).SearchAsync(new SearchRequest(typo));

            sqlite.Suggestion.Should().NotBeNull(typo);
            postgres.Suggestion.Should().Be(sqlite.Suggestion, typo);
        }
    }

    [Fact]
    public async Task The_similarity_is_pg_trgm_s()
    {
        string[] words = ["huisarts", "huisatrs", "huisartsen", "regioplan", "regoplan", "ehealth", "kwaliteit", "kwalitiet", "zorg", "ab"];
        await using var context = portal.Database(DatabaseProvider.Postgres).CreateContext();
        foreach (var first in words)
        {
            foreach (var second in words)
            {
                var expected = await context.Database.SqlQueryRaw<double>("SELECT similarity({0}, {1})::float8 AS \"Value\"", first, second).SingleAsync();
                SearchSuggestions.Similarity(first, second).Should().BeApproximately(expected, 1e-6, $"{first} ~ {second}");
            }

            var trigrams = await context.Database.SqlQueryRaw<string>("SELECT unnest(show_trgm({0})) AS \"Value\"", first).ToListAsync();
            SearchSuggestions.Trigrams(first).Should().BeEquivalentTo(trigrams, first);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_word_saved_in_an_edit_is_suggested_at_once(DatabaseProvider provider)
    {
        await using var editing = await EditingPortal.CreateAsync(provider);
        var search = editing.Get<PortalSearch>();
        (await search.SearchAsync(new SearchRequest("kikkerdrilafsprak"))).Suggestion.Should().BeNull();
        var edit = (await editing.Get<StatementEditor>().LoadAsync(editing.StatementId))!.Model;
        edit.Markdown = "Zorgaanbieders maken kikkerdrilafspraken.";

        await editing.Get<StatementEditor>().SaveAsync(edit, FixedAuthorization.Allowed, EditingPortal.Anna);

        (await search.SearchAsync(new SearchRequest("kikerdrilafspraken"))).Suggestion.Should().Be(new SearchSuggestion("kikkerdrilafspraken", 1));
    }

    private PortalSearch Search(DatabaseProvider provider) => portal.Services(provider).GetRequiredService<PortalSearch>();
}
