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

    /// <summary>The words of <paramref name="text"/> in order, normalized.</summary>
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
        }

        return tokens;
    }

    public static bool IsWordCharacter(char character) => char.IsLetterOrDigit(character);

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

    /// <summary>The stem of a normalized word; a word with a digit is its own stem (as PostgreSQL's <c>simple</c> dictionary keeps numbers).</summary>
    public static string Stem(string normalizedWord)
    {
        if (Stems.TryGetValue(normalizedWord, out var cached))
        {
            return cached;
        }

        string stem;
        if (normalizedWord.Any(char.IsDigit))
        {
            stem = normalizedWord;
        }
        else
        {
            var stemmer = _stemmer ??= new DutchStemmer();
            stemmer.SetCurrent(normalizedWord);
            stemmer.Stem();
            stem = stemmer.Current;
        }

        if (Stems.Count >= MaximumCachedStems)
        {
            Stems.Clear();
        }

        Stems[normalizedWord] = stem;
        return stem;
    }

    /// <summary>
    /// The words the index holds for a text: normalized, stop words left out, separated by single spaces. Both
    /// providers index this form (PostgreSQL's parser would otherwise read "regioplan/regiobeelden" as a file name and
    /// "a.s.r." as a host name), and with stop words gone a phrase means the same on both.
    /// </summary>
    public static List<string> IndexWords(string text) =>
        Tokenize(text).Select(token => token.Word).Where(word => !IsStopWord(word)).ToList();

    /// <summary>The stems of the words, separated by spaces: what SQLite's full-text index matches.</summary>
    public static string StemmedText(IEnumerable<string> words) => string.Join(' ', words.Select(Stem));
}
