using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using CsvHelper;
using CsvHelper.Configuration;
using InkoopPortal.Application.Search;
using InkoopPortal.TestSupport.Export;
using InkoopPortal.Web.Components.Pages.Search;
using InkoopPortal.Web.Tests.Documents;
using InkoopPortal.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Search;

/// <summary>The search page /zoeken and its CSV export over real HTTP, on the data a first start seeds.</summary>
public class SearchPageTests(SearchPortal portal) : IClassFixture<SearchPortal>
{
    private const string Term = "regioplan";

    [Fact]
    public async Task The_page_prerenders_highlighted_results_grouped_by_purchaser()
    {
        var (response, page) = await portal.Http().GetPageAsync("/zoeken?q=" + Term);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Title.Should().Be($"Zoeken: {Term} – InkoopPortal");
        page.ShouldHaveOrderedHeadings();
        page.QuerySelector("input#zoekterm")!.GetAttribute("value").Should().Be(Term);
        page.QuerySelector("label[for='zoekterm']").Should().NotBeNull();
        var total = (await SearchAsync(Term)).Total;
        total.Should().BeGreaterThan(0);
        page.QuerySelector("[role='status'][data-testid='aantal']")!.NormalizedText()
            .Should().Be($"Resultaat 1–{Math.Min(total, SearchRequest.DefaultPageSize)} van {total} voor {Term}");
        var hits = page.QuerySelectorAll("[data-testid='zoekresultaat']");
        hits.Should().HaveCount(Math.Min(total, SearchRequest.DefaultPageSize));
        hits.Should().OnlyContain(hit => hit.QuerySelector("[data-testid='fragment'] mark") != null, "every hit shows why it matched");
        hits.Select(hit => hit.QuerySelector("[data-testid='fragment'] mark")!.TextContent.ToLowerInvariant()).Should().Contain(Term);
        page.QuerySelectorAll("section[data-testid='zoekgroep'] h2").Should().NotBeEmpty();
        page.QuerySelectorAll("a[data-testid='zoekresultaat-link']").Select(link => link.GetAttribute("href"))
            .Should().Contain(href => href!.StartsWith("vergelijk?", StringComparison.Ordinal) && href.Contains("#cel-", StringComparison.Ordinal));
        page.QuerySelector("a[data-testid='export-csv']")!.GetAttribute("href").Should().Be("zoeken/export.csv?q=" + Term);
        page.QuerySelector("nav a[href='zoeken']")!.NormalizedText().Should().Be("Zoeken");
        page.QuerySelector("form[data-testid='app-zoeken']")!.GetAttribute("action").Should().Be("zoeken");
    }

    [Fact]
    public async Task A_typo_shows_a_suggestion_that_keeps_the_filters()
    {
        var (_, page) = await portal.Http().GetPageAsync("/zoeken?q=Regoplan&zorgsoort=huisartsenzorg");

        var corrected = await portal.Services.GetRequiredService<PortalSearch>().SearchAsync(new SearchRequest("regioplan", CareTypeSlug: "huisartsenzorg"));
        var status = page.QuerySelector("[role='status'][data-testid='aantal']")!;
        status.NormalizedText().Should().Be($"Geen resultaten voor Regoplan met deze filters. Bedoelde u: regioplan? ({corrected.Total} resultaten)");
        status.QuerySelector("a[data-testid='suggestie-link']")!.GetAttribute("href").Should().Be("zoeken?q=regioplan&zorgsoort=huisartsenzorg");
        page.QuerySelector("#zoekhulp")!.NormalizedText().Should().Contain("Enkelvoud en meervoud vinden elkaar");
    }

