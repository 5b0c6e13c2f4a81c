using System.Text.RegularExpressions;
using InkoopPortal.Application.Content;

namespace InkoopPortal.Application.Import.PolicyText;

/// <summary>
/// Turns a piece of source text into plain text: HTML tags and Markdown links give way to their text, emphasis
/// markers are dropped, white space is normalised. The result is escaped again when it is written as Markdown.
/// </summary>
internal static partial class InlineText
{
    public static string Clean(string text)
    {
        var cleaned = HtmlLink().Replace(text, "${text}");
        cleaned = HtmlTag().Replace(cleaned, " ");
        cleaned = MarkdownLink().Replace(cleaned, match => LinkText(match.Groups["text"].Value, match.Groups["target"].Value));
        cleaned = AsteriskRun().Replace(cleaned, "");
        cleaned = SingleEmphasis().Replace(cleaned, "${text}");
        cleaned = System.Net.WebUtility.HtmlDecode(cleaned);
        cleaned = MarkdownText.NormalizeWhitespace(cleaned);
        return SpaceBeforePunctuation().Replace(cleaned, "$1");
    }

    /// <summary>The paragraphs of a cell written as "&lt;p&gt;...&lt;/p&gt; &lt;p&gt;...&lt;/p&gt;", cleaned; the whole cell when it has none.</summary>
    public static IReadOnlyList<string> Paragraphs(string cell)
    {
        var paragraphs = HtmlParagraph().Matches(cell).Select(match => Clean(match.Groups["text"].Value)).Where(text => text.Length > 0).ToList();
        var rest = Clean(HtmlParagraph().Replace(cell, ""));
        if (rest.Length > 0)
        {
            paragraphs.Add(rest);
        }

        return paragraphs;
    }

    private static string LinkText(string text, string target) =>
        target.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !text.Contains(target, StringComparison.OrdinalIgnoreCase)
            ? $"{text} ({target})"
            : text;

    [GeneratedRegex(@"<a\s[^>]*>(?<text>.*?)</a>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLink();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"<p\b[^>]*>(?<text>.*?)</p>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlParagraph();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\((?<target>[^)\s]*)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\*{2,}")]
    private static partial Regex AsteriskRun();

    [GeneratedRegex(@"(?<![\w*])[*_](?<text>[^\s*_](?:[^*_]*[^\s*_])?)[*_](?![\w*])")]
    private static partial Regex SingleEmphasis();

    [GeneratedRegex(@"\s+([.,;:](?:\s|$))")]
    private static partial Regex SpaceBeforePunctuation();
}
