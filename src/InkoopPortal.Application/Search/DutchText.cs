using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace InkoopPortal.Application.Search;

/// <summary>One word of a text: where it stands, and its normalized form (lower case, no diacritics).</summary>
public readonly record struct TextToken(int Start, int Length, string Word);

/// <summary>
/// How the search reads Dutch, on the index side and the query side alike: words are runs of letters and digits,
/// lower-cased and stripped of diacritics, stemmed with the Snowball Dutch stemmer (the algorithm of PostgreSQL's
/// <c>dutch</c> configuration, here from Lucene.Net) unless they hold a digit (PostgreSQL keeps numbers as they are),
/// and PostgreSQL's Dutch stop words count as meaningless. SQLite's index is filled with these stems; on PostgreSQL
/// the database stems itself and the snippets use this class, so both providers find and mark the same words.
/// </summary>
public static class DutchText
{
    /// <summary>PostgreSQL's <c>tsearch_data/dutch.stop</c> (the Snowball list), so both providers ignore the same words.</summary>
    private static readonly HashSet<string> StopWords =
    [
        "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij", "het", "niet", "zijn", "is", "was", "op", "aan", "met",
        "als", "voor", "had", "er", "maar", "om", "hem", "dan", "zou", "of", "wat", "mijn", "men", "dit", "zo", "door", "over",
        "ze", "zich", "bij", "ook", "tot", "je", "mij", "uit", "der", "daar", "haar", "naar", "heb", "hoe", "heeft", "hebben",
        "deze", "u", "want", "nog", "zal", "me", "zij", "nu", "ge", "geen", "omdat", "iets", "worden", "toch", "al", "waren",
        "veel", "meer", "doen", "toen", "moet", "ben", "zonder", "kan", "hun", "dus", "alles", "onder", "ja", "eens", "hier",
        "wie", "werd", "altijd", "doch", "wordt", "wezen", "kunnen", "ons", "zelf", "tegen", "na", "reeds", "wil", "kon",
        "niets", "uw", "iemand", "geweest", "andere",
    ];

    private const int MaximumCachedStems = 200_000;
    private static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static DutchStemmer? _stemmer;

    /// <summary>The words of <paramref name="text"/> in order, normalized; a plural's "'s" is part of its word.</summary>
    public static List<TextToken> Tokenize(string text)
    {
        var tokens = new List<TextToken>();
        var index = 0;
        while (index < text.Length)
        {
            if (!IsWordCharacter(text[index]))
            {
                index++;
                continue;
            }

            var start = index;
            while (index < text.Length && IsWordCharacter(text[index]))
            {
                index++;
            }

            tokens.Add(new TextToken(start, index - start, Normalize(text.AsSpan(start, index - start))));
            index += PluralApostropheLength(text, index);
        }

        return tokens;
    }

    public static bool IsWordCharacter(char character) => char.IsLetterOrDigit(character);

