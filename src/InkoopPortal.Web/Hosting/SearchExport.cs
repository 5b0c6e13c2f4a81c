using InkoopPortal.Application.Search;
using InkoopPortal.Application.Security;
using InkoopPortal.Web.Components.Pages.Search;

namespace InkoopPortal.Web.Hosting;

/// <summary>
/// <c>GET /zoeken/export.csv?q=...&amp;jaar=...</c>: all results of a search (the page's query string, without the
/// page) as CSV. A query the search refuses gets its Dutch message as plain text with 400, like the agenda feed.
/// </summary>
public static class SearchExport
{
    public static WebApplication MapSearchExport(this WebApplication app)
    {
        app.MapGet(SearchPageState.ExportPath, WriteAsync)
            .RequireAuthorization(PortalPolicies.Read)
            .WithDisplayName("Search results CSV export");
        return app;
    }

    private static async Task<IResult> WriteAsync(HttpContext context, PortalSearch search, CancellationToken cancellationToken)
    {
        var (request, problems) = SearchPageState.Parse(context.Request.Query);
        // One page holding every row (and one more, so a cut-off is known from the total): snippets for all of them.
        var result = await search.SearchAsync(request with { Page = 1, PageSize = SearchResultsCsv.MaximumRows }, cancellationToken);
        if (result.Message is { } refusal)
        {
            return PlainTextRefusal.Create("De zoekresultaten konden niet worden geëxporteerd:", problems.Append(refusal));
        }

        var baseUri = new Uri($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/");
        return Results.File(SearchResultsCsv.Write(result, baseUri), SearchResultsCsv.ContentType, "zoekresultaten.csv");
    }
}
