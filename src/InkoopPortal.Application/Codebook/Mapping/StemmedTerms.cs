using InkoopPortal.Application.Search;

namespace InkoopPortal.Application.Codebook.Mapping;

/// <summary>
/// A key term or name as the mapper matches it: its words' stems in order. Stop words stay in a term and in the text
/// it is matched in, so "niet-gecontracteerde" never matches "gecontracteerde".
/// </summary>
internal sealed record StemmedTerm(string Text, string[] Words, string[] Stems)
{
    /// <summary>
    /// Dutch joins words into compounds ("duurzaamheidsbeleid", "zorginkoopproces"): a one-word term of at least this
    /// many letters also matches a word that starts or ends with it (the word as written, not its stem: stems are cut
    /// short, "bereikbaarheid" → "bereik", and would match "bereiken").
    /// </summary>
    private const int CompoundPartLength = 6;

    /// <summary>
    /// A stem this short is matched only as the whole word it was written as: the stemmer cuts other words down to it
    /// ("weten" → "wet", "regionaal" and "rom" are safe, but "wet" must not match "weten").
    /// </summary>
    private const int ShortStemLength = 3;

    public static StemmedTerm? From(string text)
    {
        var words = StemmedWords.Of(text, keepStopWords: true);
        return words.Count == 0 ? null : new StemmedTerm(text.Trim().ToLowerInvariant(), words.Select(word => word.Word).ToArray(), words.Select(word => word.Stem).ToArray());
    }

    /// <summary>Where the term occurs in <paramref name="words"/> (read with stop words kept): the first word of each occurrence.</summary>
    public IEnumerable<int> Occurrences(IReadOnlyList<StemmedWord> words)
    {
        for (var start = 0; start + Stems.Length <= words.Count; start++)
        {
            if (MatchesAt(words, start))
            {
                yield return start;
            }
        }
    }

    /// <summary>Whether the term matches at <paramref name="start"/> by its stems alone, not as part of a compound.</summary>
    public bool IsExactAt(IReadOnlyList<StemmedWord> words, int start)
    {
        for (var index = 0; index < Stems.Length; index++)
        {
            if (start + index >= words.Count || !SameWord(words[start + index], index))
            {
                return false;
            }
        }

        return true;
    }

    private bool MatchesAt(IReadOnlyList<StemmedWord> words, int start)
    {
        if (Stems.Length == 1)
        {
            var word = words[start];
            return SameWord(word, 0) ||
                   Words[0].Length >= CompoundPartLength && word.Word.Length > Words[0].Length &&
                   (word.Word.StartsWith(Words[0], StringComparison.Ordinal) || word.Word.EndsWith(Words[0], StringComparison.Ordinal));
        }

        return IsExactAt(words, start);
    }

    private bool SameWord(StemmedWord word, int index) =>
        Stems[index].Length <= ShortStemLength ? word.Word == Words[index] : word.Stem == Stems[index];
}

/// <summary>A word of a text, normalized (<see cref="Word"/>) and stemmed.</summary>
internal readonly record struct StemmedWord(string Word, string Stem);

internal static class StemmedWords
{
    /// <summary>The words of a text, normalized and stemmed with <see cref="DutchText"/>; stop words left out unless asked.</summary>
    public static List<StemmedWord> Of(string text, bool keepStopWords = false) =>
        DutchText.Tokenize(text)
            .Where(token => keepStopWords || !DutchText.IsStopWord(token.Word))
            .Select(token => new StemmedWord(token.Word, DutchText.Stem(token.Word)))
            .ToList();
}
