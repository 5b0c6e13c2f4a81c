using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using InkoopPortal.Application.Import;
using InkoopPortal.TestSupport;
using InkoopPortal.Web.Tests.Security;
using InkoopPortal.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Api;

/// <summary>The read-only JSON API's contract on the data a first start seeds: shapes, paging, errors, ETags, writes.</summary>
public class ApiContractTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    [Fact]
    public async Task Purchasers_are_paged_in_an_envelope_with_camel_case_names()
    {
        var client = factory.CreateClient();

        var first = await GetJsonAsync(client, "/api/v1/purchasers?page=1&pageSize=3");
        var second = await GetJsonAsync(client, "/api/v1/purchasers?page=2&pageSize=3");

        first.GetProperty("page").GetInt32().Should().Be(1);
        first.GetProperty("pageSize").GetInt32().Should().Be(3);
        var total = first.GetProperty("total").GetInt32();
        total.Should().BeGreaterThan(6);
        second.GetProperty("total").GetInt32().Should().Be(total);
        var firstSlugs = Slugs(first.GetProperty("items"));
        var secondSlugs = Slugs(second.GetProperty("items"));
        firstSlugs.Should().HaveCount(3);
        secondSlugs.Should().HaveCount(3).And.NotIntersectWith(firstSlugs);

        var all = await GetJsonAsync(client, "/api/v1/purchasers?pageSize=100");
        Slugs(all.GetProperty("items")).Should().HaveCount(Math.Min(total, 100)).And.Contain(["cz", "zorg-en-zekerheid"]);
        var insurer = all.GetProperty("items").EnumerateArray().Single(item => item.GetProperty("slug").GetString() == "zorg-en-zekerheid");
        insurer.GetProperty("name").GetString().Should().Be("Zorg en Zekerheid");
        insurer.GetProperty("kind").GetString().Should().Be("healthInsurer");
        insurer.GetProperty("website").GetString().Should().Be("https://www.zorgenzekerheid.nl");
    }

    [Theory]
    [InlineData("/api/v1/purchasers?pageSize=101", "pageSize")]
    [InlineData("/api/v1/purchasers?page=0", "page")]
    [InlineData("/api/v1/documents?pageSize=veel", "pageSize")]
    [InlineData("/api/v1/documents?year=twintig", "geen geldig jaar")]
    [InlineData("/api/v1/matrix?year=2022&careType=huisartsenzorg&topics=bestaat-niet", "Het onderwerp 'bestaat-niet' hoort niet bij huisartsenzorg")]
    [InlineData("/api/v1/matrix?careType=Geen Slug!", "De zorgsoort 'Geen Slug!' is niet geldig")]
    [InlineData("/api/v1/matrix?careType=bestaat-niet", "De zorgsoort 'bestaat-niet' bestaat niet")]
    [InlineData("/api/v1/search", "Typ een of meer woorden om te zoeken.")]
    [InlineData("/api/v1/search?q=%3F%21%25%24", "Uw zoekopdracht bevat geen woorden.")]
    [InlineData("/api/v1/search?q=de%20het", "Zoek op een woord met betekenis; 'de' en 'het' komen overal voor.")]
    [InlineData("/api/v1/search?q=-regioplan", "alleen woorden uitsluiten (met een minteken) kan niet")]
    [InlineData("/api/v1/search?q=zorg&careType=bestaat-niet", "De zorgsoort 'bestaat-niet' bestaat niet.")]
    [InlineData("/api/v1/search?q=zorg&kind=brief", "'brief' is geen soort die de zoekfunctie kent.")]
    [InlineData("/api/v1/search?q=zorg&pageSize=101", "pageSize")]
    [InlineData("/api/v1/search?q=zorg&year=twintig", "geen geldig jaar")]
    public async Task Bad_input_is_a_400_problem_with_a_Dutch_message(string path, string message)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("status").GetInt32().Should().Be(400);
        problem.GetProperty("title").GetString().Should().Be("Het verzoek is niet geldig.");
        problem.GetProperty("detail").GetString().Should().Contain(message);
        problem.GetProperty("messages").EnumerateArray().Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("/api/v1/purchasers/bestaat-niet", "De inkoper 'bestaat-niet' bestaat niet.")]
    [InlineData("/api/v1/purchasers/GEEN%20SLUG", "bestaat niet")]
    [InlineData("/api/v1/documents/999999", "Er is geen gepubliceerd document met nummer 999999.")]
    [InlineData("/api/v1/documents?careType=bestaat-niet", "De zorgsoort 'bestaat-niet' bestaat niet.")]
    [InlineData("/api/v1/documents?purchaser=bestaat-niet", "De inkoper 'bestaat-niet' bestaat niet.")]
    [InlineData("/api/v1/bestaat-niet", "bestaat niet in de API")]
    public async Task Unknown_slugs_ids_and_addresses_are_a_404_problem(string path, string message)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("title").GetString().Should().Be("Niet gevonden.");
        problem.GetProperty("detail").GetString().Should().Contain(message);
    }

    [Fact]
    public async Task A_purchaser_lists_its_published_documents_which_can_be_opened_by_id()
    {
        var client = factory.CreateClient();

        var purchaser = await GetJsonAsync(client, "/api/v1/purchasers/zorg-en-zekerheid");

        purchaser.GetProperty("slug").GetString().Should().Be("zorg-en-zekerheid");
        purchaser.GetProperty("aliases").EnumerateArray().Select(alias => alias.GetString()).Should().Contain("Z&Z");
        var documents = purchaser.GetProperty("documents").EnumerateArray().ToList();
        documents.Select(document => document.GetProperty("title").GetString()).Should()
            .Contain("Inkoopbeleid huisartsenzorg 2022 – Zorg en Zekerheid");
        var gp = documents.Single(document => document.GetProperty("careTypes").EnumerateArray().Any(slug => slug.GetString() == "huisartsenzorg"));
        var id = gp.GetProperty("id").GetInt32();

        var single = await GetJsonAsync(client, $"/api/v1/documents/{id}");
        single.GetProperty("title").GetString().Should().Be(gp.GetProperty("title").GetString());
        single.GetProperty("purchaser").GetProperty("slug").GetString().Should().Be("zorg-en-zekerheid");
        single.GetProperty("validFromYear").GetInt32().Should().BeLessThanOrEqualTo(2022);
        single.GetProperty("kind").GetString().Should().Be("purchasingPolicy");
    }

    [Fact]
    public async Task Documents_are_filtered_by_year_care_type_and_purchaser()
    {
        var client = factory.CreateClient();

        var all = await GetJsonAsync(client, "/api/v1/documents?pageSize=100");
        var filtered = await GetJsonAsync(client, "/api/v1/documents?year=2022&careType=huisartsenzorg&pageSize=100");
        var onePurchaser = await GetJsonAsync(client, "/api/v1/documents?purchaser=zorg-en-zekerheid&pageSize=100");

        filtered.GetProperty("total").GetInt32().Should().BeGreaterThan(0).And.BeLessThan(all.GetProperty("total").GetInt32());
        foreach (var document in filtered.GetProperty("items").EnumerateArray())
        {
            document.GetProperty("careTypes").EnumerateArray().Select(slug => slug.GetString()).Should().Contain("huisartsenzorg");
            document.GetProperty("validFromYear").GetInt32().Should().BeLessThanOrEqualTo(2022);
            document.GetProperty("validToYear").GetInt32().Should().BeGreaterThanOrEqualTo(2022);
        }

        onePurchaser.GetProperty("items").EnumerateArray()
            .Select(document => document.GetProperty("purchaser").GetProperty("slug").GetString())
            .Should().NotBeEmpty().And.OnlyContain(slug => slug == "zorg-en-zekerheid");
    }

    [Fact]
    public async Task Care_types_and_topics_carry_their_order_group_and_care_types()
    {
        var client = factory.CreateClient();

        var careTypes = (await GetJsonAsync(client, "/api/v1/care-types")).EnumerateArray().ToList();
        var topics = (await GetJsonAsync(client, "/api/v1/topics")).EnumerateArray().ToList();

        var gp = careTypes.Single(careType => careType.GetProperty("slug").GetString() == "huisartsenzorg");
        gp.GetProperty("law").GetString().Should().Be("zvw");
        careTypes.Select(careType => careType.GetProperty("order").GetInt32()).Should().BeInAscendingOrder();

        var regionPlan = topics.Single(topic => topic.GetProperty("slug").GetString() == "regioplan");
        regionPlan.GetProperty("careTypes").EnumerateArray().Select(slug => slug.GetString()).Should().Contain("huisartsenzorg");
        regionPlan.TryGetProperty("group", out _).Should().BeTrue();
        regionPlan.TryGetProperty("order", out _).Should().BeTrue();
        var grouped = topics.Where(topic => topic.GetProperty("group").ValueKind == JsonValueKind.Object).ToList();
        grouped.Should().NotBeEmpty();
        grouped.Select(topic => topic.GetProperty("group").GetProperty("order").GetInt32()).Should().BeInAscendingOrder("topics come in the matrix's order");
    }

    [Fact]
    public async Task The_matrix_has_the_requested_columns_and_rows_with_cells()
    {
        var matrix = await GetJsonAsync(factory.CreateClient(), "/api/v1/matrix?year=2022&careType=huisartsenzorg&purchasers=cz,vgz");

        matrix.GetProperty("year").GetInt32().Should().Be(2022);
        matrix.GetProperty("careType").GetProperty("slug").GetString().Should().Be("huisartsenzorg");
        matrix.GetProperty("columns").EnumerateArray().Select(column => column.GetProperty("purchaserSlug").GetString()).Should().Equal("cz", "vgz");
        var rows = matrix.GetProperty("groups").EnumerateArray().SelectMany(group => group.GetProperty("rows").EnumerateArray()).ToList();
        rows.Should().NotBeEmpty();
        rows.Should().OnlyContain(row => row.GetProperty("cells").GetArrayLength() == 2);
        rows.SelectMany(row => row.GetProperty("cells").EnumerateArray()).Select(cell => cell.GetProperty("state").GetString())
            .Should().Contain("content");
    }

    [Fact]
    public async Task Search_results_are_paged_with_snippets_links_and_counts()
    {
        var client = factory.CreateClient();

        var first = await GetJsonAsync(client, "/api/v1/search?q=zorgaanbieders&pageSize=5");
        var second = await GetJsonAsync(client, "/api/v1/search?q=zorgaanbieders&pageSize=5&page=2");

        first.GetProperty("page").GetInt32().Should().Be(1);
        first.GetProperty("pageSize").GetInt32().Should().Be(5);
        var total = first.GetProperty("total").GetInt32();
        total.Should().BeGreaterThan(10);
        second.GetProperty("total").GetInt32().Should().Be(total);
        first.GetProperty("understoodQuery").GetString().Should().Be("zorgaanbieders");
        first.GetProperty("notes").GetArrayLength().Should().Be(0);
        var hits = first.GetProperty("items").EnumerateArray().ToList();
        hits.Should().HaveCount(5);
        var keys = hits.Select(Key).ToList();
        second.GetProperty("items").EnumerateArray().Select(Key).Should().HaveCount(5).And.NotIntersectWith(keys);
        foreach (var hit in hits)
        {
            hit.GetProperty("kind").GetString().Should().BeOneOf("statement", "change", "condition", "deadline");
            hit.GetProperty("snippet").GetString().Should().Contain("<mark>");
            hit.GetProperty("purchaser").GetProperty("name").GetString().Should().NotBeNullOrEmpty();
            hit.GetProperty("document").GetProperty("title").GetString().Should().NotBeNullOrEmpty();
            hit.GetProperty("url").GetString().Should().MatchRegex("^/(vergelijk\\?jaar=\\d{4}&zorgsoort=[a-z0-9-]+#cel-|documenten/\\d+#)");
        }

        var facets = first.GetProperty("facets");
        facets.GetProperty("kinds").EnumerateArray().Sum(kind => kind.GetProperty("count").GetInt32()).Should().Be(total);
        foreach (var name in new[] { "years", "careTypes", "purchasers", "topics" })
        {
            facets.GetProperty(name).EnumerateArray().Should().NotBeEmpty()
                .And.OnlyContain(facet => facet.GetProperty("count").GetInt32() > 0 && facet.GetProperty("label").GetString()!.Length > 0);
        }
    }

    [Fact]
    public async Task Search_filters_use_the_matrix_s_values_under_English_names()
    {
        var result = await GetJsonAsync(factory.CreateClient(),
            "/api/v1/search?q=huisarts%20-regioplan&year=2022&careType=huisartsenzorg&purchasers=cz,vgz,bestaat-niet&kind=uitspraak&pageSize=100");

        result.GetProperty("notes").EnumerateArray().Select(note => note.GetString()).Should().Equal("De inkoper 'bestaat-niet' bestaat niet en is weggelaten.");
        var hits = result.GetProperty("items").EnumerateArray().ToList();
        hits.Should().NotBeEmpty();
        hits.Should().OnlyContain(hit => hit.GetProperty("kind").GetString() == "statement"
            && hit.GetProperty("url").GetString()!.StartsWith("/vergelijk?jaar=2022&zorgsoort=huisartsenzorg#cel-", StringComparison.Ordinal));
        hits.Select(hit => hit.GetProperty("purchaser").GetProperty("slug").GetString()).Distinct().Should().BeSubsetOf(["cz", "vgz"]);
    }

    [Fact]
    public async Task A_search_with_a_typo_carries_the_suggestion_and_a_known_word_none()
    {
        var typo = await GetJsonAsync(factory.CreateClient(), "/api/v1/search?q=huisatrsen%20regoplan&careType=huisartsenzorg");
        var known = await GetJsonAsync(factory.CreateClient(), "/api/v1/search?q=huisartsen%20regioplan&careType=huisartsenzorg");

        typo.GetProperty("total").GetInt32().Should().Be(0);
        typo.GetProperty("suggestion").GetProperty("query").GetString().Should().Be("huisartsen regioplan");
        typo.GetProperty("suggestion").GetProperty("total").GetInt32().Should().Be(known.GetProperty("total").GetInt32()).And.BeGreaterThan(0);
        known.GetProperty("suggestion").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_search_of_ten_thousand_characters_is_a_400_with_the_limit()
    {
        using var response = await factory.CreateClient().GetAsync("/api/v1/search?q=" + new string('a', 10_000));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("detail").GetString().Should().Be("Uw zoekopdracht is 10000 tekens lang; gebruik er ten hoogste 200.");
    }

    [Fact]
    public async Task A_search_answers_304_to_its_ETag_and_is_read_only()
    {
        var client = factory.CreateClient();
        const string path = "/api/v1/search?q=regioplan";

        using var first = await client.GetAsync(path);
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        var tag = first.Headers.ETag!;
        tag.IsWeak.Should().BeTrue();
        using var again = await SendWithETagAsync(client, path, tag);
        again.StatusCode.Should().Be(HttpStatusCode.NotModified);
        using var otherQuery = await SendWithETagAsync(client, "/api/v1/search?q=huisarts", tag);
        otherQuery.StatusCode.Should().Be(HttpStatusCode.OK, "the ETag covers the query");

        using var post = await client.PostAsync(path, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        post.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        post.Content.Headers.Allow.Should().BeEquivalentTo("GET", "HEAD");
    }

    [Fact]
    public async Task A_matching_ETag_gets_304_until_the_content_changes()
    {
        var client = factory.CreateClient();
        const string path = "/api/v1/purchasers?pageSize=5";

        using var first = await client.GetAsync(path);
        var tag = first.Headers.ETag!;
        tag.IsWeak.Should().BeTrue();
        using var otherQuery = await client.GetAsync("/api/v1/purchasers?pageSize=6");
        otherQuery.Headers.ETag!.Tag.Should().NotBe(tag.Tag, "the ETag covers the query");

        using var again = await SendWithETagAsync(client, path, tag);
        again.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await again.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        again.Headers.ETag!.Tag.Should().Be(tag.Tag);

        var file = Path.Combine(Path.GetTempPath(), $"onvz-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "ONVZ huisartsenzorg 2022\n\nOnderwerp\tONVZ\nRegioplan\tONVZ vraagt een regioplan (API)\n");
        await factory.Services.GetRequiredService<ISourceImporter>().ImportAsync(new ImportRequest(file, 2022, ["huisartsenzorg"], null));

        using var afterImport = await SendWithETagAsync(client, path, tag);
        afterImport.StatusCode.Should().Be(HttpStatusCode.OK, "an import changes the content version and so every ETag");
        afterImport.Headers.ETag!.Tag.Should().NotBe(tag.Tag);
    }

    [Theory]
    [InlineData("POST", "/api/v1/purchasers")]
    [InlineData("PUT", "/api/v1/purchasers/cz")]
    [InlineData("PATCH", "/api/v1/documents/1")]
    [InlineData("DELETE", "/api/v1/topics")]
    public async Task Writes_are_a_405_problem(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
        using var response = await factory.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().BeEquivalentTo("GET", "HEAD");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("detail").GetString().Should().Contain($"gebruik GET in plaats van {method}");
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_API_address()
    {
        var document = await GetJsonAsync(factory.CreateClient(), "/openapi/v1.json");

        document.GetProperty("info").GetProperty("title").GetString().Should().Be("InkoopPortal API");
        document.GetProperty("paths").EnumerateObject().Select(path => path.Name).Should().BeEquivalentTo(
            "/api/v1/purchasers", "/api/v1/purchasers/{slug}", "/api/v1/care-types", "/api/v1/topics",
            "/api/v1/documents", "/api/v1/documents/{id}", "/api/v1/matrix", "/api/v1/search");
        var search = document.GetProperty("paths").GetProperty("/api/v1/search").GetProperty("get");
        search.GetProperty("parameters").EnumerateArray().Select(parameter => parameter.GetProperty("name").GetString())
            .Should().BeEquivalentTo("q", "year", "careType", "purchasers", "topics", "kind", "page", "pageSize");
    }

    [Fact]
    public async Task API_answers_carry_the_security_headers()
    {
        using var response = await factory.CreateClient().GetAsync("/api/v1/care-types");

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'self'");
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static Task<HttpResponseMessage> SendWithETagAsync(HttpClient client, string path, EntityTagHeaderValue tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(tag);
        return client.SendAsync(request);
    }

    private static string Key(JsonElement hit) => $"{hit.GetProperty("kind").GetString()}/{hit.GetProperty("recordId").GetInt32()}";

    private static List<string?> Slugs(JsonElement items) => items.EnumerateArray().Select(item => item.GetProperty("slug").GetString()).ToList();
}

/// <summary>When reading requires a sign-in, the API and the calendar feed answer 401 instead of redirecting a program to the sign-in form.</summary>
public class ApiReadAccessTests(SignInToReadPortal closedPortal) : IClassFixture<SignInToReadPortal>
{
    [Fact]
    public async Task Anonymous_callers_get_401_and_signed_in_readers_get_the_data()
    {
        using var anonymous = await closedPortal.CreateBrowser().GetAsync("/api/v1/care-types");
        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var feed = await closedPortal.CreateBrowser().GetAsync("/agenda.ics");
        feed.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a calendar client cannot follow a redirect to the sign-in page");

        await closedPortal.CreateUserAsync("api-lezer@test.nl", Application.Accounts.UserRole.Reader);
        var reader = closedPortal.CreateBrowser();
        await reader.SignInOrFailAsync("api-lezer@test.nl");
        using var signedIn = await reader.GetAsync("/api/v1/care-types");
        signedIn.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}

/// <summary>An unexpected failure (here: the search index's texts table gone) is a JSON problem for the API and the Dutch error page for a browser.</summary>
public class ApiServerErrorTests : IAsyncLifetime
{
    private readonly PortalWebApplicationFactory _portal = new();

    public async Task InitializeAsync()
    {
        using var warmUp = await _portal.CreateClient().GetAsync("/api/v1/care-types");
        warmUp.EnsureSuccessStatusCode();
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_portal.SqliteFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DROP TABLE search_texts";
        await command.ExecuteNonQueryAsync();
    }

    public Task DisposeAsync() => _portal.DisposeAsync().AsTask();

    [Fact]
    public async Task An_unexpected_error_is_a_500_problem_without_details()
    {
        using var response = await _portal.CreateClient().GetAsync("/api/v1/search?q=regioplan");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        JsonDocument.Parse(body).RootElement.GetProperty("title").GetString().Should().Be("Er ging iets mis in het portaal.");
        body.Should().NotContain("search_texts", "what went wrong is for the log, not the caller");

        using var page = await _portal.CreateClient().GetAsync("/zoeken?q=regioplan");
        page.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
    }
}
