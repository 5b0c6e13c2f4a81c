using System.Text.Encodings.Web;
using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Export;
using InkoopPortal.Application.Security;

namespace InkoopPortal.Web.Hosting;

/// <summary>
/// <c>GET /vergelijk/export.xlsx?...</c> and <c>/vergelijk/export.csv?...</c>: the matrix of the same query string
/// and "Mijn regio" cookie as <c>/vergelijk</c>, from the same <see cref="MatrixService"/>, as a download (ADR-017).
/// A query the page cannot read, or one without a matrix, gets the page's Dutch messages as a 400 page.
/// </summary>
public static class MatrixExports
{
    public static WebApplication MapMatrixExports(this WebApplication app)
    {
        app.MapGet(MatrixExport.XlsxPath, (HttpContext context, MatrixService matrices, CancellationToken cancellationToken) =>
                ExportAsync(context, matrices, MatrixExport.Xlsx, cancellationToken))
            .RequireAuthorization(PortalPolicies.Read)
            .WithDisplayName("Vergelijking als Excel-bestand");
        app.MapGet(MatrixExport.CsvPath, (HttpContext context, MatrixService matrices, CancellationToken cancellationToken) =>
                ExportAsync(context, matrices, MatrixExport.Csv, cancellationToken))
            .RequireAuthorization(PortalPolicies.Read)
            .WithDisplayName("Vergelijking als CSV-bestand");
        return app;
    }

    private static async Task<IResult> ExportAsync(
        HttpContext context, MatrixService matrices, Func<MatrixPage, ExportFile> write, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        var (request, problems) = MatrixRequestParser.Parse(
            key => query[key].FirstOrDefault(), context.Request.Cookies[MyRegionChoice.CookieName]);
        var page = await matrices.GetAsync(request, problems, cancellationToken);
        if (MatrixExport.Refusals(page, problems) is { Count: > 0 } refusals)
        {
            return Results.Content(RefusalPage(refusals, page.Request), "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var file = write(page);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>A small Dutch page with the messages and the way back to the matrix (no scripts, so the CSP holds).</summary>
    private static string RefusalPage(IReadOnlyList<string> messages, MatrixRequest request)
    {
        var encoder = HtmlEncoder.Default;
        var items = string.Concat(messages.Select(message => $"<li>{encoder.Encode(message)}</li>"));
        var back = encoder.Encode(MatrixNavigation.UrlFor(request));
        return $"""
            <!DOCTYPE html>
            <html lang="nl">
            <head><meta charset="utf-8"><title>Exporteren niet gelukt – InkoopPortal</title></head>
            <body>
            <main>
            <h1>Exporteren niet gelukt</h1>
            <p>De vergelijking kon niet worden geëxporteerd:</p>
            <ul>{items}</ul>
            <p><a href="{back}">Terug naar de vergelijking</a></p>
            </main>
            </body>
            </html>
            """;
    }
}
