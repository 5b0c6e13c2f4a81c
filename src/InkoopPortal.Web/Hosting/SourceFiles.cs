using InkoopPortal.Application.Import.SourceFiles;
using InkoopPortal.Application.Security;
using Microsoft.Net.Http.Headers;

namespace InkoopPortal.Web.Hosting;

/// <summary>
/// <c>GET /bronnen/{id}/{bestand}</c>: an imported file byte for byte, with its media type and its SHA-256 as ETag,
/// so every cell can lead back to the file it came from. Only editors see a file that only drafts cite. A file that
/// could hold active content (HTML) is offered as a download in a sandbox, never shown on the portal's origin; a PDF
/// is shown inline, so a link with <c>#page=12</c> opens it at that page.
/// </summary>
public static class SourceFiles
{
    public const string OriginalHeader = "X-InkoopPortal-Origineel";

    public static WebApplication MapSourceFiles(this WebApplication app)
    {
        app.MapGet(SourceFileQuery.PathPrefix + "/{id:int}/{fileName}", ServeAsync)
            .RequireAuthorization(PortalPolicies.Read)
            .WithDisplayName("Origineel bronbestand");
        app.MapGet(SourceFileQuery.PathPrefix + "/{id:int}", ServeAsync)
            .RequireAuthorization(PortalPolicies.Read)
            .WithDisplayName("Origineel bronbestand (zonder naam)");
        return app;
    }

    private static async Task<IResult> ServeAsync(
        int id, string? fileName, HttpContext context, SourceFileQuery files, IPortalAuthorization authorization, CancellationToken cancellationToken)
    {
        var file = await files.GetAsync(id, await authorization.IsAllowedAsync(PortalPolicies.Edit, cancellationToken), cancellationToken);
        if (file is null)
        {
            return Results.Text($"Er is geen bronbestand met nummer {id}.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        // One address per file: another or no name leads to the canonical one.
        if (fileName != file.FileName)
        {
            return Results.Redirect(SourceFileQuery.PathOf(file.Id, file.FileName));
        }

        var headers = context.Response.Headers;
        headers[OriginalHeader] = file.IsOriginal ? "ja" : "nee (ingelezen tekst; het originele bestand is niet bewaard)";
        // Chromium will not start its PDF viewer in a sandboxed document (it stays blank), so a PDF is served without
        // 'sandbox'; the viewer is the browser's own and runs no script on the portal's origin (ADR-032).
        var pdf = file.ContentType.StartsWith("application/pdf", StringComparison.OrdinalIgnoreCase);
        context.Items[SecurityHeaders.OwnPolicyKey] = pdf ? "default-src 'none'" : "sandbox; default-src 'none'";
        var download = file.ContentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);
        var disposition = new ContentDispositionHeaderValue(download ? "attachment" : "inline");
        disposition.SetHttpFileName(file.FileName);
        headers.ContentDisposition = disposition.ToString();
        return Results.Bytes(file.Bytes, file.ContentType, entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""));
    }
}
