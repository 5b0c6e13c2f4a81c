using System.Text;
using FuzzySharp;
using InkoopPortal.Application.Persistence;

namespace InkoopPortal.Application.Search;

/// <summary>A "Bedoelde u …?" suggestion: the query with its unknown words replaced, and how many hits it has.</summary>
public sealed record SearchSuggestion(string Query, int Total);

/// <summary>
/// "Bedoelde u …?" for a typo, from the index's own words (<c>search_words</c>, filled with every save): a word of the
/// query that no text holds (no indexed word has its stem) is replaced by the most similar indexed word, measured by
/// trigrams as PostgreSQL's pg_trgm measures them (the share of the two words' trigrams they have in common; pg_trgm's
/// index finds the candidates on PostgreSQL, a trigram table on SQLite) and then by the fewest edits between the stems
/// and between the words (Levenshtein: trigrams alone prefer "huis" to "huisarts" for "huisatrs"); the ranking is
/// here, the same for both. A suggestion is
/// only made when the corrected query finds something with the same filters (ADR-015).
/// </summary>
public static class SearchSuggestions
{
    /// <summary>pg_trgm's default <c>similarity_threshold</c>: the <c>%</c> operator finds the candidates on PostgreSQL.</summary>
    public const double MinimumSimilarity = 0.3;

    public const int MinimumWordLength = 3;
    public const int MaximumWordLength = 40;

    /// <summary>How many similar words are asked for per unknown word, and how many corrected queries are tried at most.</summary>
    private const int CandidatesPerWord = 20;
    private const int TriedCorrections = 3;

    /// <summary>A word suggestions are made of and for: letters only (no numbers or codes), 3 to 40 of them.</summary>
    public static bool IsWord(string word) => word.Length is >= MinimumWordLength and <= MaximumWordLength && word.All(char.IsLetter);

    /// <summary>The words of an indexed text that go into the suggestions' word list: its words and joined compounds.</summary>
    public static IEnumerable<string> WordsOf(IndexedText indexed) =>
        indexed.Words.Concat(indexed.Compounds.Select(compound => compound.Word)).Where(IsWord);

    /// <summary>pg_trgm's trigrams of one word (letters and digits): the word with two spaces before it and one after, every three characters.</summary>
    public static HashSet<string> Trigrams(string word)
    {
        var padded = "  " + word + " ";
        var trigrams = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index + 3 <= padded.Length; index++)
        {
            trigrams.Add(padded.Substring(index, 3));
        }

        return trigrams;
    }

    /// <summary>pg_trgm's <c>similarity</c>: shared trigrams divided by all distinct trigrams of both words.</summary>
    public static double Similarity(string first, string second)
    {
        var one = Trigrams(first);
        var other = Trigrams(second);
        var shared = one.Count(other.Contains);
        return shared / (double)(one.Count + other.Count - shared);
    }

    /// <summary>
    /// The suggestion for a query whose words the index may not know, or null: when every word is known, when nothing
    /// similar enough is indexed, or when no correction finds anything with the same filters.
    /// </summary>
    public static async Task<SearchSuggestion?> SuggestAsync(
        IPortalDbContext context, ISearchStore store, string typed, SearchCriteria criteria, CancellationToken cancellationToken)
    {
        var words = criteria.Query.PositiveTerms.SelectMany(term => term.Words).Distinct().Where(IsWord).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var known = await store.KnownStemsAsync(context, words.Select(DutchText.Stem).Distinct().ToList(), cancellationToken);
        var options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var word in words.Where(word => !known.Contains(DutchText.Stem(word))))
        {
            var candidates = (await store.SimilarWordsAsync(context, word, CandidatesPerWord, cancellationToken))
                .Select(candidate => (
                    Word: candidate,
                    Similarity: Similarity(word, candidate),
                    StemEdits: Levenshtein.EditDistance(DutchText.Stem(word), DutchText.Stem(candidate), 0),
                    Edits: Levenshtein.EditDistance(word, candidate, 0)))
                .Where(candidate => candidate.Similarity >= MinimumSimilarity)
                // Edits between the stems first: a plural ending is no typo ("regoplannen" is "regioplan" misspelt, not "plannen").
                .OrderBy(candidate => candidate.StemEdits)
                .ThenBy(candidate => candidate.Edits)
                .ThenByDescending(candidate => candidate.Similarity)
                .ThenBy(candidate => candidate.Word, StringComparer.Ordinal)
                .Select(candidate => candidate.Word)
                .DistinctBy(DutchText.Stem)
                .Take(TriedCorrections)
                .ToList();
            if (candidates.Count > 0)
            {
                options[word] = candidates;
            }
        }

        // The best candidate of every unknown word together first, then the next ones.
        for (var rank = 0; rank < options.Values.Select(candidates => candidates.Count).DefaultIfEmpty(0).Max(); rank++)
        {
            var corrected = Replace(typed, options.ToDictionary(option => option.Key, option => option.Value[Math.Min(rank, option.Value.Count - 1)]));
            if (SearchQueryParser.Parse(corrected).Query is not { } query)
            {
                continue;
            }

            var matches = await store.FindAsync(context, criteria with { Query = query }, 0, 1, cancellationToken);
            if (matches.Total > 0)
            {
                return new SearchSuggestion(corrected, matches.Total);
            }
        }

        return null;
    }

    /// <summary>
    /// The typed text with each word whose normalized form is a key replaced by its value; a hyphenated compound is
    /// one word ("regio-organsatie" → "regio-organisatie": its hyphens kept where the parts still begin the same).
    /// Everything else stays as typed.
    /// </summary>
    public static string Replace(string typed, IReadOnlyDictionary<string, string> replacements)
    {
        var tokens = DutchText.Tokenize(typed);
        var runs = DutchText.CompoundRuns(typed, tokens, token => token.Start, token => token.Start + token.Length).ToDictionary(run => run.First, run => run.Count);
        var text = new StringBuilder(typed.Length + 16);
        var position = 0;
        for (var index = 0; index < tokens.Count; index++)
        {
            var parts = tokens.Skip(index).Take(runs.GetValueOrDefault(index, 1)).ToList();
            if (replacements.TryGetValue(string.Concat(parts.Select(part => part.Word)), out var replacement))
            {
                text.Append(typed, position, parts[0].Start - position).Append(Hyphenated(parts, replacement));
                position = parts[^1].Start + parts[^1].Length;
            }

            index += parts.Count - 1;
        }

        return text.Append(typed, position, typed.Length - position).ToString().Trim();
    }

    private static string Hyphenated(List<TextToken> parts, string replacement)
    {
        var text = new StringBuilder();
        var rest = replacement;
        foreach (var part in parts.SkipLast(1))
        {
            if (!rest.StartsWith(part.Word, StringComparison.Ordinal) || rest.Length == part.Word.Length)
            {
                break;
            }

            text.Append(part.Word).Append('-');
            rest = rest[part.Word.Length..];
        }

        return text.Append(rest).ToString();
    }
}
