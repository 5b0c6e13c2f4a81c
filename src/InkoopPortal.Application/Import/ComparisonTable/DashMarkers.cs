namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>
/// The memo's lists have no &lt;li&gt;: each item starts with a free-standing en dash ("– Doorlopend in '22.").
/// An en dash inside parentheses that close again before the next marker is text: "('20 – '22)".
/// </summary>
internal static class DashMarkers
{
    private const char EnDash = '–';

    /// <summary>
    /// Splits text into segments; <c>StartsItem</c> is true for a segment that follows a marker. The first segment
    /// belongs to whatever came before. <paramref name="itemTextSoFar"/> is the current item's text, so that an
    /// opening parenthesis earlier in the item is taken into account.
    /// </summary>
    public static List<(string Text, bool StartsItem)> Split(string itemTextSoFar, string text)
    {
        var segments = new List<(string Text, bool StartsItem)>();
        var depth = OpenParentheses(itemTextSoFar);
        var segmentStart = 0;
        var startsItem = false;
        for (var index = 0; index < text.Length; index++)
        {
            switch (text[index])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth = Math.Max(0, depth - 1);
                    break;
                case EnDash when IsCandidate(text, index) && !(depth > 0 && ClosesBeforeNextMarker(text, index + 1)):
                    segments.Add((text[segmentStart..index], startsItem));
                    segmentStart = index + 1;
                    startsItem = true;
                    depth = 0;
                    break;
            }
        }

        segments.Add((text[segmentStart..], startsItem));
        return segments;
    }

    private static bool IsCandidate(string text, int index) =>
        (index == 0 || char.IsWhiteSpace(text[index - 1]))
        && (index == text.Length - 1 || char.IsWhiteSpace(text[index + 1]));

    private static bool ClosesBeforeNextMarker(string text, int start)
    {
        var depth = 0;
        for (var index = start; index < text.Length; index++)
        {
            switch (text[index])
            {
                case '(':
                    depth++;
                    break;
                case ')' when depth == 0:
                    return true;
                case ')':
                    depth--;
                    break;
                case EnDash when depth == 0 && IsCandidate(text, index):
                    return false;
            }
        }

        return false;
    }

    private static int OpenParentheses(string text)
    {
        var depth = 0;
        foreach (var character in text)
        {
            depth = character switch
            {
                '(' => depth + 1,
                ')' => Math.Max(0, depth - 1),
                _ => depth,
            };
        }

        return depth;
    }
}
