namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>
/// Finds HTML in a cell that cannot be read reliably. Unclosed lists and unbalanced &lt;i&gt; are normal in the
/// memo and are fine; a tag that is cut off ("&lt;ul style=\"...") or a tag we do not understand is not.
/// </summary>
internal static class CellHtmlCheck
{
    private static readonly HashSet<string> SupportedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "ul", "ol", "li", "p", "div", "span", "br", "i", "em", "b", "strong", "u", "sup", "sub", "a", "font",
    };

    /// <summary>A Dutch message describing the first problem, or null when the cell can be read.</summary>
    public static string? FindProblem(string html)
    {
        var index = 0;
        while ((index = html.IndexOf('<', index)) >= 0)
        {
            var nameStart = index + 1 < html.Length && html[index + 1] == '/' ? index + 2 : index + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            // "<" not followed by a tag name is plain text ("< 5 jaar").
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                index++;
                continue;
            }

            var tag = html[nameStart..nameEnd];
            var close = html.IndexOf('>', nameEnd);
            var nextOpen = html.IndexOf('<', nameEnd);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            {
                return $"De HTML in deze cel is beschadigd: de tag <{tag} wordt niet afgesloten met '>'. "
                    + "Controleer de opmaak van deze cel in het bronbestand.";
            }

            if (!SupportedTags.Contains(tag))
            {
                return $"De HTML-tag <{tag}> in deze cel wordt niet ondersteund. "
                    + "Gebruik alleen alinea's, lijsten en cursieve of vette tekst.";
            }

            index = close + 1;
        }

        return null;
    }
}
