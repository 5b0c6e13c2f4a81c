using System.Text.Json;
using System.Text.Json.Serialization;
using InkoopPortal.Application.Api;
using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Search;
using InkoopPortal.Application.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace InkoopPortal.Web.Api;

/// <summary>
/// The read-only JSON API under <c>/api/v1</c> (ADR-014): GET only, for whoever may read the portal, with weak ETags
/// from the content version (<see cref="ApiETags"/>) and Dutch problem details for every error. Described by the
/// OpenAPI document at <c>/openapi/v1.json</c>.
/// </summary>
public static class PortalApi
{
    public const string Prefix = "/api/v1";
    public const string OpenApiPrefix = "/openapi";

    /// <summary>The API and its description: for a program, so an unauthorized request gets a status, not a sign-in redirect.</summary>
    public static bool IsForPrograms(PathString path) => path.StartsWithSegments(Prefix) || path.StartsWithSegments(OpenApiPrefix);
    private static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];
    private static readonly string[] WriteMethods = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    public static WebApplicationBuilder AddPortalApi(this WebApplicationBuilder builder)
    {
        // The request-line limit that lets a 10,000-character search reach the app: PortalRequestLimits.
        builder.Services.AddSingleton<ApiETags>();
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        builder.Services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "InkoopPortal API";
                document.Info.Description =
                    "Alleen-lezen API van het InkoopPortal: inkopers, zorgsoorten, onderwerpen, documenten, de vergelijkingsmatrix en zoeken. " +
                    "Alleen gepubliceerde inhoud. Lijsten zijn gepagineerd (page, pageSize tot 100); elk antwoord heeft een zwakke ETag.";
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    /// <summary>
    /// An unexpected error under <c>/api</c> is a problem-details 500 in JSON, as every other API answer, instead of the
    /// HTML error page a browser gets. Goes after the HTML exception handler, so it handles API requests first.
    /// </summary>
    public static WebApplication UseApiErrors(this WebApplication app)
    {
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api"),
            api => api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandler = context => ApiProblems.ServerError().ExecuteAsync(context),
            }));
        return app;
    }

    public static WebApplication MapPortalApi(this WebApplication app)
    {
        // The description follows Portal:ReadRequiresSignIn as the API does.
        app.MapOpenApi().RequireAuthorization(PortalPolicies.Read);

        var api = app.MapGroup(Prefix).RequireAuthorization(PortalPolicies.Read).WithTags("InkoopPortal");
        var read = api.MapGroup("").AddEndpointFilter<ApiETags>();

        read.MapMethods("/purchasers", ReadMethods, PurchasersAsync).WithName("Purchasers")
            .WithSummary("Inkopers (zorgverzekeraars en zorgkantoren), gepagineerd.");
        read.MapMethods("/purchasers/{slug}", ReadMethods, PurchaserAsync).WithName("Purchaser")
            .WithSummary("Eén inkoper met zijn gepubliceerde documenten.");
        read.MapMethods("/care-types", ReadMethods, CareTypesAsync).WithName("CareTypes")
            .WithSummary("Alle zorgsoorten.");
        read.MapMethods("/topics", ReadMethods, TopicsAsync).WithName("Topics")
            .WithSummary("Alle onderwerpen met groep, volgorde en zorgsoorten.");
        read.MapMethods("/documents", ReadMethods, DocumentsAsync).WithName("Documents")
            .WithSummary("Gepubliceerde documenten, gepagineerd, te filteren op jaar, zorgsoort en inkoper.");
        read.MapMethods("/documents/{id:int}", ReadMethods, DocumentAsync).WithName("Document")
            .WithSummary("Eén gepubliceerd document.");
        read.MapMethods("/matrix", ReadMethods, MatrixAsync).WithName("Matrix")
            .WithSummary("De vergelijkingsmatrix, zoals op /vergelijk.");
        read.MapMethods("/search", ReadMethods, SearchAsync).WithName("Search")
            .WithSummary("Zoeken in uitspraken, wijzigingen, contractvoorwaarden en termijnen, zoals op /zoeken.")
            .WithDescription(
                "q: woorden (alle moeten voorkomen, ook in een andere vorm: 'huisartsen' vindt 'huisarts', 'e-health' vindt 'ehealth'), " +
                "\"woordgroepen\", -uitsluiten, -\"woordgroep uitsluiten\" en OR; ten hoogste " + SearchQueryParser.MaximumLength + " tekens. " +
                "Filters: year, careType, purchasers en topics (komma's), kind (uitspraak, wijziging, voorwaarde, termijn). " +
                "Gepagineerd (page, pageSize tot 100), met aantallen per jaar, zorgsoort, inkoper, onderwerp en soort over alle treffers; " +
                "notes noemt wat niet is meegezocht; suggestion is 'Bedoelde u …?' voor een woord dat nergens staat. " +
                "Een zoekopdracht die niet te lezen is, geeft 400 met de reden.");

        // Anything else under /api/v1: a Dutch 404 for reads, 405 for writes (the API changes nothing).
        api.MapMethods("/{**rest}", [.. ReadMethods, .. WriteMethods], (HttpContext context) =>
                ReadMethods.Contains(context.Request.Method)
                    ? ApiProblems.NotFound($"{context.Request.Path} bestaat niet in de API. Zie /openapi/v1.json voor de adressen.")
                    : ApiProblems.MethodNotAllowed(context))
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<Paged<ApiPurchaser>>, ProblemHttpResult>> PurchasersAsync(
        ApiReadQuery query, [FromQuery] string? page, [FromQuery] string? pageSize, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var paging = ApiPaging.Read(page, pageSize, problems);
        return problems.Count > 0
            ? ApiProblems.BadRequest(problems)
            : TypedResults.Ok(await query.PurchasersAsync(paging, cancellationToken));
    }

    private static async Task<Results<Ok<ApiPurchaserDetail>, ProblemHttpResult>> PurchaserAsync(
        ApiReadQuery query, string slug, CancellationToken cancellationToken) =>
        await query.PurchaserAsync(slug, cancellationToken) is { } purchaser
            ? TypedResults.Ok(purchaser)
            : ApiProblems.NotFound($"De inkoper '{Shorten(slug)}' bestaat niet.");

    private static async Task<Ok<IReadOnlyList<ApiCareType>>> CareTypesAsync(ApiReadQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.CareTypesAsync(cancellationToken));

    private static async Task<Ok<IReadOnlyList<ApiTopic>>> TopicsAsync(ApiReadQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.TopicsAsync(cancellationToken));

    private static async Task<Results<Ok<Paged<ApiDocument>>, ProblemHttpResult>> DocumentsAsync(
        ApiReadQuery query,
        [FromQuery] string? year,
        [FromQuery] string? careType,
        [FromQuery] string? purchaser,
        [FromQuery] string? page,
        [FromQuery] string? pageSize,
        CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var filter = new DocumentFilter(
            MatrixRequestParser.ReadYear(year, problems),
            MatrixRequestParser.ReadSlug(careType, "zorgsoort", problems),
            MatrixRequestParser.ReadSlug(purchaser, "inkoper", problems));
        var paging = ApiPaging.Read(page, pageSize, problems);
        if (problems.Count > 0)
        {
            return ApiProblems.BadRequest(problems);
        }

        if (await query.UnknownFilterSlugAsync(filter, cancellationToken) is { } unknown)
        {
            return ApiProblems.NotFound(unknown);
        }

        return TypedResults.Ok(await query.DocumentsAsync(filter, paging, cancellationToken));
    }

    private static async Task<Results<Ok<ApiDocument>, ProblemHttpResult>> DocumentAsync(
        ApiReadQuery query, int id, CancellationToken cancellationToken) =>
        await query.DocumentAsync(id, cancellationToken) is { } document
            ? TypedResults.Ok(document)
            : ApiProblems.NotFound($"Er is geen gepubliceerd document met nummer {id}.");

    /// <summary>
    /// The matrix with the parameters of /vergelijk under English names; every message the page would show (an
    /// invalid or unknown value, a year without documents) is a 400 here, so nothing the caller asked is dropped silently.
    /// </summary>
    private static async Task<Results<Ok<ComparisonMatrix>, ProblemHttpResult>> MatrixAsync(
        MatrixService matrices,
        [FromQuery] string? year,
        [FromQuery] string? careType,
        [FromQuery] string? law,
        [FromQuery] string? purchasers,
        [FromQuery] string? topics,
        [FromQuery] string? emptyTopics,
        CancellationToken cancellationToken)
    {
        var parsed = MatrixRequestParser.Parse(key => key switch
        {
            MatrixRequest.YearKey => year,
            MatrixRequest.CareTypeKey => careType,
            MatrixRequest.LawKey => law,
            MatrixRequest.PurchasersKey => purchasers,
            MatrixRequest.TopicsKey => topics,
            MatrixRequest.EmptyTopicsKey => emptyTopics,
            _ => null,
        });
        var page = await matrices.GetAsync(parsed.Request, parsed.Problems, cancellationToken);
        return page.Matrix is { } matrix && page.Messages.Count == 0
            ? TypedResults.Ok(matrix)
            : ApiProblems.BadRequest(page.Messages);
    }

    /// <summary>
    /// The search with the page's filters under English names. A query that cannot be searched (empty, too long,
    /// only punctuation or stop words) or an unknown care type is a 400 with the page's message; what the search left
    /// out is named in <c>notes</c>.
    /// </summary>
    private static async Task<Results<Ok<ApiSearchResults>, ProblemHttpResult>> SearchAsync(
        PortalSearch search,
        [FromQuery] string? q,
        [FromQuery] string? year,
        [FromQuery] string? careType,
        [FromQuery] string? purchasers,
        [FromQuery] string? topics,
        [FromQuery] string? kind,
        [FromQuery] string? page,
        [FromQuery] string? pageSize,
        CancellationToken cancellationToken)
    {
        var parsed = SearchRequestParser.Parse(q, year, careType, purchasers, topics, kind, page, pageSize);
        if (parsed.Problems.Count > 0)
        {
            return ApiProblems.BadRequest(parsed.Problems);
        }

        var result = await search.SearchAsync(parsed.Request, cancellationToken);
        return result.Message is { } message
            ? ApiProblems.BadRequest([message, .. result.Notes])
            : TypedResults.Ok(ApiSearchResults.From(result));
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
