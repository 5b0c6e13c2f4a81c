using InkoopPortal.Application.Search;

namespace InkoopPortal.Application.Codebook.Mapping;

/// <summary>A key term, alias or name as the mapper matches it: its words' stems in order, stop words left out.</summary>
internal sealed record StemmedTerm(string Text, string[] Words, string[] Stems)
{
    /// <summary>
    /// Dutch joins words into compounds ("duurzaamheidsbeleid", "zorginkoopproces"): a one-word term of at least this
    /// many letters also matches a word that starts or ends with it.
    /// </summary>
    private const int CompoundPartLength = 6;

    public static StemmedTerm? From(string text)
    {
        var words = StemmedWords.Of(text);
        return words.Count == 0 ? null : new StemmedTerm(text.Trim(), words.Select(word => word.Word).ToArray(), words.Select(word => word.Stem).ToArray());
    }

    /// <summary>How often the term occurs in <paramref name="words"/>.</summary>
    public int CountIn(IReadOnlyList<StemmedWord> words)
    {
        var count = 0;
        for (var start = 0; start + Stems.Length <= words.Count; start++)
        {
            if (MatchesAt(words, start))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsCompoundPart(string part, StemmedWord word) =>
        part.Length >= CompoundPartLength && word.Word.Length > part.Length &&
        (word.Word.StartsWith(part, StringComparison.Ordinal) || word.Word.EndsWith(part, StringComparison.Ordinal) ||
         word.Stem.EndsWith(part, StringComparison.Ordinal));

    private bool MatchesAt(IReadOnlyList<StemmedWord> words, int start)
    {
        if (Stems.Length == 1)
        {
            var word = words[start];
            return word.Stem == Stems[0] || IsCompoundPart(Stems[0], word) || IsCompoundPart(Words[0], word);
        }

        for (var index = 0; index < Stems.Length; index++)
        {
            if (words[start + index].Stem != Stems[index])
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A word of a text, normalized (<see cref="Word"/>) and stemmed.</summary>
internal readonly record struct StemmedWord(string Word, string Stem);

internal static class StemmedWords
{
    /// <summary>The words of a text without stop words, normalized and stemmed with <see cref="DutchText"/>.</summary>
    public static List<StemmedWord> Of(string text) =>
        DutchText.Tokenize(text)
            .Where(token => !DutchText.IsStopWord(token.Word))
            .Select(token => new StemmedWord(token.Word, DutchText.Stem(token.Word)))
            .ToList();
}
