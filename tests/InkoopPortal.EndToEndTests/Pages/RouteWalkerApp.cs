using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.PolicyYears;
using InkoopPortal.Application.Security;
using InkoopPortal.TestSupport.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.EndToEndTests.Pages;

/// <summary>One page of the portal to walk: its URL and whether it renders statically (no circuit to wait for).</summary>
public sealed record WalkedPage(string Route, string Url, bool IsStatic)
{
    public override string ToString() => Url;
}

/// <summary>
/// An app of its own for the walk over every page (it adds a draft, so that the draft page has a real id) with one
/// administrator, who reaches every editor and administrator page. The pages come from the app's own endpoints, so a
/// new page is walked without touching the test; a route parameter is filled with a real id of the seeded database.
/// </summary>
public sealed class RouteWalkerApp : IAsyncLifetime
{
    public const string AdministratorEmail = "beheerder-wandeling@e2e.test";

    /// <summary>Signing out would end the walk as an administrator; the page itself is a plain form.</summary>
    private static readonly string[] NotWalked = ["/account/uitloggen"];

    private readonly KestrelPortalFactory _app = new();

    public Uri Address { get; private set; } = default!;

    /// <summary>Every page route with the URL that is walked for it, plus pages whose content needs a query.</summary>
    public IReadOnlyList<WalkedPage> Pages { get; private set; } = [];

    /// <summary>Routes with a parameter that <see cref="FillAsync"/> does not know: a new page needs a real value there.</summary>
    public IReadOnlyList<string> Unfilled { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Address = await Task.Run(_app.Start);
        await Accounts.CreateAsync(_app.Services, PortalRoles.Administrator, "Bea Beheerder", AdministratorEmail);
        var fills = await FillAsync();

        var routes = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(endpoint => (Route: endpoint.RoutePattern.RawText ?? "", Component: endpoint.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type))
            .Where(route => route.Component is not null && !NotWalked.Contains(route.Route))
            .DistinctBy(route => route.Route)
            .OrderBy(route => route.Route, StringComparer.Ordinal)
            .ToList();

        var pages = new List<WalkedPage>();
        var unfilled = new List<string>();
        foreach (var (route, component) in routes)
        {
            var isStatic = component!.IsDefined(typeof(ExcludeFromInteractiveRoutingAttribute), inherit: true);
            if (!route.Contains('{', StringComparison.Ordinal))
            {
                pages.Add(new WalkedPage(route, route, isStatic));
            }
            else if (fills.TryGetValue(route, out var url))
            {
                pages.Add(new WalkedPage(route, url, isStatic));
            }
            else
            {
                unfilled.Add(route);
            }

            // Pages that show little without a query are walked once more with one, as a reader reaches them.
            foreach (var withQuery in fills.Where(fill => fill.Key.StartsWith(route + "?", StringComparison.Ordinal)))
            {
                pages.Add(new WalkedPage(route, withQuery.Value, isStatic));
            }
        }

        Pages = pages;
        Unfilled = unfilled;
    }

    /// <summary>Real values for the route parameters (and a few queries), from the seeded database.</summary>
    private async Task<Dictionary<string, string>> FillAsync()
    {
        var contexts = _app.Services.GetRequiredService<IPortalDbContextFactory>();
        int document, statement, topic, source, draft;
        string purchaser;
        await using (var context = contexts.CreateDbContext())
        {
            // CZ's 2022 huisartsenzorg memo: the widest published document (nine purchasers in its table).
            document = await context.PolicyDocuments.Where(d => d.Purchaser!.Slug == "cz" && d.ValidFromYear == 2022).Select(d => d.Id).SingleAsync();
            statement = await context.Statements.Where(s => s.PolicyDocumentId == document && s.Topic!.Slug == "regioplan").Select(s => s.Id).SingleAsync();
            topic = await context.Topics.Where(t => t.Slug == "regioplan").Select(t => t.Id).SingleAsync();
            source = await context.SourceDocuments.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            purchaser = await context.Purchasers.Where(p => p.Slug == "zorg-en-zekerheid").Select(p => p.Slug).SingleAsync();
        }

        var years = _app.Services.GetRequiredService<NewPolicyYearService>();
        draft = (await years.CreateDraftAsync(document, FixedAuthorization.Allowed, new AuditActor("wandeling-e2e", "Bea Beheerder"))).DocumentId!.Value;

        string administrator;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            administrator = (await users.FindByEmailAsync(AdministratorEmail))!.Id;
        }

        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["/beheer/gebruikers/{Id}"] = $"/beheer/gebruikers/{administrator}",
            ["/beheer/inkopers/{Slug}"] = $"/beheer/inkopers/{purchaser}",
            ["/beheer/onderwerpen/{Id:int}"] = $"/beheer/onderwerpen/{topic}",
            ["/documenten/{Id:int}"] = $"/documenten/{document}",
            ["/inkopers/{Slug}"] = $"/inkopers/{purchaser}",
            ["/redactie/concepten/{DraftId:int}"] = $"/redactie/concepten/{draft}",
            ["/redactie/documenten/{Id:int}"] = $"/redactie/documenten/{document}",
            ["/redactie/documenten/{Id:int}/indelen"] = $"/redactie/documenten/{document}/indelen",
            ["/redactie/documenten/{Id:int}/nieuw-jaar"] = $"/redactie/documenten/{document}/nieuw-jaar",
            ["/redactie/import/{SourceId:int}"] = $"/redactie/import/{source}",
            ["/redactie/stellingen/{Id:int}"] = $"/redactie/stellingen/{statement}",
            ["/veranderingen/{Year}"] = "/veranderingen/2022",
            ["/vergelijk/cel?"] = "/vergelijk/cel?jaar=2022&zorgsoort=huisartsenzorg&inkoper=cz&onderwerp=regioplan",
            ["/vergelijk/onderwerp?"] = "/vergelijk/onderwerp?onderwerp=regioplan&zorgsoort=huisartsenzorg",
            ["/vergelijk/jaren?"] = $"/vergelijk/jaren?documenten={document},{document}",
            ["/zoeken?"] = "/zoeken?q=huisarts",
        };
    }

    public Task DisposeAsync() => _app.DisposeAsync().AsTask();

    public Task<IBrowserContext> NewContextAsync(IBrowser browser) => browser.NewPortalContextAsync(Address);
}