    [Fact]
    public async Task A_facet_link_narrows_the_results_and_keeps_the_query()
    {
        var (_, page) = await portal.Http().GetPageAsync("/zoeken?q=" + Term);
        var facet = page.QuerySelector("[data-testid='facet-inkopers'] a")!;
        var purchaser = facet.GetAttribute("data-facet")!;
        facet.GetAttribute("href").Should().Be($"zoeken?q={Term}&inkopers={purchaser}");

        var (_, filtered) = await portal.Http().GetPageAsync("/" + facet.GetAttribute("href"));

        var unfiltered = await SearchAsync(Term);
        var expected = await SearchAsync(Term, purchaser);
        expected.Total.Should().BeLessThan(unfiltered.Total, "the seed has the term at more than one purchaser");
        filtered.QuerySelectorAll("[data-testid='zoekresultaat']").Should().HaveCount(Math.Min(expected.Total, SearchRequest.DefaultPageSize));
        filtered.QuerySelectorAll("section[data-testid='zoekgroep'] h2").Should().ContainSingle();
        filtered.QuerySelector("[data-testid='facet-inkopers'] a[aria-current='true']")!.GetAttribute("data-facet").Should().Be(purchaser);
        filtered.QuerySelector("input[type='hidden'][name='inkopers']")!.GetAttribute("value").Should().Be(purchaser);
        filtered.QuerySelector("a[data-testid='filters-wissen']")!.GetAttribute("href").Should().Be("zoeken?q=" + Term);
    }

    [Fact]
    public async Task The_second_page_continues_where_the_first_ends()
    {
        const string common = "zorg";
        var all = await SearchAsync(common, pageSize: SearchRequest.MaximumPageSize);
        all.Total.Should().BeGreaterThan(SearchRequest.DefaultPageSize, "the word is common enough to need pages");

        var (_, first) = await portal.Http().GetPageAsync("/zoeken?q=" + common);
        var (_, second) = await portal.Http().GetPageAsync("/" + first.QuerySelector("a[data-testid='volgende']")!.GetAttribute("href"));

        first.QuerySelector("a[data-testid='vorige']").Should().BeNull();
        second.QuerySelector("a[data-testid='vorige']")!.GetAttribute("href").Should().Be("zoeken?q=" + common);
        var last = Math.Min(all.Total, 2 * SearchRequest.DefaultPageSize);
        second.QuerySelector("[data-testid='aantal']")!.NormalizedText().Should().StartWith($"Resultaat 21–{last} van {all.Total}");
        Links(second).Should().BeEquivalentTo(all.Hits.Skip(20).Take(20).Select(hit => hit.Url.TrimStart('/')), "the page shows hits 21-40, grouped by purchaser");
    }

    public static TheoryData<string, string> AbsurdQueries => new()
    {
        { "/zoeken?q=", SearchQueryParser.EmptyMessage },
        { "/zoeken?q=%20%20%20", SearchQueryParser.EmptyMessage },
        { "/zoeken?q=" + Uri.EscapeDataString("?!.,;:()[]{}'\"/\\"), SearchQueryParser.NoWordsMessage },
        { "/zoeken?q=" + new string('a', 10_000), "Uw zoekopdracht is 10000 tekens lang" },
        // Percent-encoded punctuation: a 30,000-byte request line, past Kestrel's default 8 KB limit.
        { "/zoeken?q=" + Uri.EscapeDataString(new string('!', 10_000)), "Uw zoekopdracht is 10000 tekens lang" },
    };

    [Theory]
    [MemberData(nameof(AbsurdQueries))]
    public async Task An_empty_or_absurd_query_gets_a_Dutch_message_and_stays_in_the_box(string path, string message)
    {
        var (response, page) = await portal.Http().GetPageAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("[role='status'][data-testid='zoekmelding']")!.NormalizedText().Should().Contain(message);
        page.QuerySelectorAll("[data-testid='zoekresultaat']").Should().BeEmpty();
        var typed = Uri.UnescapeDataString(path["/zoeken?q=".Length..]);
        page.QuerySelector("input#zoekterm")!.GetAttribute("value").Should().Be(typed, "nothing the user typed is lost");
        if (typed.Trim().Length > SearchPageState.ShownQueryLength)
        {
            page.QuerySelector("[data-testid='gezocht']")!.TextContent.Should().HaveLength(SearchPageState.ShownQueryLength + 1).And.EndWith("…");
        }
    }

