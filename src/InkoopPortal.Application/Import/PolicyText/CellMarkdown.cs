using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using InkoopPortal.Application.Content;

namespace InkoopPortal.Application.Import.PolicyText;

/// <summary>
/// Writes one table cell of a policy text (a change table's "Wijziging") as Markdown. Paragraphs (&lt;p&gt;) stay
/// paragraphs; lists become Markdown lists with their nesting, whether they are HTML (&lt;ul&gt;, &lt;ol&gt;, &lt;li&gt;,
/// also a &lt;ul&gt; with "– item" text inside) or text markers: "•", "–" or "-" at the start of the cell or of a line
/// (&lt;br&gt;), or several after a colon ("Toegevoegd: - eis A - eis B"), and numbered "1." / "1)" or lettered "a." items
/// counting up from 1 or a. Two kinds of marker in one list nest: the one that comes first is the outer list.
/// </summary>
internal static partial class CellMarkdown
{
    /// <summary>A paragraph (<see cref="Depth"/> -1) or a list item at a depth.</summary>
    private sealed record Piece(int Depth, bool Ordered, string Text);

    private sealed record Marker(int Index, int Length, int Family, int Value);

    private const int Paragraph = -1;
    private const int BulletFamily = 0;
    private const int NumberFamily = 1;
    private const int LetterFamily = 2;

    public static string Write(string cell)
    {
        var pieces = new List<Piece>();
        if (Markup().IsMatch(cell))
        {
            // A tag separates words, also one the parser drops ("zorg</ul>tekst"), as InlineText.Clean has it.
            if (new HtmlParser().ParseDocument(AnyTag().Replace(cell, " $0 ")).Body is { } body)
            {
                var inline = new StringBuilder();
                Visit(body, Paragraph, false, false, inline, pieces);
                Flush(inline, Paragraph, pieces);
            }
        }
        else
        {
            pieces.AddRange(FromText(cell, Paragraph));
        }

        return Render(pieces);
    }

    /// <param name="listDepth">The depth of the list the node is in; -1 outside any list.</param>
    /// <param name="inItem">True inside an &lt;li&gt;: its text is the item's, not items of its own.</param>
    private static void Visit(INode node, int listDepth, bool ordered, bool inItem, StringBuilder inline, List<Piece> pieces)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    inline.Append(text.Data);
                    break;
                case IElement { LocalName: "ul" or "ol" } list:
                    if (!inItem)
                    {
                        Flush(inline, listDepth, pieces);
                    }

                    var listText = new StringBuilder();
                    Visit(list, listDepth + 1, list.LocalName == "ol", false, listText, pieces);
                    Flush(listText, listDepth + 1, pieces);
                    break;
                case IElement { LocalName: "li" } item:
                    var depth = Math.Max(listDepth, 0);
                    Flush(inline, depth, pieces);
                    var own = new StringBuilder();
                    var nested = new List<Piece>();
                    Visit(item, depth, ordered, true, own, nested);
                    if (InlineText.Clean(own.ToString()) is { Length: > 0 } itemText)
                    {
                        pieces.Add(new Piece(depth, ordered, itemText));
                    }

