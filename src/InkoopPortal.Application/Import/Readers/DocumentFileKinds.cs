using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace InkoopPortal.Application.Import.Readers;

/// <summary>What an imported file is, told by its bytes (ADR-032): the name never decides.</summary>
public enum DocumentFileKind
{
    /// <summary>Anything else: read as text (<see cref="SourceFiles.SourceFileDecoder"/>), which refuses what is no text.</summary>
    Text,

    Pdf,

    /// <summary>A .docx (a zip with <c>word/document.xml</c>).</summary>
    Word,

    /// <summary>A saved web page.</summary>
    WebPage,
}

/// <summary>Sniffs the kind of an imported file from its first bytes, the way a browser sniffs a download.</summary>
public static partial class DocumentFileKinds
{
    /// <summary>PDF readers accept the header anywhere in the first 1024 bytes (ISO 32000-1, annex H).</summary>
    private const int PdfHeaderWindow = 1024;

    /// <summary>How far into a web page its <c>&lt;head&gt;</c> or <c>&lt;body&gt;</c> may stand and still make it one.</summary>
    private const int HtmlWindow = 4096;

    public static DocumentFileKind Of(byte[] bytes)
    {
        if (bytes.AsSpan(0, Math.Min(bytes.Length, PdfHeaderWindow)).IndexOf("%PDF-"u8) >= 0)
        {
            return DocumentFileKind.Pdf;
        }

        if (bytes.AsSpan().StartsWith("PK\u0003\u0004"u8) && IsWordPackage(bytes))
        {
            return DocumentFileKind.Word;
        }

        return IsWebPage(bytes) ? DocumentFileKind.WebPage : DocumentFileKind.Text;
    }

    /// <summary>The media type an original of <paramref name="kind"/> is served with; null for text (its charset decides).</summary>
    public static string? ContentTypeOf(DocumentFileKind kind) => kind switch
    {
        DocumentFileKind.Pdf => "application/pdf",
        DocumentFileKind.Word => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        DocumentFileKind.WebPage => "text/html",
        _ => null,
    };

    /// <summary>A zip that is not a Word file (an .xlsx, a corrupt zip) stays a zip: the text path refuses it by name.</summary>
    private static bool IsWordPackage(byte[] bytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return archive.Entries.Any(entry => entry.FullName.Equals("word/document.xml", StringComparison.OrdinalIgnoreCase));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>
    /// After a byte order mark, white space and comments the page starts with <c>&lt;!doctype html</c>, or with an
    /// <c>html</c>, <c>head</c>, <c>body</c>, <c>meta</c>, <c>title</c>, <c>link</c> or <c>base</c> tag.
    /// </summary>
    private static bool IsWebPage(byte[] bytes)
    {
        var window = bytes.AsSpan(0, Math.Min(bytes.Length, HtmlWindow));
        if (window.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            window = window[3..];
        }

        // Latin-1 maps every byte to one character, so positions and ASCII tags survive any encoding of the page.
        var head = Encoding.Latin1.GetString(window);
        var start = 0;
        while (true)
        {
            while (start < head.Length && char.IsWhiteSpace(head[start]))
            {
                start++;
            }

            if (string.CompareOrdinal(head, start, "<!--", 0, 4) != 0)
            {
                break;
            }

            var end = head.IndexOf("-->", start + 4, StringComparison.Ordinal);
            if (end < 0)
            {
                return false;
            }

            start = end + 3;
        }

        // The first tag decides, as in a browser's sniffing: a comparison table whose cells hold HTML (even a
        // "<body onload=…>" an attacker wrote) starts with its title, not with a page's opening tag.
        var rest = head[start..];
        return PageStart().IsMatch(rest);
    }

    [GeneratedRegex(@"^<(!doctype\s+html|html|head|body|meta|title|link|base)[\s/>]", RegexOptions.IgnoreCase)]
    private static partial Regex PageStart();
}
