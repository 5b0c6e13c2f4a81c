using System.Text;

namespace InkoopPortal.Application.Import.SourceFiles;

/// <summary>A file to import as it arrived: its bytes and the name it had (a paste gets a made-up name).</summary>
public sealed record ImportFile(byte[] Bytes, string FileName);

/// <summary>
/// The text of an imported file, how its bytes were read (<see cref="EncodingName"/>, in Dutch), the media type the
/// original is served with, and a note for the summary when the reading deserves one (Windows-1252). A file a reader
/// read (PDF, ADR-032) carries its <see cref="Document"/>, which knows the page of every line of <see cref="Text"/>.
/// </summary>
public sealed record DecodedSource(string Text, string EncodingName, string ContentType, string? Note, Readers.ReadDocument? Document = null)
{
    /// <summary>The page of the original a 1-based line of <see cref="Text"/> stands on; null for text and formats without pages.</summary>
    public int? PageOf(int line) => Document?.PageOf(line);

    /// <summary>The original's number of pages; null when it has none (text, web page).</summary>
    public int? PageCount => Document is { HasPages: true } document ? document.PageCount : null;
}

/// <summary>
/// Turns an imported file's bytes into text, or refuses them with a Dutch message that names what the file is.
/// UTF-8 with or without byte order mark and UTF-16/UTF-32 by their byte order mark are read as such; bytes that are
/// not UTF-8 are read as Windows-1252 (the encoding of older Word and Excel exports on Dutch Windows; it defines every
/// byte Dutch text uses) and the summary says so; bytes that are no text at all (PDF, Word, Excel, images, UTF-16
/// without a byte order mark) are refused by name. Line endings become "\n".
/// </summary>
public static class SourceFileDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="ImportFailedException">The bytes are not text, or not text this portal can read.</exception>
    public static DecodedSource Decode(ImportFile file)
    {
        var bytes = file.Bytes;
        if (bytes.Length == 0)
        {
            throw Refused("Het bestand is leeg.");
        }

        if (KnownBinaryFormat(bytes) is { } binary)
        {
            throw Refused($"'{file.FileName}' is een {binary}, geen tekstbestand. Sla het op als tekst (.txt, UTF-8) of plak de tekst in het tekstvak.");
        }

        var (text, encodingName, charset, note) = ReadText(file, bytes);
        if (LooksBinary(text))
        {
            throw Refused($"'{file.FileName}' bevat geen leesbare tekst (te veel stuurtekens). Sla het bestand op als tekst (.txt, UTF-8).");
        }

        return new DecodedSource(NormalizeLineEndings(text), encodingName, ContentTypeOf(file.FileName, charset), note);
    }

    public static string NormalizeLineEndings(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static (string Text, string EncodingName, string Charset, string? Note) ReadText(ImportFile file, byte[] bytes)
    {
        if (StartsWith(bytes, 0xEF, 0xBB, 0xBF))
        {
            return (Strict(file, StrictUtf8, bytes, 3), "UTF-8 met BOM", "utf-8", null);
        }

        // UTF-32 LE starts with FF FE 00 00, so it is tested before UTF-16 LE (FF FE).
        if (StartsWith(bytes, 0xFF, 0xFE, 0x00, 0x00))
        {
            return (Strict(file, new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true), bytes, 4), "UTF-32 LE", "utf-32", null);
        }

        if (StartsWith(bytes, 0x00, 0x00, 0xFE, 0xFF))
        {
            return (Strict(file, new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true), bytes, 4), "UTF-32 BE", "utf-32be", null);
        }

        if (StartsWith(bytes, 0xFF, 0xFE))
        {
            return (Strict(file, new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true), bytes, 2), "UTF-16 LE", "utf-16", null);
        }

        if (StartsWith(bytes, 0xFE, 0xFF))
        {
            return (Strict(file, new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true), bytes, 2), "UTF-16 BE", "utf-16be", null);
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0 && LooksLikeUtf16WithoutBom(bytes))
        {
            throw Refused($"'{file.FileName}' lijkt UTF-16 zonder byte order mark. Sla het bestand op als UTF-8 (in Kladblok: Opslaan als, codering UTF-8).");
        }

        try
        {
            return (StrictUtf8.GetString(bytes), "UTF-8", "utf-8", null);
        }
        catch (DecoderFallbackException)
        {
            return ReadWindows1252(file, bytes);
        }
    }

    /// <summary>
    /// Windows-1252 leaves five bytes undefined; a file with one of them is not Windows-1252 either, and guessing
    /// another code page would risk storing wrong letters, so it is refused.
    /// </summary>
    private static (string, string, string, string?) ReadWindows1252(ImportFile file, byte[] bytes)
    {
        int[] undefined = [0x81, 0x8D, 0x8F, 0x90, 0x9D];
        var position = Array.FindIndex(bytes, value => undefined.Contains(value));
        if (position >= 0)
        {
            throw Refused($"'{file.FileName}' is geen UTF-8 en ook geen Windows-1252 (byte 0x{bytes[position]:X2} op positie {position + 1}). "
                + "Sla het bestand op als UTF-8 en importeer het opnieuw.");
        }

        var text = Encoding.Latin1.GetString(bytes);
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            builder.Append(character is >= '\u0080' and <= '\u009F' ? Windows1252High[character - 0x80] : character);
        }

        return (builder.ToString(), "Windows-1252", "windows-1252",
            $"'{file.FileName}' is geen UTF-8; gelezen als Windows-1252 (ANSI). Controleer letters met accenten (é, ë) in het voorbeeld.");
    }

    /// <summary>What Windows-1252 puts at 0x80–0x9F, where Latin-1 has control characters (the five undefined bytes are refused above).</summary>
    private const string Windows1252High =
        "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    private static string Strict(ImportFile file, Encoding encoding, byte[] bytes, int bomLength)
    {
        try
        {
            return encoding.GetString(bytes, bomLength, bytes.Length - bomLength);
        }
        catch (DecoderFallbackException)
        {
            throw Refused($"'{file.FileName}' begint als {encoding.WebName.ToUpperInvariant()}-tekst, maar bevat bytes die dat niet zijn. "
                + "Sla het bestand opnieuw op als UTF-8.");
        }
    }

    private static string? KnownBinaryFormat(byte[] bytes) =>
        StartsWith(bytes, "%PDF-"u8) ? "PDF-bestand"
        : StartsWith(bytes, 0x50, 0x4B, 0x03, 0x04) ? "ZIP-bestand (zoals een Word- of Excel-bestand, .docx/.xlsx)"
        : StartsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0) ? "ouder Office-bestand (.doc/.xls)"
        : StartsWith(bytes, 0x89, 0x50, 0x4E, 0x47) ? "afbeelding (PNG)"
        : StartsWith(bytes, 0xFF, 0xD8, 0xFF) ? "afbeelding (JPEG)"
        : StartsWith(bytes, "GIF8"u8) ? "afbeelding (GIF)"
        : StartsWith(bytes, 0x1F, 0x8B) ? "gecomprimeerd bestand (gzip)"
        : null;

    /// <summary>UTF-16 text without a byte order mark has a zero byte in every other position for Latin text.</summary>
    private static bool LooksLikeUtf16WithoutBom(byte[] bytes)
    {
        var sample = Math.Min(bytes.Length, 4096);
        var zeros = 0;
        for (var index = 0; index < sample; index++)
        {
            zeros += bytes[index] == 0 ? 1 : 0;
        }

        return zeros > sample / 4;
    }

    /// <summary>More than 1 in 20 characters a control character other than tab, line ends and form feed: not text.</summary>
    private static bool LooksBinary(string text)
    {
        var controls = 0;
        foreach (var character in text)
        {
            if (char.IsControl(character) && character is not ('\t' or '\n' or '\r' or '\f'))
            {
                controls++;
            }
        }

        return controls > 0 && controls * 20 > text.Length;
    }

    private static string ContentTypeOf(string fileName, string charset)
    {
        var mediaType = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".tsv" or ".tab" => "text/tab-separated-values",
            ".csv" => "text/csv",
            ".md" or ".markdown" => "text/markdown",
            ".htm" or ".html" => "text/html",
            _ => "text/plain",
        };
        return $"{mediaType}; charset={charset}";
    }

    private static bool StartsWith(byte[] bytes, params byte[] prefix) => bytes.AsSpan().StartsWith(prefix);

    private static bool StartsWith(byte[] bytes, ReadOnlySpan<byte> prefix) => bytes.AsSpan().StartsWith(prefix);

    private static ImportFailedException Refused(string message) => new(new ImportProblem(0, null, message));
}
