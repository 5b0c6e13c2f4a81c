using System.Net;
using System.Reflection;
using InkoopPortal.Application.Accounts;
using InkoopPortal.TestSupport;
using InkoopPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Security;

/// <summary>
/// Who may open which page and endpoint. <see cref="Pages"/> and <see cref="Endpoints"/> are the one table of
/// expected outcomes per role; the test fails when the app has a routable page or an endpoint that the table does not
/// name, so every new page gets an explicit decision. Users sign in through the real form (the app's own cookie).
/// </summary>
public class AuthorizationMatrixTests(AuthorizationMatrixTests.Portal portal) : IClassFixture<AuthorizationMatrixTests.Portal>
{
    /// <summary>What a request gets.</summary>
    public enum Access
    {
        /// <summary>200.</summary>
        Ok,

        /// <summary>403 (the "Geen toegang" page itself).</summary>
        Forbidden,

        /// <summary>Redirected to the sign-in page, with the way back.</summary>
        SignIn,

        /// <summary>Redirected to "Geen toegang" (signed in, but without the role).</summary>
        Denied,

        /// <summary>Any answer of the endpoint itself (not a sign-in or access redirect, not 401/403).</summary>
        Reached,
    }

    public sealed record Rule(string Route, string Sample, Access Anonymous, Access Reader, Access Editor, Access Administrator)
    {
        public Access For(string role) => role switch
        {
            Anonymous_ => Anonymous,
            Reader_ => Reader,
            Editor_ => Editor,
            _ => Administrator,
        };

        public override string ToString() => Route;
    }

    private const string Anonymous_ = "anoniem";
    private const string Reader_ = "lezer";
    private const string Editor_ = "redacteur";
    private const string Administrator_ = "beheerder";
    private static readonly string[] Roles = [Anonymous_, Reader_, Editor_, Administrator_];

    private const Access Ok = Access.Ok;
    private const Access SignIn = Access.SignIn;
    private const Access Denied = Access.Denied;

