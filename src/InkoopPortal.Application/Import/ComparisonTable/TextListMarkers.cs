using System.Globalization;
using System.Text.RegularExpressions;

namespace InkoopPortal.Application.Import.ComparisonTable;

internal enum TextMarkerKind
{
    Bullet,
    Number,
    LowerLetter,
    UpperLetter,
}

/// <summary>
/// A list marker typed at the start of a line of a cell: a bullet ("–", "-", "•", "*"...) or a number or letter
/// followed by "." or ")" ("1.", "1)", "a.", "a)"). <see cref="Symbol"/> tells kinds apart ("-" and "•" are different
/// lists, as are "1." and "1)"); <see cref="Value"/> is the number (a = 1).
/// </summary>
internal readonly record struct TextMarker(TextMarkerKind Kind, char Symbol, int Value)
{
    public bool IsOrdered => Kind != TextMarkerKind.Bullet;
}

internal static partial class TextListMarkers
{
    // A bullet, or up to two digits or one letter with "." or ")", then white space and text: "1.000" and "a.s.r."
    // are not markers, and neither is a lone dash (a cell that says "–").
    [GeneratedRegex(@"^(?:(?<bullet>[–—\-*•◦▪])|(?<number>[0-9]{1,2})(?<close>[.)])|(?<letter>[a-zA-Z])(?<close>[.)]))\s+(?=\S)")]
    private static partial Regex Marker();

    // Symbols that are bullets even without a space after them ("•Item", as Word pastes).
    [GeneratedRegex(@"^(?<bullet>[•◦▪])(?=\S)")]
    private static partial Regex TightBullet();

    /// <summary>Reads a marker at the start of <paramref name="text"/> (leading white space already removed).</summary>
    public static bool TryRead(string text, out TextMarker marker, out int length)
    {
        var match = Marker().Match(text);
        if (!match.Success)
        {
            match = TightBullet().Match(text);
        }

        length = match.Success ? match.Length : 0;
        marker = default;
        if (!match.Success)
        {
            return false;
        }

        if (match.Groups["bullet"].Success)
        {
            marker = new TextMarker(TextMarkerKind.Bullet, match.Groups["bullet"].Value[0], 0);
        }
        else if (match.Groups["number"].Success)
        {
            marker = new TextMarker(TextMarkerKind.Number, match.Groups["close"].Value[0], int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture));
        }
        else
        {
            var letter = match.Groups["letter"].Value[0];
            marker = char.IsLower(letter)
                ? new TextMarker(TextMarkerKind.LowerLetter, match.Groups["close"].Value[0], letter - 'a' + 1)
                : new TextMarker(TextMarkerKind.UpperLetter, match.Groups["close"].Value[0], letter - 'A' + 1);
        }

        return true;
    }

    /// <summary>The width of the white space a line starts with (a tab counts as four).</summary>
    public static int Indentation(string line)
    {
        var width = 0;
        foreach (var character in line)
        {
            if (character == '\t')
            {
                width += 4;
            }
            else if (char.IsWhiteSpace(character))
            {
                width++;
            }
            else
            {
                break;
            }
        }

        return width;
    }
}

/// <summary>
/// Decides how deep a typed list item is nested. Deeper indentation nests; at the same indentation a marker of the
/// kind of an open level continues that level, and a marker of another kind nests under the item before it ("1."
/// with "a." under it, a dash after a number). A number or letter only starts an item as the first of its list
/// (1 or a) or as the next one (3 after 2), so "2. keer" or "art. 3." on a new line stays text; only the first line
/// of a cell may start anywhere ("c) ..."), because a continuation row may go on with a list that began above it.
/// </summary>
internal sealed class TextListNesting
{
    private sealed record Level(TextMarkerKind Kind, char Symbol, int Indent, int Value);

    private readonly List<Level> _levels = [];

    public void Reset() => _levels.Clear();

    /// <summary>The depth of the item (0 = top level), or null when the marker does not start an item here.</summary>
    public int? Place(TextMarker marker, int indent, bool mayStartAnywhere)
    {
        var open = _levels.Count;
        while (open > 0 && _levels[open - 1].Indent > indent)
        {
            open--;
        }

        for (var index = open - 1; index >= 0 && _levels[index].Indent == indent; index--)
        {
            var level = _levels[index];
            if (level.Kind != marker.Kind || level.Symbol != marker.Symbol)
            {
                continue;
            }

            if (marker.IsOrdered && marker.Value != level.Value + 1)
            {
                return null;
            }

            _levels.RemoveRange(index, _levels.Count - index);
            _levels.Add(level with { Value = marker.Value });
            return index;
        }

        // Not for capitals: a cell may start with an initial ("J. de Vries").
        if (marker.IsOrdered && marker.Value != 1 && !(mayStartAnywhere && marker.Kind != TextMarkerKind.UpperLetter))
        {
            return null;
        }

        _levels.RemoveRange(open, _levels.Count - open);
        _levels.Add(new Level(marker.Kind, marker.Symbol, indent, marker.Value));
        return open;
    }
}
