using System.Text;
using System.Text.RegularExpressions;

namespace InkoopPortal.Application.Import.Readers;

/// <summary>
/// What every reader does to extracted words: ligatures split (ﬁ → fi), no-break and odd spaces made spaces, soft
/// hyphens removed, Greek look-alikes in Latin words made Latin (the OCR "α.s.r." is "a.s.r."), and words hyphenated
/// at a line end joined.
/// </summary>
public static partial class TextNormalizer
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            switch (character)
            {
                case '\u00AD' or '\u200B' or '\uFEFF':
                    break;
                case '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u2002' or '\u2003':
                    builder.Append(' ');
                    break;
                case '\uFB00': builder.Append("ff"); break;
                case '\uFB01': builder.Append("fi"); break;
                case '\uFB02': builder.Append("fl"); break;
                case '\uFB03': builder.Append("ffi"); break;
                case '\uFB04': builder.Append("ffl"); break;
                case '\uFB05' or '\uFB06': builder.Append("st"); break;
                case '\u2010' or '\u2011': builder.Append('-'); break;
                default: builder.Append(character); break;
            }
        }

        return GreekInLatinWord().Replace(builder.ToString(), match => LatinLookAlike(match.Value));
    }

    /// <summary>
    /// Joins a line ending in a hyphen to the next line's first word. The document decides first: a word it also
    /// writes whole with the hyphen ("medisch-specialistische") keeps it, one it writes without ("zorgaanbieder")
    /// loses it. Otherwise the hyphen is the word's own when the next part starts with a capital or digit
    /// ("e-" + "Health"), when the part before it is one letter ("e-" + "health") or has a capital or digit ("Wlz-" +
    /// "zorg" → "Wlz-zorg"); only a hyphen between two lower-case parts is a break's and goes
    /// ("zorg-" + "aanbieder" → "zorgaanbieder").
    /// </summary>
    public static string JoinHyphenated(string lineEnd, string nextStart, Func<string, bool>? documentHasWord = null)
    {
        if (!lineEnd.EndsWith('-') || lineEnd.Length < 2 || nextStart.Length == 0 || lineEnd[^2] == ' ')
        {
            return lineEnd + " " + nextStart;
        }

        var part = LastWord().Match(lineEnd[..^1]).Value;
        var nextWord = FirstWord().Match(nextStart).Value;
        if (documentHasWord is not null && part.Length > 0 && nextWord.Length > 0)
        {
            if (documentHasWord(part + "-" + nextWord))
            {
                return lineEnd + nextStart;
            }

            if (documentHasWord(part + nextWord))
            {
                return lineEnd[..^1] + nextStart;
            }
        }

        var keepsHyphen = !char.IsLower(nextStart[0])
            || part.Length <= 1
            || !part.All(char.IsLower);
        return keepsHyphen ? lineEnd + nextStart : lineEnd[..^1] + nextStart;
    }

    private static string LatinLookAlike(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var character in word)
        {
            builder.Append(character switch
            {
                'α' => 'a', 'ο' => 'o', 'ε' => 'e', 'ι' => 'i', 'κ' => 'k', 'ν' => 'v', 'ρ' => 'p', 'τ' => 't', 'υ' => 'u',
                'Α' => 'A', 'Β' => 'B', 'Ε' => 'E', 'Ζ' => 'Z', 'Η' => 'H', 'Ι' => 'I', 'Κ' => 'K', 'Μ' => 'M', 'Ν' => 'N',
                'Ο' => 'O', 'Ρ' => 'P', 'Τ' => 'T', 'Υ' => 'Y', 'Χ' => 'X',
                _ => character,
            });
        }

        return builder.ToString();
    }

    /// <summary>A word of Latin letters and dots with a Greek letter in it (a Greek word on its own is left alone).</summary>
    [GeneratedRegex(@"(?=[\p{IsGreek}\w.]*\p{IsGreek})(?=[\p{IsGreek}\w.]*[a-zA-Z.])[\p{IsGreek}a-zA-Z.]+")]
    private static partial Regex GreekInLatinWord();

    [GeneratedRegex(@"^[\p{L}\p{N}]*")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"[\p{L}\p{N}]*$")]
    private static partial Regex LastWord();
}
