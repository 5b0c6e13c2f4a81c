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

    private PortalSearch Search(DatabaseProvider provider) => portal.Services(provider).GetRequiredService<PortalSearch>();

    private Task<SearchResult> SearchAllAsync(DatabaseProvider provider, string query) =>
        Search(provider).SearchAsync(new SearchRequest(query, PageSize: SearchRequest.MaximumPageSize));

    private static (SearchKind, string, int) Key(SearchHit hit) => (hit.Kind, hit.Purchaser.Slug, hit.RecordId);

    /// <summary>The marked words of a hit's snippet, lower case.</summary>
    private static List<string> Marks(SearchHit hit) =>
        System.Text.RegularExpressions.Regex.Matches(hit.SnippetHtml, "<mark>(.*?)</mark>")
            .Select(match => match.Groups[1].Value.ToLowerInvariant())
            .ToList();
}
