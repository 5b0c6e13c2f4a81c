using System.Text.RegularExpressions;
using InkoopPortal.Application.Content;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Search;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.IntegrationTests.History;
using InkoopPortal.IntegrationTests.Import;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.IntegrationTests.Search;

/// <summary>
/// Issue 13: Dutch singular and plural, and a compound with and without its hyphen, find the same texts on both
/// providers: every pair of <see cref="DutchWordPairs"/> from the sources over the seeded sources, and the held-out
/// pairs over a document written for them.
/// </summary>
public class DutchPairSearchTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_pair_from_the_sources_finds_the_same_texts(DatabaseProvider provider)
    {
        var search = portal.Services(provider).GetRequiredService<PortalSearch>();
        var apart = new List<string>();
        var absent = new List<string>();
        var bothIndexed = 0;
        foreach (var (first, second) in DutchWordPairs.FromSources)
        {
            var one = await SearchEverythingAsync(search, first);
            var other = await SearchEverythingAsync(search, second);
            if (one.Count == 0 || !one.Select(Key).ToHashSet().SetEquals(other.Select(Key)))
            {
                apart.Add($"{first} ({one.Count}) / {second} ({other.Count})");
            }

            // Not vacuous: both forms stand in the texts found.
            var texts = (await SearchIndexRows.TextsAsync(portal.Database(provider), one.Concat(other).DistinctBy(Key))).Values.Select(text => DutchText.Normalize(text)).ToList();
            var present = new[] { first, second }.Where(form => texts.Any(text => Contains(text, form))).ToList();
            bothIndexed += present.Count == 2 ? 1 : 0;
            if (present.Count == 0)
            {
                absent.Add($"{first}/{second}");
            }
        }

        absent.Should().BeEmpty("one form of every pair at least is in the indexed sources");
        bothIndexed.Should().BeGreaterThanOrEqualTo(50, "for most pairs both forms are, so the texts of each form are found by the other");
        apart.Should().BeEmpty($"{DutchWordPairs.FromSources.Count} pairs on {provider}");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Several_words_find_the_same_texts_in_any_number(DatabaseProvider provider)
    {
        var search = portal.Services(provider).GetRequiredService<PortalSearch>();
        var singular = await SearchEverythingAsync(search, "huisarts regioplan");

        singular.Should().NotBeEmpty();
        foreach (var query in new[] { "huisartsen regioplan", "huisarts regioplannen", "huisartsen regioplannen", "Huisartsen OR huisarts regioplannen" })
        {
            (await SearchEverythingAsync(search, query)).Select(Key).Should().BeEquivalentTo(singular.Select(Key), query);
        }

        var phrase = await SearchEverythingAsync(search, "\"zorgaanbieders contracteren\"");
        (await SearchEverythingAsync(search, "\"zorgaanbieder contracteert\"")).Select(Key).Should().BeEquivalentTo(phrase.Select(Key));
    }

    [Fact]
    public async Task Both_providers_find_the_same_texts_for_every_pair()
    {
        var sqlite = portal.Services(DatabaseProvider.Sqlite).GetRequiredService<PortalSearch>();
        var postgres = portal.Services(DatabaseProvider.Postgres).GetRequiredService<PortalSearch>();
        foreach (var form in DutchWordPairs.FromSources.SelectMany(pair => new[] { pair.First, pair.Second }))
        {
            var expected = (await SearchEverythingAsync(sqlite, form)).Select(Comparable).ToList();
            (await SearchEverythingAsync(postgres, form)).Select(Comparable).Should().BeEquivalentTo(expected, form);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_held_out_pair_finds_both_of_its_texts(DatabaseProvider provider)
    {
        await using var editing = await EditingPortal.CreateAsync(provider);
        var changeIds = await WriteChangesAsync(editing, DutchWordPairs.HeldOut.SelectMany(pair => new[] { pair.First, pair.Second }).ToList());
        var search = editing.Get<PortalSearch>();
        var apart = new List<string>();
        for (var index = 0; index < DutchWordPairs.HeldOut.Count; index++)
        {
            var (first, second) = DutchWordPairs.HeldOut[index];
            var expected = new[] { changeIds[2 * index], changeIds[(2 * index) + 1] };
            foreach (var form in new[] { first, second })
            {
                var found = (await SearchEverythingAsync(search, form)).Where(hit => hit.Kind == SearchKind.Change).Select(hit => hit.RecordId).ToList();
                if (!found.ToHashSet().SetEquals(expected))
                {
                    apart.Add($"{form}: {found.Count} of {first}/{second}");
                }
            }
        }

        apart.Should().BeEmpty($"{DutchWordPairs.HeldOut.Count} held-out pairs on {provider}");
    }

    /// <summary>One change per form in the test document, each with a sentence of its own; their ids in the same order.</summary>
    private static async Task<List<int>> WriteChangesAsync(EditingPortal editing, IReadOnlyList<string> forms)
    {
        await using var context = editing.CreateContext();
        var document = await context.PolicyDocuments.Include(candidate => candidate.Changes).SingleAsync(candidate => candidate.Id == editing.DocumentId);
        var changes = forms.Select(form =>
        {
            var change = new PolicyChange { Subject = "Wijziging" };
            RichTextRenderer.SetBody(change, $"Vanaf dit jaar is er aandacht voor {form} in de regio.");
            return change;
        }).ToList();
        document.Changes.AddRange(changes);
        await ContentVersions.MarkChangedAsync(context, editing.Clock.GetUtcNow(), CancellationToken.None);
        await context.SaveChangesAsync();
        return changes.Select(change => change.Id).ToList();
    }

    /// <summary>Every hit of a query, page after page.</summary>
    private static async Task<List<SearchHit>> SearchEverythingAsync(PortalSearch search, string query)
    {
        var hits = new List<SearchHit>();
        for (var page = 1; ; page++)
        {
            var result = await search.SearchAsync(new SearchRequest(query, Page: page, PageSize: SearchRequest.MaximumPageSize));
            result.Message.Should().BeNull(query);
            hits.AddRange(result.Hits);
            if (result.Hits.Count == 0 || hits.Count >= result.Total)
            {
                return hits;
            }
        }
    }

    private static bool Contains(string normalizedText, string form) =>
        Regex.IsMatch(normalizedText, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(DutchText.Normalize(form))}(?![\p{{L}}\p{{N}}])");

    private static (SearchKind, int) Key(SearchHit hit) => (hit.Kind, hit.RecordId);

    private static object Comparable(SearchHit hit) => new { hit.Kind, hit.Purchaser, hit.Document.Title, hit.Topic, hit.Label, hit.SnippetHtml };
}