    /// <summary>Every routable page: its route template, a URL to try, and the outcome per role (anonymous, reader, editor, administrator).</summary>
    public static readonly Rule[] Pages =
    [
        new("/", "/", Ok, Ok, Ok, Ok),
        new("/vergelijk", "/vergelijk?jaar=2022&zorgsoort=huisartsenzorg&inkopers=cz,vgz", Ok, Ok, Ok, Ok),
        new("/vergelijk/cel", "/vergelijk/cel?jaar=2022&zorgsoort=huisartsenzorg&inkoper=cz&onderwerp=regioplan", Ok, Ok, Ok, Ok),
        new("/vergelijk/onderwerp", "/vergelijk/onderwerp?onderwerp=regioplan&zorgsoort=huisartsenzorg", Ok, Ok, Ok, Ok),
        new("/inkopers", "/inkopers", Ok, Ok, Ok, Ok),
        new("/inkopers/{Slug}", "/inkopers/zorg-en-zekerheid", Ok, Ok, Ok, Ok),
        new("/documenten/{Id:int}", "/documenten/1", Ok, Ok, Ok, Ok),
        new("/agenda", "/agenda?zorgsoort=huisartsenzorg&inkopers=cz,vgz", Ok, Ok, Ok, Ok),
        new("/vergelijk/jaren", "/vergelijk/jaren?inkoper=asr&zorgsoort=elv&van=2023&tot=2024", Ok, Ok, Ok, Ok),
        new("/veranderingen", "/veranderingen?jaar=2024&zorgsoort=msz", Ok, Ok, Ok, Ok),
        // Redirects to /veranderingen?jaar=2024&... for whoever may read.
        new("/veranderingen/{Year}", "/veranderingen/2024?zorgsoort=msz", Access.Reached, Access.Reached, Access.Reached, Access.Reached),
        new("/zoeken", "/zoeken?q=regioplan&jaar=2024", Ok, Ok, Ok, Ok),
        new("/fout", "/fout", Ok, Ok, Ok, Ok),
        new("/niet-gevonden", "/niet-gevonden", Ok, Ok, Ok, Ok),
        new("/account/inloggen", "/account/inloggen", Ok, Ok, Ok, Ok),
        new("/account/uitloggen", "/account/uitloggen", Ok, Ok, Ok, Ok),
        new("/account/wachtwoord", "/account/wachtwoord", SignIn, Ok, Ok, Ok),
        new("/account/geen-toegang", "/account/geen-toegang", Access.Forbidden, Access.Forbidden, Access.Forbidden, Access.Forbidden),
        new("/beheer/gebruikers", "/beheer/gebruikers", SignIn, Denied, Denied, Ok),
        new("/beheer/gebruikers/nieuw", "/beheer/gebruikers/nieuw", SignIn, Denied, Denied, Ok),
        new("/beheer/gebruikers/{Id}", "/beheer/gebruikers/{beheerder}", SignIn, Denied, Denied, Ok),
        new("/redactie", "/redactie", SignIn, Denied, Ok, Ok),
        new("/beheer/inkopers", "/beheer/inkopers", SignIn, Denied, Denied, Ok),
        new("/beheer/inkopers/nieuw", "/beheer/inkopers/nieuw", SignIn, Denied, Denied, Ok),
        new("/beheer/inkopers/{Slug}", "/beheer/inkopers/cz", SignIn, Denied, Denied, Ok),
        new("/beheer/zorgsoorten", "/beheer/zorgsoorten", SignIn, Denied, Denied, Ok),
        new("/beheer/onderwerpen", "/beheer/onderwerpen", SignIn, Denied, Denied, Ok),
        new("/beheer/onderwerpen/nieuw", "/beheer/onderwerpen/nieuw", SignIn, Denied, Denied, Ok),
        new("/beheer/onderwerpen/{Id:int}", "/beheer/onderwerpen/1", SignIn, Denied, Denied, Ok),
        new("/redactie/stellingen/{Id:int}", "/redactie/stellingen/1", SignIn, Denied, Ok, Ok),
        new("/redactie/documenten/{Id:int}/nieuw-jaar", "/redactie/documenten/1/nieuw-jaar", SignIn, Denied, Ok, Ok),
        new("/redactie/concepten", "/redactie/concepten", SignIn, Denied, Ok, Ok),
        new("/redactie/concepten/{DraftId:int}", "/redactie/concepten/1", SignIn, Denied, Ok, Ok),
        new("/redactie/import", "/redactie/import", SignIn, Denied, Ok, Ok),
        new("/redactie/import/{SourceId:int}", "/redactie/import/1", SignIn, Denied, Ok, Ok),
        new("/redactie/documenten/{Id:int}", "/redactie/documenten/1", SignIn, Denied, Ok, Ok),
        new("/redactie/documenten/{Id:int}/indelen", "/redactie/documenten/1/indelen", SignIn, Denied, Ok, Ok),
        new("/redactie/prullenbak", "/redactie/prullenbak", SignIn, Denied, Ok, Ok),
    ];

    private const Access Reached = Access.Reached;

