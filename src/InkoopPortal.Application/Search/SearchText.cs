using System.Net;
using System.Text;
using InkoopPortal.Application.Content;

namespace InkoopPortal.Application.Search;

/// <summary>The plain text of stored rich text: what is searched and what snippets are cut from.</summary>
public static class SearchText
{
    /// <summary>Tags that separate words (blocks, line breaks, footnote numbers); other tags (emphasis, links) sit inside words.</summary>
    private static readonly HashSet<string> SeparatingTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "li", "ul", "ol", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr",
        "table", "thead", "tbody", "tr", "td", "th", "sup", "sub", "dl", "dt", "dd",
    };

    /// <summary>Markdig's footnote back-reference arrow: not text anyone wrote.</summary>
    private const char FootnoteBackReference = '\u21A9';

    /// <summary>The text of sanitized HTML (as stored beside the Markdown), with white space collapsed.</summary>
    public static string FromHtml(string html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var text = new StringBuilder(html.Length);
        var index = 0;
        while (index < html.Length)
        {
            var open = html.IndexOf('<', index);
            if (open < 0)
            {
                text.Append(html, index, html.Length - index);
                break;
            }

            text.Append(html, index, open - index);
            var close = html.IndexOf('>', open);
            if (close < 0)
            {
                break;
            }

            if (SeparatingTags.Contains(TagName(html, open + 1, close)))
            {
                text.Append(' ');
            }

            index = close + 1;
        }

        return Plain(WebUtility.HtmlDecode(text.ToString()).Replace(FootnoteBackReference, ' '));
    }

    /// <summary>Plain text as typed (conditions, deadlines): only the white space is collapsed.</summary>
    public static string Plain(string? text) => string.IsNullOrEmpty(text) ? "" : MarkdownText.NormalizeWhitespace(text);

    /// <summary>Parts joined with " – ", leaving out empty ones.</summary>
    public static string Join(params string?[] parts) =>
        string.Join(" – ", parts.Select(Plain).Where(part => part.Length > 0));

    private static string TagName(string html, int start, int end)
    {
        if (start < end && html[start] == '/')
        {
            start++;
        }

        var length = 0;
        while (start + length < end && char.IsAsciiLetterOrDigit(html[start + length]))
        {
            length++;
        }

        return html.Substring(start, length);
    }
}
