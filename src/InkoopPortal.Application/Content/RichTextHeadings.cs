using System.Text.RegularExpressions;

namespace InkoopPortal.Application.Content;

/// <summary>
/// Moves the headings inside stored rich text below the page's own: a statement body that starts with an h2 must
/// not compete with the page's h2 sections. Works on the stored, sanitized HTML, whose tags are well-formed and
/// lower-case; text that looks like a tag is escaped there and never matches.
/// </summary>
public static partial class RichTextHeadings
{
    /// <summary>Renumbers the headings so the highest becomes <paramref name="topLevel"/>, keeping their relative order (at most h6).</summary>
    public static string Shift(string html, int topLevel)
    {
        var levels = HeadingTag().Matches(html).Select(match => match.Groups["level"].Value[0] - '0').ToList();
        if (levels.Count == 0)
        {
            return html;
        }

        var offset = topLevel - levels.Min();
        return offset == 0
            ? html
            : HeadingTag().Replace(html, match =>
                $"<{match.Groups["close"].Value}h{Math.Clamp(match.Groups["level"].Value[0] - '0' + offset, 1, 6)}");
    }

    [GeneratedRegex(@"<(?<close>/?)h(?<level>[1-6])(?=[\s>/])", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingTag();
}