    /// <summary>Every endpoint that is not a page: route pattern, a request to try ("METHOD path"), outcome per role.</summary>
    public static readonly Rule[] Endpoints =
    [
        new("/health/live", "GET /health/live", Ok, Ok, Ok, Ok),
        new("/health/ready", "GET /health/ready", Ok, Ok, Ok, Ok),
        new("/agenda.ics", "GET /agenda.ics?zorgsoort=huisartsenzorg&inkopers=cz,vgz", Ok, Ok, Ok, Ok),
        // Imported files byte for byte: whoever may read the cells they lead to (only editors when only drafts cite one).
        new("/bronnen/{id:int}/{fileName}", "GET /bronnen/1/inkoopbeleid-zorgverzekeraars-2022-huisartsenzorg-memo.txt", Ok, Ok, Ok, Ok),
        new("/bronnen/{id:int}", "GET /bronnen/1", Reached, Reached, Reached, Reached),
        // The matrix exports (ADR-017): whoever may read the matrix may download it.
        new("/vergelijk/export.xlsx", "GET /vergelijk/export.xlsx?jaar=2022&zorgsoort=huisartsenzorg&inkopers=cz,vgz", Ok, Ok, Ok, Ok),
        new("/vergelijk/export.csv", "GET /vergelijk/export.csv?jaar=2022&zorgsoort=huisartsenzorg&inkopers=cz,vgz", Ok, Ok, Ok, Ok),
        new("/zoeken/export.csv", "GET /zoeken/export.csv?q=regioplan", Ok, Ok, Ok, Ok),
        // The editors' import (ADR-022): a form post with antiforgery; without its token an editor gets 400 (reached).
        new("/redactie/import/concept", "POST /redactie/import/concept", SignIn, Denied, Reached, Reached),
        new("/_blazor", "GET /_blazor", Reached, Reached, Reached, Reached),
        new("/_blazor/negotiate", "POST /_blazor/negotiate?negotiateVersion=1", Ok, Ok, Ok, Ok),
        new("/_blazor/initializers", "GET /_blazor/initializers", Ok, Ok, Ok, Ok),
        new("/_blazor/disconnect", "POST /_blazor/disconnect", Reached, Reached, Reached, Reached),
        new("/_framework/opaque-redirect", "GET /_framework/opaque-redirect", Reached, Reached, Reached, Reached),
        // The framework's fallback for unknown file paths (answers 404 with the Dutch page).
        new("/{**path:file}", "GET /bestaat-niet.txt", Reached, Reached, Reached, Reached),
        // The read-only JSON API (ADR-014): open to whoever may read; writes answer 405, unknown addresses 404.
        new("/openapi/{documentName}.json", "GET /openapi/v1.json", Ok, Ok, Ok, Ok),
        new("/api/v1/purchasers", "GET /api/v1/purchasers", Ok, Ok, Ok, Ok),
        new("/api/v1/purchasers/{slug}", "GET /api/v1/purchasers/cz", Ok, Ok, Ok, Ok),
        new("/api/v1/care-types", "GET /api/v1/care-types", Ok, Ok, Ok, Ok),
        new("/api/v1/topics", "GET /api/v1/topics", Ok, Ok, Ok, Ok),
        new("/api/v1/documents", "GET /api/v1/documents?year=2022", Ok, Ok, Ok, Ok),
        new("/api/v1/documents/{id:int}", "GET /api/v1/documents/1", Ok, Ok, Ok, Ok),
        new("/api/v1/matrix", "GET /api/v1/matrix?year=2022&careType=huisartsenzorg", Ok, Ok, Ok, Ok),
        new("/api/v1/search", "GET /api/v1/search?q=regioplan", Ok, Ok, Ok, Ok),
        new("/api/v1/{**rest}", "POST /api/v1/purchasers", Reached, Reached, Reached, Reached),
    ];

    /// <summary>Static files (MapStaticAssets: CSS, scripts, MudBlazor's files): public for everyone, checked one by one.</summary>
    private static readonly Access StaticFiles = Ok;

    public static TheoryData<string> RoleNames => new(Roles);

    [Fact]
    public void Every_routable_page_is_in_the_table()
    {
        var routes = typeof(Program).Assembly.GetTypes()
            .SelectMany(type => type.GetCustomAttributes<RouteAttribute>())
            .Select(route => route.Template)
            .ToList();

        routes.Should().BeEquivalentTo(Pages.Select(page => page.Route),
            "every page needs an explicit row in AuthorizationMatrixTests.Pages (and [Authorize] or [AllowAnonymous] on the page)");
    }

    [Fact]
    public void Every_page_decides_explicitly_who_may_open_it()
    {
        var undecided = typeof(Program).Assembly.GetTypes()
            .Where(type => type.GetCustomAttributes<RouteAttribute>().Any())
            .Where(type => !type.IsDefined(typeof(AuthorizeAttribute), inherit: false) && !type.IsDefined(typeof(AllowAnonymousAttribute), inherit: false))
            .Select(type => type.Name)
            .ToList();

        undecided.Should().BeEmpty("every page carries [Authorize(Policy = ...)] or [AllowAnonymous]");
    }

    [Fact]
    public void Every_endpoint_is_in_the_table()
    {
        var known = Pages.Concat(Endpoints).Select(rule => rule.Route).ToHashSet(StringComparer.Ordinal);

        var unknown = portal.RouteEndpoints()
            .Where(endpoint => !IsStaticFile(endpoint))
            .Select(endpoint => Pattern(endpoint) + " = " + endpoint.DisplayName)
            .Where(pattern => !known.Contains(pattern.Split(" = ")[0]))
            .Distinct()
            .ToList();

        unknown.Should().BeEmpty("every endpoint needs a row in AuthorizationMatrixTests.Endpoints");
        portal.RouteEndpoints().Count(IsStaticFile).Should().BeGreaterThan(0, "the static files are endpoints too");
    }

