using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace InkoopPortal.Application.Import.Readers.Docx;

/// <summary>
/// Reads a Word file (.docx) with the Open XML SDK into the policy-text form (ADR-032, <see cref="DocxBodyWriter"/>),
/// or refuses it in Dutch: not a Word file, an old binary .doc, an encrypted or password-protected file, a zip that
/// would unpack to more than <see cref="MaximumUnpackedBytes"/>, damaged XML, or a document without text. Pages are
/// claimed only when Word left its rendered page breaks in the file; otherwise the document has none.
/// </summary>
public static class DocxDocumentReader
{
    /// <summary>The most the XML parts of one Word file may unpack to (a guard against zip bombs).</summary>
    public const long MaximumUnpackedBytes = 100L * 1024 * 1024;

    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <exception cref="ImportFailedException">The file cannot be read as a Word document; nothing was stored.</exception>
    public static ReadDocument Read(byte[] bytes, string fileName)
    {
        RefuseByContainer(bytes, fileName);

        IReadOnlyList<(string Text, int Page)> lines;
        bool hasRenderedPages;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaximumUnpackedBytes });
            if (document.MainDocumentPart?.Document?.Body is not { } body)
            {
                throw Refused(NotWord(fileName));
            }

            hasRenderedPages = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.LastRenderedPageBreak>().Any();
            lines = new DocxBodyWriter(document.MainDocumentPart).Write(body);
        }
        catch (ImportFailedException)
        {
            throw;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw Refused($"'{fileName}' is een beschadigd Word-document: de inhoud kan niet worden gelezen. Open het in Word, sla het opnieuw op als .docx en importeer het opnieuw.");
        }

        if (!lines.Any(line => line.Text.Any(char.IsLetterOrDigit)))
        {
            throw Refused($"'{fileName}' bevat geen tekst. Importeer een Word-document met de tekst van het beleid (niet alleen afbeeldingen of tekstvakken).");
        }

        var text = string.Join("\n", lines.Select(line => line.Text));
        return hasRenderedPages
            ? new ReadDocument(text, lines.Select(line => line.Page).ToList(), lines.Max(line => line.Page))
            : ReadDocument.WithoutPages(text);
    }

    /// <summary>
    /// What the file is before it is opened: an OLE compound file is either an encrypted Word file (Word wraps those
    /// with an EncryptionInfo stream) or an old binary .doc; anything but a zip with word/document.xml is no Word file.
    /// </summary>
    private static void RefuseByContainer(byte[] bytes, string fileName)
    {
        if (bytes.AsSpan().StartsWith(CompoundFileSignature))
        {
            if (ContainsStreamName(bytes, "EncryptionInfo") || ContainsStreamName(bytes, "EncryptedPackage"))
            {
                throw Refused($"'{fileName}' is beveiligd met een wachtwoord (versleuteld). Sla het document in Word op zonder wachtwoord en importeer het opnieuw.");
            }

            if (ContainsStreamName(bytes, "WordDocument"))
            {
                throw Refused($"'{fileName}' is een oud Word-bestand (.doc); sla het op als .docx (Word: Opslaan als → Word-document) en importeer het opnieuw.");
            }

            throw Refused(NotWord(fileName));
        }

        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
        {
            throw Refused(NotWord(fileName));
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is null)
            {
                throw Refused(NotWord(fileName));
            }

            // The sizes the zip declares; .NET never unpacks an entry past its declared size.
            var unpacked = zip.Entries.Where(entry => entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                .Sum(entry => entry.Length);
            if (unpacked > MaximumUnpackedBytes)
            {
                throw Refused($"'{fileName}' pakt uit tot {unpacked / (1024 * 1024)} MB tekst (meer dan {MaximumUnpackedBytes / (1024 * 1024)} MB); zo'n bestand wordt niet gelezen.");
            }
        }
        catch (InvalidDataException)
        {
            throw Refused($"'{fileName}' is een beschadigd Word-document (het zip-bestand is onvolledig). Sla het opnieuw op als .docx en importeer het opnieuw.");
        }
    }

    /// <summary>An OLE directory names its streams in UTF-16.</summary>
    private static bool ContainsStreamName(byte[] bytes, string name) => bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(name)) >= 0;

    private static string NotWord(string fileName) =>
        $"'{fileName}' is geen Word-document (.docx). Importeer een .docx-bestand, of sla het document in Word op als .docx.";

    private static ImportFailedException Refused(string message) => new(new ImportProblem(0, null, message));
}
