using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace InkoopPortal.Application.Import.Readers.Html;

/// <summary>
/// Reads a saved web page with AngleSharp into the policy-text form (ADR-032, "Saved web pages"): the page's main
/// content without its site chrome (<see cref="HtmlMainContent"/>), written as headings, paragraphs, lists and tables
/// (<see cref="HtmlPolicyTextWriter"/>). A web page has no pages. Refused in Dutch: not HTML, no readable main
/// content (a cookie wall, a script shell), or mostly unreadable text.
/// </summary>
public static partial class HtmlDocumentReader
{
    /// <summary>Fewer words of text than this outside headings: nothing a policy can be read from.</summary>
    private const int MinimumContentWords = 25;

    /// <exception cref="ImportFailedException">The file is not a readable web page; nothing was stored.</exception>
    public static ReadDocument Read(byte[] bytes, string fileName)
    {
        if (!LooksLikeHtml(bytes))
        {
            throw Refused($"'{fileName}' is geen webpagina (HTML). Sla de pagina in de browser op met 'Opslaan als…' "
                + "(webpagina, alleen HTML of volledig) en importeer dat bestand.");
        }

        var document = Parse(bytes);
        var baseUri = HtmlLinks.BaseOf(document);
        var content = HtmlMainContent.Find(document);
        var text = HtmlPolicyTextWriter.Write(content.Roots, content.Title, baseUri);

        if (UnreadableText.TooMuch(text) is { } percent)
        {
            throw Refused($"De tekst van '{fileName}' is grotendeels onleesbaar ({percent} % onbekende tekens; "
                + "de tekenset van de pagina klopt niet). Sla de pagina opnieuw op of importeer de tekst als .txt.");
        }

        var contentWords = text.Split('\n').Where(line => !line.StartsWith('#'))
            .Sum(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsLetterOrDigit)));
        if (contentWords < MinimumContentWords)
        {
            throw Refused($"'{fileName}' bevat geen leesbare beleidstekst: zonder menu, cookiemelding en voettekst blijft (bijna) niets over. "
                + "Is de pagina opgeslagen voordat ze geladen was, of toont ze alleen een cookiemelding? Sla de pagina op nadat de tekst "
                + "zichtbaar is, of importeer de PDF of de tekst.");
        }

        return ReadDocument.WithoutPages(text);
    }

    /// <summary>
    /// The page's encoding as a browser finds it (AngleSharp: byte order mark, then &lt;meta charset&gt; or
    /// http-equiv), with two corrections for saved files: bytes that are valid UTF-8 are read as UTF-8 even when the
    /// page still declares its old legacy encoding (a page saved again as UTF-8), and bytes that are not valid UTF-8
    /// without any declaration are read as windows-1252, the default of a Dutch browser, instead of becoming U+FFFD.
    /// </summary>
    private static IHtmlDocument Parse(byte[] bytes)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument(new MemoryStream(bytes, writable: false));
        if (HasByteOrderMark(bytes))
        {
            return document;
        }

        var declaredUtf8 = document.CharacterSet.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
        var validUtf8 = IsValidUtf8(bytes);
        if (!declaredUtf8 && validUtf8 && bytes.Any(value => value >= 0x80) && !IsUtf16(document.CharacterSet))
        {
            return parser.ParseDocument(Encoding.UTF8.GetString(bytes));
        }

        if (declaredUtf8 && !validUtf8)
        {
            return parser.ParseDocument(TextEncoding.Windows1252.GetString(bytes));
        }

        return document;
    }

    private static bool IsUtf16(string characterSet) => characterSet.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase);

    private static bool HasByteOrderMark(byte[] bytes) =>
        bytes is [0xEF, 0xBB, 0xBF, ..] or [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..];

    private static bool IsValidUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Markup near the start of a text file: a doctype, or an html, head, body or common block tag.</summary>
    private static bool LooksLikeHtml(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 4096));
        string start;
        if (head is [0xFE, 0xFF, ..])
        {
            start = Encoding.BigEndianUnicode.GetString(head[2..]);
        }
        else if (head is [0xFF, 0xFE, ..])
        {
            start = Encoding.Unicode.GetString(head[2..]);
        }
        else
        {
            if (head.Contains((byte)0))
            {
                return false;
            }

            start = Encoding.Latin1.GetString(head[(head is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0)..]);
        }

        var trimmed = start.TrimStart();
        return trimmed.StartsWith('<') && HtmlStart().IsMatch(start);
    }

    private static ImportFailedException Refused(string message) => new(new ImportProblem(0, null, message));

    [GeneratedRegex(@"<(?:!doctype\s+html|html|head|body|meta|title|p|div|h[1-6]|table|ul|ol|main|article)[\s>/]", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlStart();
}