                    pieces.AddRange(nested);
                    break;
                case IElement { LocalName: "p" or "div" } paragraph when inItem:
                    inline.Append(' ');
                    Visit(paragraph, listDepth, ordered, inItem, inline, pieces);
                    inline.Append(' ');
                    break;
                case IElement { LocalName: "p" or "div" } paragraph:
                    // Outside a list a paragraph; directly in a list (no <li>) an unmarked item.
                    Flush(inline, listDepth, pieces);
                    Visit(paragraph, listDepth, ordered, inItem, inline, pieces);
                    Flush(inline, listDepth, pieces);
                    break;
                case IElement { LocalName: "br" }:
                    inline.Append('\n');
                    break;
                case IElement { LocalName: "script" or "style" }:
                    break;
                case IElement element:
                    Visit(element, listDepth, ordered, inItem, inline, pieces);
                    break;
            }
        }
    }

    /// <summary>The text collected so far: outside a list paragraphs (split by their markers), directly in a list items at its depth.</summary>
    private static void Flush(StringBuilder inline, int listDepth, List<Piece> pieces)
    {
        var text = inline.ToString();
        inline.Clear();
        if (!string.IsNullOrWhiteSpace(text))
        {
            pieces.AddRange(listDepth < 0 ? FromText(text, Paragraph) : FromText(text, listDepth - 1, forceList: true));
        }
    }

    /// <summary>Text lines (split at &lt;br&gt;) as paragraphs and list items; <paramref name="outerDepth"/> is the depth of the list around it.</summary>
    private static IEnumerable<Piece> FromText(string text, int outerDepth, bool forceList = false)
    {
        var lines = text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        foreach (var line in lines)
        {
            // In a cell of several lines (<br>) a list has one item per line: "1. a" on its own line is an item.
            var markers = Markers(line, forceList, onePerLine: lines.Count > 1);
            if (markers.Count == 0)
            {
                var cleaned = InlineText.Clean(line);
                if (cleaned.Length > 0)
                {
                    yield return forceList ? new Piece(outerDepth + 1, false, cleaned) : new Piece(Paragraph, false, cleaned);
                }

                continue;
            }

            var intro = InlineText.Clean(line[..markers[0].Index]);
            if (intro.Length > 0)
            {
                yield return forceList ? new Piece(outerDepth + 1, false, intro) : new Piece(Paragraph, false, intro);
            }

            var families = markers.Select(marker => marker.Family).Distinct().ToList();
            for (var index = 0; index < markers.Count; index++)
            {
                var start = markers[index].Index + markers[index].Length;
                var end = index + 1 < markers.Count ? markers[index + 1].Index : line.Length;
                var itemText = InlineText.Clean(line[start..end]);
                if (itemText.Length > 0)
                {
                    var depth = outerDepth + 1 + families.IndexOf(markers[index].Family);
                    yield return new Piece(depth, markers[index].Family != BulletFamily, itemText);
                }
            }
        }
    }

    /// <summary>The list markers of a line that are really markers (see the class summary), in order.</summary>
    private static List<Marker> Markers(string line, bool forceList, bool onePerLine)
    {
        var candidates = ListMarker().Matches(line)
            .Select(match => new Marker(
                match.Index,
                match.Length,
                match.Groups["bullet"].Success ? BulletFamily : match.Groups["number"].Success ? NumberFamily : LetterFamily,
                match.Groups["number"].Success ? int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture)
                    : match.Groups["letter"].Success ? match.Groups["letter"].Value[0] - 'a' + 1 : 0))
            .ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var intro = line[..candidates[0].Index];
        var listStarts = forceList || candidates[0].Index == 0 || intro.TrimEnd().EndsWith(':');
        var bullets = candidates.Where(marker => marker.Family == BulletFamily).ToList();
        var kept = new List<Marker>();
        // A dash inside a sentence is punctuation: dashes are markers where a list starts, a bullet sign always is.
        if (bullets.Count > 0 && (listStarts || bullets.Any(marker => UnambiguousBullets.Contains(line[marker.Index]))))
        {
            kept.AddRange(listStarts ? bullets : bullets.Where(marker => UnambiguousBullets.Contains(line[marker.Index])));
        }

        foreach (var family in new[] { NumberFamily, LetterFamily })
        {
            var startsLine = onePerLine && candidates[0].Index == 0 && candidates[0].Family == family;
            var sequence = Counting(candidates, family, startsLine ? candidates[0].Value : 1);
            if ((sequence.Count >= 2 && (listStarts || kept.Count > 0 || EndsSentence(line[..sequence[0].Index]))) || (startsLine && sequence.Count >= 1))
            {
                kept.AddRange(sequence);
            }
        }

        return kept.OrderBy(marker => marker.Index).ToList();
    }

    private const string UnambiguousBullets = "•▪◦●";

    /// <summary>Markers of one family that count up from <paramref name="first"/> (1, 2, 3 or a, b, c); the count starts again after a marker of another family.</summary>
    private static List<Marker> Counting(IReadOnlyList<Marker> candidates, int family, int first)
    {
        var sequence = new List<Marker>();
        var expected = first;
        foreach (var marker in candidates)
        {
            if (marker.Family != family)
            {
                if (sequence.Count > 0 && marker.Family != BulletFamily && family == LetterFamily)
                {
                    expected = 1;
                }

                continue;
            }

            if (marker.Value == expected)
            {
                sequence.Add(marker);
                expected++;
            }
        }

        return sequence;
    }

    private static bool EndsSentence(string text) => text.TrimEnd() is var trimmed && (trimmed.Length == 0 || ".:;!?".Contains(trimmed[^1]));

    private static string Render(IReadOnlyList<Piece> pieces)
    {
        var builder = new StringBuilder();
        var indents = new List<int>();
        var numbers = new List<int>();
        Piece? previous = null;
        foreach (var piece in pieces)
        {
            if (previous is not null)
            {
                builder.Append(previous.Depth >= 0 && piece.Depth >= 0 ? "\n" : "\n\n");
            }

            if (piece.Depth == Paragraph)
            {
                builder.Append(MarkdownText.EscapeParagraph(piece.Text));
                indents.Clear();
                numbers.Clear();
            }
            else
            {
                // A nested item is indented to the text of the item it belongs to (CommonMark).
                var depth = Math.Min(piece.Depth, indents.Count);
                if (depth < indents.Count)
                {
                    indents.RemoveRange(depth + 1, indents.Count - depth - 1);
                    numbers.RemoveRange(depth + 1, numbers.Count - depth - 1);
                }

                var indent = depth == 0 ? 0 : indents[depth - 1];
                var number = depth < numbers.Count ? numbers[depth] + 1 : 1;
                var marker = piece.Ordered ? $"{number}. " : "- ";
                if (depth < indents.Count)
                {
                    indents[depth] = indent + marker.Length;
                    numbers[depth] = number;
                }
                else
                {
                    indents.Add(indent + marker.Length);
                    numbers.Add(number);
                }

                builder.Append(' ', indent).Append(marker).Append(MarkdownText.EscapeParagraph(piece.Text));
            }

            previous = piece;
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"<\s*/?\s*(?:p|ul|ol|li|br|div)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex AnyTag();

    /// <summary>"• ", "– ", "- ", "1. ", "1) ", "a. ", "a) " at the start or after white space.</summary>
    [GeneratedRegex(@"(?<=^|\s)(?:(?<bullet>[•▪◦●–—-])|(?<number>\d{1,2})[.)]|(?<letter>[a-z])[.)])\s+")]
    private static partial Regex ListMarker();
}