    [Fact]
    public async Task The_page_without_a_query_shows_the_box_and_its_help_only()
    {
        var (response, page) = await portal.Http().GetPageAsync("/zoeken");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("#zoekhulp")!.NormalizedText().Should().Contain("Gebruik aanhalingstekens voor een zinsdeel").And.Contain("minteken");
        page.QuerySelector("[data-testid='zoekmelding']").Should().BeNull();
    }

    [Fact]
    public async Task The_csv_parses_back_to_exactly_the_results_of_the_query()
    {
        var query = $"?q={Term}&soort=uitspraak";
        using var response = await portal.Http().GetAsync("/zoeken/export.csv" + query);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be(SearchResultsCsv.ContentType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal(Encoding.UTF8.Preamble.ToArray());
        var rows = CsvFiles.Rows(bytes);

        var expected = await SearchAsync(Term, kind: SearchKind.Statement, pageSize: SearchResultsCsv.MaximumRows);
        expected.Total.Should().BeGreaterThan(0);
        rows[0].Should().Equal(SearchResultsCsv.Header);
        rows.Skip(1).Should().HaveCount(expected.Total);
        rows.Skip(1).Select(row => row[0]).Should().OnlyContain(kind => kind == SearchKinds.Label(SearchKind.Statement));
        rows.Skip(1).Select(row => (row[1], row[2], row[6])).Should().Equal(
            expected.Hits.Select(hit => (hit.Purchaser.Name, hit.Topic!.Name, SearchResultsCsv.PlainText(hit.SnippetHtml))));
        rows.Skip(1).Select(row => row[7]).Should().Equal(expected.Hits.Select(hit => new Uri(portal.Address, hit.Url).ToString()));
        rows[1][6].Should().NotContain("<mark>");
    }

    [Fact]
    public async Task The_csv_of_a_refused_query_is_a_Dutch_400()
    {
        using var response = await portal.Http().GetAsync("/zoeken/export.csv?q=%21%21");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(SearchQueryParser.NoWordsMessage);
    }

    [Fact]
    public void Cells_Excel_would_read_as_a_formula_are_escaped_and_a_cut_off_export_says_so()
    {
        var hit = new SearchHit(SearchKind.Condition, 1, new SearchHitPurchaser("cz", "=CZ"), new SearchHitDocument(1, "@doc", 2024, 2025),
            null, [], "+label", "-1 &amp; <mark>meer</mark>", "/documenten/1#voorwaarden", 1);
        var result = new SearchResult(new SearchRequest("meer"), null, [], [hit], SearchResultsCsv.MaximumRows + 1, SearchFacets.Empty);

        var rows = CsvFiles.Rows(SearchResultsCsv.Write(result, new Uri("https://portaal.example/")));

        rows[1].Should().Equal("Contractvoorwaarde", "'=CZ", "'+label", "", "2024-2025", "'@doc", "'-1 & meer", "https://portaal.example/documenten/1#voorwaarden");
        rows[2][0].Should().Be("Let op");
        rows[2][6].Should().Be("Alleen de eerste 5.000 van 5.001 resultaten staan in dit bestand; verfijn de zoekopdracht voor de rest.");
    }

    private static IEnumerable<string?> Links(IDocument page) =>
        page.QuerySelectorAll("a[data-testid='zoekresultaat-link']").Select(link => link.GetAttribute("href"));

    private Task<SearchResult> SearchAsync(string query, string? purchaser = null, SearchKind? kind = null, int pageSize = SearchRequest.DefaultPageSize) =>
        portal.Services.GetRequiredService<PortalSearch>().SearchAsync(
            new SearchRequest(query, PurchaserSlugs: purchaser is null ? null : [purchaser], Kind: kind, PageSize: pageSize));
}
