using InkoopPortal.Application.Import.Readers.Docx;
using InkoopPortal.Application.Import.Readers.Html;
using InkoopPortal.Application.Import.Readers.Pdf;
using InkoopPortal.Application.Import.SourceFiles;

namespace InkoopPortal.Application.Import.Readers;

/// <summary>
/// The one dispatch from a file's kind (by its bytes, <see cref="DocumentFileKinds"/>) to its reader (ADR-032): a PDF,
/// Word file or saved web page becomes a <see cref="ReadDocument"/>; anything else is text (null: the caller decodes
/// it with <see cref="SourceFileDecoder"/>).
/// </summary>
public static class DocumentReaders
{
    /// <exception cref="ImportFailedException">The file is of a known kind but cannot be read; nothing was stored.</exception>
    public static ReadDocument? Read(ImportFile file, DocumentFileKind kind) => kind switch
    {
        DocumentFileKind.Pdf => PdfDocumentReader.Read(file.Bytes, file.FileName),
        DocumentFileKind.Word => DocxDocumentReader.Read(file.Bytes, file.FileName),
        DocumentFileKind.WebPage => HtmlDocumentReader.Read(file.Bytes, file.FileName),
        _ => null,
    };

    /// <summary>How the text was got, as the source page and summary name it ("PDF (tekstlaag)").</summary>
    public static string ReadAs(DocumentFileKind kind) => kind switch
    {
        DocumentFileKind.Pdf => "PDF (tekstlaag)",
        DocumentFileKind.Word => "Word (.docx)",
        DocumentFileKind.WebPage => "webpagina (HTML)",
        _ => "tekst",
    };

    /// <summary>
    /// A note for the summary when the file's name says another kind than its bytes ("beleid.txt" that is a PDF): the
    /// bytes decide, and the editor sees that they did.
    /// </summary>
    public static string? NameNote(string fileName, DocumentFileKind kind)
    {
        var named = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".pdf" => DocumentFileKind.Pdf,
            ".docx" => DocumentFileKind.Word,
            ".html" or ".htm" => DocumentFileKind.WebPage,
            _ => DocumentFileKind.Text,
        };
        return named == kind
            ? null
            : $"De naam '{fileName}' wijst op een {Describe(named)}, maar de inhoud is een {Describe(kind)}; het bestand is gelezen als {Describe(kind)}.";
    }

    private static string Describe(DocumentFileKind kind) => kind switch
    {
        DocumentFileKind.Pdf => "PDF",
        DocumentFileKind.Word => "Word-bestand",
        DocumentFileKind.WebPage => "webpagina",
        _ => "tekstbestand",
    };
}
