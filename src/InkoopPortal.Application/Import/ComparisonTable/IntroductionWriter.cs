using System.Text;
using System.Text.RegularExpressions;
using InkoopPortal.Application.Content;

namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>
/// Writes the memo's opening paragraphs as Markdown. Links written as [text](address) stay links when the address
/// is a web address; placeholders such as "(#)" keep only their text.
/// </summary>
internal static partial class IntroductionWriter
{
    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\((?<url>[^)\s]*)\)")]
    private static partial Regex Link();

    public static string? Write(IReadOnlyList<string> paragraphs) =>
        paragraphs.Count == 0 ? null : string.Join("\n\n", paragraphs.Select(WriteParagraph));

    private static string WriteParagraph(string text)
    {
        text = MarkdownText.NormalizeWhitespace(text);
        var builder = new StringBuilder();
        var position = 0;
        foreach (Match link in Link().Matches(text))
        {
            builder.Append(Escape(text[position..link.Index], builder.Length == 0));
            var linkText = MarkdownText.EscapeInline(link.Groups["text"].Value);
            var url = link.Groups["url"].Value;
            builder.Append(IsWebAddress(url) ? $"[{linkText}]({url})" : linkText);
            position = link.Index + link.Length;
        }

        builder.Append(Escape(text[position..], builder.Length == 0));
        return builder.ToString();
    }

    private static string Escape(string text, bool isParagraphStart) =>
        isParagraphStart ? MarkdownText.EscapeParagraph(text) : MarkdownText.EscapeInline(text);

    private static bool IsWebAddress(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
}