    [Theory]
    [MemberData(nameof(RoleNames))]
    public async Task Each_page_answers_as_the_table_says(string role)
    {
        var client = await portal.ClientAsync(role);
        var failures = new List<string>();
        foreach (var page in Pages)
        {
            var path = await portal.ResolveAsync(page.Sample);
            using var get = await client.GetAsync(path);
            Check(failures, $"GET {path}", get, page.For(role));

            // A POST (a form submit) is refused in the same way; where the page is open it reaches the page.
            var expectedPost = page.For(role) is Access.SignIn or Access.Denied ? page.For(role) : Reached;
            using var post = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "x" }));
            Check(failures, $"POST {path}", post, expectedPost);
        }

        failures.Should().BeEmpty($"pages answer {role} as the table says");
    }

    [Theory]
    [MemberData(nameof(RoleNames))]
    public async Task Each_endpoint_and_static_file_answers_as_the_table_says(string role)
    {
        var client = await portal.ClientAsync(role);
        var failures = new List<string>();
        foreach (var endpoint in Endpoints)
        {
            var (method, path) = (endpoint.Sample.Split(' ')[0], endpoint.Sample.Split(' ')[1]);
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            Check(failures, endpoint.Sample, response, endpoint.For(role));
        }

        foreach (var path in portal.StaticFilePaths())
        {
            using var response = await client.GetAsync(path);
            Check(failures, $"GET {path}", response, StaticFiles);
        }

        failures.Should().BeEmpty($"endpoints answer {role} as the table says");
    }

    private static void Check(List<string> failures, string request, HttpResponseMessage response, Access expected)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        var actual = response.StatusCode switch
        {
            HttpStatusCode.OK => Access.Ok,
            HttpStatusCode.Forbidden => Access.Forbidden,
            HttpStatusCode.Redirect when location.Contains("/account/inloggen?returnUrl=", StringComparison.Ordinal) => Access.SignIn,
            HttpStatusCode.Redirect when location.Contains("/account/geen-toegang", StringComparison.Ordinal) => Access.Denied,
            HttpStatusCode.Unauthorized => Access.SignIn,
            _ => Reached,
        };
        var matches = expected == Reached ? actual is Access.Ok or Reached : actual == expected;
        if (!matches)
        {
            failures.Add($"{request}: expected {expected}, got {(int)response.StatusCode} {location}");
        }
    }

    /// <summary>"/_blazor/disconnect" for the pattern "_blazor/disconnect/".</summary>
    private static string Pattern(RouteEndpoint endpoint) => "/" + endpoint.RoutePattern.RawText!.Trim('/');

    private static bool IsStaticFile(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(item => item.GetType().Name == "StaticAssetDescriptor");

    /// <summary>The app with one signed-in client per role.</summary>
    public sealed class Portal : PortalWebApplicationFactory, IAsyncLifetime
    {
        private readonly Dictionary<string, HttpClient> _clients = [];
        private string _administratorId = "";

        public async Task InitializeAsync()
        {
            _clients[Anonymous_] = this.CreateBrowser();
            foreach (var (role, userRole) in new[] { (Reader_, UserRole.Reader), (Editor_, UserRole.Editor), (Administrator_, UserRole.Administrator) })
            {
                var email = $"{role}@matrix.test";
                var id = await this.CreateUserAsync(email, userRole);
                if (userRole == UserRole.Administrator)
                {
                    _administratorId = id;
                }

                var client = this.CreateBrowser();
                await client.SignInOrFailAsync(email);
                _clients[role] = client;
            }
        }

        Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

        public Task<HttpClient> ClientAsync(string role) => Task.FromResult(_clients[role]);

        public Task<string> ResolveAsync(string sample) => Task.FromResult(sample.Replace("{beheerder}", _administratorId, StringComparison.Ordinal));

        public IReadOnlyList<RouteEndpoint> RouteEndpoints() =>
            Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        /// <summary>One URL per static file endpoint (the fingerprinted and compressed variants included).</summary>
        public IReadOnlyList<string> StaticFilePaths() =>
            RouteEndpoints().Where(IsStaticFile).Select(Pattern).Distinct().ToList();
    }
}
