using System.Globalization;
using System.Security.Cryptography;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.Names;
using InkoopPortal.Application.Import.Review;
using InkoopPortal.Application.Security;
using InkoopPortal.Web.Components.Pages.Editing.NewYear;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace InkoopPortal.Web.Hosting;

/// <summary>
/// <c>POST /redactie/import/concept</c>: the editors' import saved as drafts over an ordinary HTTP request, so a large
/// upload or paste never travels through the circuit (whose messages stay at SignalR's 32 KB; ADR-022). A multipart
/// form with the antiforgery token in the <c>RequestVerificationToken</c> header (checked by the handler); the Edit policy; a body over the
/// import limit is refused by its length before it is read. Answers <c>{ "adres": ... }</c> (the review page) or
/// Dutch problem details with every problem. The draft is made by the same use case as before
/// (<see cref="EditorImport.SaveAsDraftsAsync"/>).
/// </summary>
public static class ImportUploads
{
    public const string Path = "/redactie/import/concept";

    // Form fields (the page's script fills them; see wwwroot/js/import.js).
    public const string FileField = "bestand";
    public const string PastedField = "geplakt";
    public const string FormatField = "formaat";
    public const string PurchaserField = "inkoper";
    public const string YearField = "jaar";
    public const string CareTypeField = "zorgsoort";
    public const string NewPurchaserField = "nieuwe-inkoper";
    public const string NewTopicField = "nieuw-onderwerp";
    public const string PreviewField = "voorbeeld";

    public const string FormatAutomatic = "automatisch";
    public const string FormatTable = "tabel";
    public const string FormatPolicy = "beleidstekst";
    public const string FormatPresentation = "presentatie";

    /// <summary>Room for the form's other fields and the multipart boundaries beside the file.</summary>
    private const long FormOverheadBytes = 64 * 1024;

    public const string ChangedSincePreview =
        "Het bestand, de tekst, het formaat, het jaar of de zorgsoort is gewijzigd na het voorbeeld. Bekijk eerst opnieuw het voorbeeld (knop Voorbeeld) en sla dan op.";

    public static SourceFormat? Format(string? value) => value switch
    {
        FormatTable => SourceFormat.ComparisonTable,
        FormatPolicy => SourceFormat.PolicyText,
        FormatPresentation => SourceFormat.Presentation,
        _ => null,
    };

    /// <summary>What a preview was made from, so a save can tell whether the form changed since (no server state).</summary>
    public static string PreviewKey(EditorImportInput input) =>
        $"{input.Year}|{string.Join(",", input.CareTypeSlugs)}|{input.Format}|{input.PurchaserSlug}|{input.StoredFileName}|{Convert.ToHexString(SHA256.HashData(input.Bytes))}";

    public static WebApplication MapImportUploads(this WebApplication app)
    {
        var limit = app.Services.GetRequiredService<ImportOptions>().MaxFileBytes + FormOverheadBytes;
        app.MapPost(Path, SaveAsync)
            .RequireAuthorization(PortalPolicies.Edit)
            // Applied by the server (Kestrel) as the body is read; the handler refuses a declared length first.
            .WithMetadata(new RequestSizeLimitAttribute(limit))
            .ExcludeFromDescription()
            .WithDisplayName("Import opslaan als concept");
        return app;
    }

    private static async Task<IResult> SaveAsync(
        HttpContext context, ImportOptions options, EditorImport import, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var limit = options.MaxFileBytes + FormOverheadBytes;
        if (context.Request.ContentLength > limit)
        {
            return TooLarge(options, context.Request.ContentLength.Value);
        }

        // Checked here, after the length and from the header, so no form is read before the size is known.
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Problem(StatusCodes.Status400BadRequest, "Het formulier is verlopen of komt niet van de importpagina. Laad de pagina opnieuw en probeer het nog eens.", []);
        }

        if (!context.Request.HasFormContentType)
        {
            return Problem(StatusCodes.Status400BadRequest, "Stuur het formulier van de importpagina (multipart/form-data).", []);
        }

        IFormCollection form;
        try
        {
            // The form's own limit as well, for a body sent without a length.
            context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
            form = await context.Request.ReadFormAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException)
        {
            return TooLarge(options, null);
        }

        if (form.Files.GetFile(FileField) is not { } file)
        {
            return Problem(StatusCodes.Status400BadRequest, "Er is niets om in te lezen: plak de tekst of kies het bestand om te uploaden.", []);
        }

        var pasted = form[PastedField] == "ja";
        var fileName = pasted ? EditorImportInput.PastedFileName : file.FileName;
        byte[] bytes;
        try
        {
            options.EnsureAllowed(fileName, file.Length);
            await using var stream = file.OpenReadStream();
            bytes = await options.ReadAsync(stream, fileName, cancellationToken);
        }
        catch (ImportFailedException failed)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, failed.Problems[0].Message, failed.Problems);
        }

        var format = Format(form[FormatField]);
        var purchaser = format == SourceFormat.ComparisonTable || string.IsNullOrWhiteSpace(form[PurchaserField]) ? null : form[PurchaserField].ToString();
        var year = int.TryParse(form[YearField], NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        var input = new EditorImportInput(bytes, fileName, year, form[CareTypeField].OfType<string>().ToList(), format, purchaser);
        if (form[PreviewField] != PreviewKey(input))
        {
            return Problem(StatusCodes.Status409Conflict, ChangedSincePreview, []);
        }

        var confirmations = new ImportConfirmations(form[NewPurchaserField].OfType<string>().ToList(), form[NewTopicField].OfType<string>().ToList());
        try
        {
            var result = await import.SaveAsDraftsAsync(input, confirmations, cancellationToken);
            return result.Succeeded
                ? Results.Json(new ImportUploadAnswer(EditorLinks.ImportReview(result.Summary!.SourceId), result.Message))
                : Problem(StatusCodes.Status400BadRequest, result.Message, result.Problems);
        }
        catch (PortalAccessDeniedException denied)
        {
            return Problem(StatusCodes.Status403Forbidden, denied.Message, []);
        }
    }

    private static IResult TooLarge(ImportOptions options, long? length) =>
        Problem(StatusCodes.Status413PayloadTooLarge, options.Refusal("Het formulier", length).Message, []);

    private static IResult Problem(int status, string detail, IReadOnlyList<ImportProblem> problems) => Results.Problem(
        title: "Het bestand is niet ingelezen; er is niets opgeslagen.",
        detail: detail,
        statusCode: status,
        extensions: new Dictionary<string, object?>
        {
            ["problemen"] = problems.Select(problem => new ImportUploadProblem(problem.Line, problem.Column, problem.Message)).ToList(),
        });
}

/// <summary>A saved import: where its drafts are reviewed.</summary>
public sealed record ImportUploadAnswer(string Adres, string Melding);

public sealed record ImportUploadProblem(int Regel, int? Kolom, string Melding);
