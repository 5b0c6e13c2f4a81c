using System.Text.RegularExpressions;

namespace InkoopPortal.Application.Content;

/// <summary>
/// Markdig numbers the footnotes of every rendered body from 1 (<c>id="fn:1"</c>, <c>href="#fnref:1"</c>). Where several
/// bodies share a page (the matrix, the topic timeline, the import preview) those ids would repeat and every link
/// would jump to the first cell's note, so each body's ids and links get a prefix of their own (e.g. the cell's id).
/// </summary>
public static partial class FootnoteIds
{
    // In sanitized HTML "<" in text is escaped, so "<...>" is always a tag; only attributes inside tags are changed
    // (text may well read id="fn:1").
    [GeneratedRegex("<[a-zA-Z][^<>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("""(?<attribute>\s(?:id="|href="#))(?<kind>fnref|fn):""")]
    private static partial Regex FootnoteAttribute();

    /// <summary>The HTML with "fn:1" and "fnref:1" made "{prefix}-fn:1" and "{prefix}-fnref:1", links included.</summary>
    public static string Scope(string html, string prefix) =>
        html.Contains("fn", StringComparison.Ordinal)
            ? Tag().Replace(html, tag => FootnoteAttribute().Replace(
                tag.Value, match => $"{match.Groups["attribute"].Value}{prefix}-{match.Groups["kind"].Value}:"))
            : html;
}
