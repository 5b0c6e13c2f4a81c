using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace InkoopPortal.Application.Search;

/// <summary>
/// The snippet of a hit: a window of about <see cref="WindowWords"/> words around the best match, with the words
/// that match the query (any form with the same stem) in <c>&lt;mark&gt;</c> and everything else HTML-encoded.
/// Computed in the application for the hits shown only, with the stemmer of <see cref="DutchText"/>, so both
/// providers give the same snippet.
/// </summary>
public static class SnippetHighlighter
{
    public const int WindowWords = 30;

    /// <summary>How many words the window shows before the first match it is placed on.</summary>
    private const int LeadWords = 6;

    private const string Ellipsis = "…";
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The stems the snippet marks: those of the query's positive words.</summary>
    public static HashSet<string> MarkedStems(SearchQuery query) =>
        query.PositiveTerms.SelectMany(term => term.Words)
            .Select(DutchText.Stem)
            .ToHashSet(StringComparer.Ordinal);

    public static string Highlight(string text, SearchQuery query) => Highlight(text, MarkedStems(query));

    public static string Highlight(string text, IReadOnlySet<string> stems)
    {
        var tokens = DutchText.Tokenize(text);
        if (tokens.Count == 0)
        {
            return Encoder.Encode(text);
        }

        var matched = FindMatches(tokens, stems);
        var (first, end) = BestWindow(tokens, matched);
        var html = new StringBuilder(text.Length / 2 + 64);
        if (first > 0)
        {
            html.Append(Ellipsis);
        }

        var position = first == 0 ? 0 : tokens[first].Start;
        for (var index = first; index < end; index++)
        {
            if (matched[index] is null)
            {
                continue;
            }

            var token = tokens[index];
            html.Append(Encoder.Encode(text[position..token.Start]))
                .Append("<mark>")
                .Append(Encoder.Encode(text.Substring(token.Start, token.Length)))
                .Append("</mark>");
            position = token.Start + token.Length;
        }

        var stop = end == tokens.Count ? text.Length : tokens[end - 1].Start + tokens[end - 1].Length;
        html.Append(Encoder.Encode(text[position..stop]));
        if (end < tokens.Count)
        {
            html.Append(Ellipsis);
        }

        return html.ToString();
    }

    /// <summary>Per token, the stem it matched, or null. A stem keeps its word's first letter, so most words are never stemmed here.</summary>
    private static string?[] FindMatches(List<TextToken> tokens, IReadOnlySet<string> stems)
    {
        var firstLetters = new HashSet<char>(stems.Where(stem => stem.Length > 0).Select(stem => stem[0]));
        var matched = new string?[tokens.Count];
        for (var index = 0; index < tokens.Count; index++)
        {
            var word = tokens[index].Word;
            if (firstLetters.Contains(word[0]) && DutchText.Stem(word) is var stem && stems.Contains(stem))
            {
                matched[index] = stem;
            }
        }

        return matched;
    }

    /// <summary>The window with the most different query words, then the most matches; the earliest of equals.</summary>
    private static (int First, int End) BestWindow(List<TextToken> tokens, string?[] matched)
    {
        var best = (First: 0, End: Math.Min(tokens.Count, WindowWords));
        var bestScore = (Distinct: -1, Count: -1);
        for (var index = 0; index < tokens.Count; index++)
        {
            if (matched[index] is null)
            {
                continue;
            }

            var first = Math.Max(0, index - LeadWords);
            var end = Math.Min(tokens.Count, first + WindowWords);
            first = Math.Max(0, end - WindowWords);
            var inWindow = matched[first..end].Where(stem => stem is not null).ToList();
            var score = (Distinct: inWindow.Distinct().Count(), Count: inWindow.Count);
            if (score.Distinct > bestScore.Distinct || (score.Distinct == bestScore.Distinct && score.Count > bestScore.Count))
            {
                best = (first, end);
                bestScore = score;
            }
        }

        return best;
    }
}
