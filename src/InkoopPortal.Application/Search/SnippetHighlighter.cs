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
        var words = FindWords(text, stems);
        if (words.Count == 0)
        {
            return Encoder.Encode(text);
        }

        var (first, end) = BestWindow(words);
        var html = new StringBuilder(text.Length / 2 + 64);
        if (first > 0)
        {
            html.Append(Ellipsis);
        }

        var position = first == 0 ? 0 : words[first].Start;
        for (var index = first; index < end; index++)
        {
            var word = words[index];
            if (word.Stem is null)
            {
                continue;
            }

            html.Append(Encoder.Encode(text[position..word.Start]))
                .Append("<mark>")
                .Append(Encoder.Encode(text.Substring(word.Start, word.Length)))
                .Append("</mark>");
            position = word.Start + word.Length;
        }

        var stop = end == words.Count ? text.Length : words[end - 1].Start + words[end - 1].Length;
        html.Append(Encoder.Encode(text[position..stop]));
        if (end < words.Count)
        {
            html.Append(Ellipsis);
        }

        return html.ToString();
    }

    /// <summary>A word of the text and the query stem it matched, if any.</summary>
    private readonly record struct Word(int Start, int Length, string? Stem);

    /// <summary>
    /// The words of the text (as <see cref="DutchText.Tokenize"/> finds them) and which match. A stem keeps its word's
    /// first letter, so only words starting like a query stem are normalized and stemmed: most words cost nothing.
    /// </summary>
    private static List<Word> FindWords(string text, IReadOnlySet<string> stems)
    {
        var firstLetters = new HashSet<char>(stems.Where(stem => stem.Length > 0).Select(stem => stem[0]));
        var words = new List<Word>(text.Length / 6);
        var index = 0;
        while (index < text.Length)
        {
            if (!DutchText.IsWordCharacter(text[index]))
            {
                index++;
                continue;
            }

            var start = index;
            while (index < text.Length && DutchText.IsWordCharacter(text[index]))
            {
                index++;
            }

            string? matched = null;
            if (firstLetters.Contains(FoldedFirstLetter(text[start])))
            {
                var stem = DutchText.Stem(DutchText.Normalize(text.AsSpan(start, index - start)));
                matched = stems.Contains(stem) ? stem : null;
            }

            words.Add(new Word(start, index - start, matched));
        }

        return MarkCompounds(text, words, stems, firstLetters);
    }

    /// <summary>A hyphenated compound whose joined form matches ("e-health" for "ehealth") is marked as one word.</summary>
    private static List<Word> MarkCompounds(string text, List<Word> words, IReadOnlySet<string> stems, HashSet<char> firstLetters)
    {
        var runs = DutchText.CompoundRuns(text, words, word => word.Start, word => word.Start + word.Length)
            .Where(run => firstLetters.Contains(FoldedFirstLetter(text[words[run.First].Start])))
            .ToList();
        if (runs.Count == 0)
        {
            return words;
        }

        var marked = new List<Word>(words.Count);
        var next = 0;
        foreach (var (first, count) in runs)
        {
            var parts = words.Skip(first).Take(count).ToList();
            var stem = DutchText.Stem(string.Concat(parts.Select(part => DutchText.Normalize(text.AsSpan(part.Start, part.Length)))));
            if (!stems.Contains(stem))
            {
                continue;
            }

            marked.AddRange(words.Skip(next).Take(first - next));
            marked.Add(new Word(parts[0].Start, parts[^1].Start + parts[^1].Length - parts[0].Start, stem));
            next = first + count;
        }

        marked.AddRange(words.Skip(next));
        return marked;
    }

    private static char FoldedFirstLetter(char character) =>
        character <= 0x7F ? char.ToLowerInvariant(character) : DutchText.Normalize([character]) is { Length: > 0 } folded ? folded[0] : character;

    /// <summary>The window with the most different query words, then the most matches; the earliest of equals.</summary>
    private static (int First, int End) BestWindow(List<Word> words)
    {
        var best = (First: 0, End: Math.Min(words.Count, WindowWords));
        var bestScore = (Distinct: -1, Count: -1);
        for (var index = 0; index < words.Count; index++)
        {
            if (words[index].Stem is null)
            {
                continue;
            }

            var first = Math.Max(0, index - LeadWords);
            var end = Math.Min(words.Count, first + WindowWords);
            first = Math.Max(0, end - WindowWords);
            var inWindow = words.Skip(first).Take(end - first).Select(word => word.Stem).OfType<string>().ToList();
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