    /// <summary>
    /// The length of a plural's "'s" right after a word ("thema's", "pgo's"): it belongs to the word, so it is no
    /// word of its own, and "thema's" is read as "thema" (its plural and its singular alike). 0 when there is none.
    /// </summary>
    private static int PluralApostropheLength(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '\u2019' && text[end + 1] is 's' or 'S' && (end + 2 == text.Length || !IsWordCharacter(text[end + 2]))
            ? 2
            : 0;

    /// <summary>Lower case without diacritics ("Één" → "een"); letters without a plain form stay as they are.</summary>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        var plain = true;
        foreach (var character in word)
        {
            if (character > 0x7F || char.IsAsciiLetterUpper(character))
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return word.ToString();
        }

        var decomposed = word.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(character);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public static bool IsStopWord(string normalizedWord) => StopWords.Contains(normalizedWord);

    /// <summary>
    /// Changes whenever <see cref="Stem"/>, <see cref="IndexWords"/> or <see cref="Compounds"/> give other results for
    /// the same text: an index built with another version is rebuilt at start-up (ADR-015).
    /// </summary>
    public const int AnalyzerVersion = 2;

    /// <summary>Longer "words" (a pasted hash, a run of letters without spaces) are not indexed: no one searches them, and PostgreSQL refuses lexemes over 2 KB.</summary>
    public const int MaximumWordLength = 100;

    /// <summary>
    /// Adverbs and prepositions that look like plurals of common words ("tijdens" of "tijd", "volgens" of "volgen"):
    /// their own stem, so a search for the noun or verb does not find every "tijdens".
    /// </summary>
    private static readonly HashSet<string> OwnStems =
    [
        "tijdens", "volgens", "wegens", "ergens", "nergens", "overigens", "trouwens", "anders", "alleen",
    ];

    /// <summary>Irregular plurals in -eren and with a changed vowel, also at the end of a compound ("pleegkinderen").</summary>
    private static readonly (string Plural, string Singular)[] IrregularEndings =
    [
        ("kinderen", "kind"), ("eieren", "ei"), ("bladeren", "blad"), ("liederen", "lied"), ("volkeren", "volk"), ("kalveren", "kalf"),
    ];

    /// <summary>Words ending in "leden" that are no plural of "lid".</summary>
    private static readonly string[] NotMembers = ["geleden", "verleden", "overleden", "bekleden"];

    /// <summary>
    /// The portal's Dutch stem of a normalized word: singular and plural, and the other inflections the Snowball Dutch
    /// stemmer conflates, get one stem. A word with a digit is its own stem (as PostgreSQL's <c>simple</c> dictionary
    /// keeps numbers). Snowball alone gives "huisarts" → "huisart" but "huisartsen" → "huisarts", and "regioplannen" →
    /// "regioplann"; here the plural is first brought back to what Snowball makes of the singular (ADR-015):
    /// <list type="bullet">
    /// <item>Snowball is repeated until nothing changes, so "artsen" → "arts" → "art" like "arts", "ketens" → "keten" → "ket";</item>
    /// <item>after each round a doubled final consonant is undoubled ("plann" → "plan"), a final z becomes s ("prijz" →
    /// "prijs") and v becomes f ("tariev" → "tarief"), and a plural in -es or -ies loses its s ("organisaties" →
    /// "organisatie", "keuzes" → "keuz" as "keuze");</item>
    /// <item>before the first: -ieën and -eeën lose their -ën ("strategieën"), Latin -um becomes -a ("centrum" as
    /// "centra"), and a few irregular plurals become their singular ("kinderen", "leden", "steden").</item>
    /// </list>
    /// A stem keeps its word's first letter (the snippets rely on it).
    /// </summary>
    public static string Stem(string normalizedWord)
    {
        if (Stems.TryGetValue(normalizedWord, out var cached))
        {
            return cached;
        }

        var stem = normalizedWord.Any(char.IsDigit) || OwnStems.Contains(normalizedWord) ? normalizedWord : StemWord(normalizedWord);
        if (Stems.Count >= MaximumCachedStems)
        {
            Stems.Clear();
        }

        Stems[normalizedWord] = stem;
        return stem;
    }

    private static string StemWord(string word)
    {
        word = Singular(word);
        var stemmer = _stemmer ??= new DutchStemmer();
        // Each round only shortens the word (or swaps a final letter), so this ends; three rounds are the most seen.
        for (var round = 0; round < 5; round++)
        {
            stemmer.SetCurrent(word);
            stemmer.Stem();
            var next = Respell(stemmer.Current);
            if (next == word)
            {
                break;
            }

            word = next;
        }

        return word;
    }

    /// <summary>What Snowball cannot undo: -ieën, Latin plurals and a few irregular ones.</summary>
    private static string Singular(string word)
    {
        if (word.EndsWith("ieen", StringComparison.Ordinal) || word.EndsWith("eeen", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        // "centrum"/"centra", "criterium"/"criteria", "museum"/"musea"; short words ("datum", "album") are no Latin plurals.
        if (word.Length >= 6 && word.EndsWith("um", StringComparison.Ordinal))
        {
            return word[..^2] + "a";
        }

        foreach (var (plural, singular) in IrregularEndings)
        {
            if (word.EndsWith(plural, StringComparison.Ordinal))
            {
                return word[..^plural.Length] + singular;
            }
        }

        if (word.EndsWith("leden", StringComparison.Ordinal) && !NotMembers.Any(other => word.EndsWith(other, StringComparison.Ordinal)))
        {
            return word[..^5] + "lid";
        }

        return word == "steden" ? "stad" : word;
    }

    /// <summary>One round's spelling fixes on a Snowball stem (see <see cref="Stem"/>).</summary>
    private static string Respell(string stem)
    {
        if (stem.Length > 3 && stem[^1] == stem[^2] && !IsVowel(stem[^1]))
        {
            stem = stem[..^1];
        }

        if (stem.Length > 3 && stem[^1] is 'z' or 'v')
        {
            stem = stem[..^1] + (stem[^1] == 'z' ? "s" : "f");
        }

        if (stem.Length > 4 && stem.EndsWith("ies", StringComparison.Ordinal))
        {
            return stem[..^1];
        }

        // "keuzes", "types", "processen" → "proces" → "proc" as "proces"; short words ("les", "mes") keep their -es.
        return stem.Length >= 5 && stem.EndsWith("es", StringComparison.Ordinal) && !IsVowel(stem[^3]) ? stem[..^2] : stem;
    }

    private static bool IsVowel(char character) => character is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>
    /// The words the index holds for a text: normalized, stop words and over-long words left out. Both providers
    /// index this form (PostgreSQL's parser would otherwise read "regioplan/regiobeelden" as a file name and "a.s.r."
    /// as a host name), and with stop words gone a phrase means the same on both.
    /// </summary>
    public static List<string> IndexWords(string text) => ForIndex(text).Words;

    /// <summary>
    /// What the index holds for a text: its <see cref="IndexWords"/>, and every hyphenated compound ("e-health",
    /// "regio-organisaties") once more as one word ("ehealth", "regioorganisaties") with the position (in the words)
    /// of its first part, so that the compound written either way finds the other.
    /// </summary>
    public static IndexedText ForIndex(string text)
    {
        var tokens = Tokenize(text);
        var words = new List<string>(tokens.Count);
        // The position in the index words of each token (of the next word kept, for a token left out).
        var positions = new int[tokens.Count];
        for (var index = 0; index < tokens.Count; index++)
        {
            positions[index] = words.Count;
            if (IsIndexed(tokens[index].Word))
            {
                words.Add(tokens[index].Word);
            }
        }

        var compounds = new List<CompoundWord>();
        foreach (var (first, count) in CompoundRuns(text, tokens, token => token.Start, token => token.Start + token.Length))
        {
            var joined = string.Concat(tokens.Skip(first).Take(count).Select(token => token.Word));
            if (joined.Length <= MaximumWordLength)
            {
                compounds.Add(new CompoundWord(Math.Min(positions[first], Math.Max(words.Count - 1, 0)), joined));
            }
        }

        return new IndexedText(words, compounds);
    }

    private static bool IsIndexed(string word) => word.Length <= MaximumWordLength && !IsStopWord(word);

    /// <summary>The most parts a compound has; a longer run of hyphenated words ("list-style-type-…") is no word.</summary>
    private const int MaximumCompoundParts = 4;

    /// <summary>
    /// The runs of words joined by single hyphens ("e-health", "Wlz-zorg", "niet-gecontracteerde") as the first
    /// word's index and how many words: the one rule for what a compound is, for the index, the query and the
    /// snippets. Every part holds a letter ("2024-2026" is no word).
    /// </summary>
    public static List<(int First, int Count)> CompoundRuns<T>(string text, IReadOnlyList<T> words, Func<T, int> start, Func<T, int> end)
    {
        var runs = new List<(int First, int Count)>();
        var index = 0;
        while (index < words.Count)
        {
            var count = 1;
            while (index + count < words.Count && IsJoint(text, end(words[index + count - 1]), start(words[index + count])))
            {
                count++;
            }

            if (count >= 2 && count <= MaximumCompoundParts
                && Enumerable.Range(index, count).All(part => HasLetter(text.AsSpan(start(words[part]), end(words[part]) - start(words[part])))))
            {
                runs.Add((index, count));
            }

            index += count;
        }

        return runs;
    }

    /// <summary>Exactly one hyphen (or Unicode hyphen) between two words.</summary>
    private static bool IsJoint(string text, int end, int start) => start == end + 1 && text[end] is '-' or '\u2010' or '\u2011';

    private static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (var character in word)
        {
            if (char.IsLetter(character))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The stems of the words, separated by spaces: what SQLite's full-text index matches.</summary>
    public static string StemmedText(IEnumerable<string> words) => string.Join(' ', words.Select(Stem));
}

/// <summary>A hyphenated compound of a text written as one word, and the position (0-based, in the index words) of its first part.</summary>
public readonly record struct CompoundWord(int Position, string Word);

/// <summary>What the search index holds for one text (<see cref="DutchText.ForIndex"/>).</summary>
public sealed record IndexedText(List<string> Words, List<CompoundWord> Compounds);
