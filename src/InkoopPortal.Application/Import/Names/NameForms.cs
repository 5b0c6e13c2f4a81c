using System.Text.RegularExpressions;
using FuzzySharp;
using InkoopPortal.Application.Content;

namespace InkoopPortal.Application.Import.Names;

/// <summary>
/// A name in the normalized form it is compared in when its <see cref="NameKey"/> finds nothing: qualifiers in
/// brackets left out ("Zilveren Kruis (incl de Friesland)"), "&amp;" read as "en", and the context's generic words
/// left out ("zorgkantoor" in a Wlz table). <see cref="Dropped"/> says what was left out, for the preview.
/// </summary>
internal sealed record NormalizedName(string Key, string Words, IReadOnlyList<string> Dropped)
{
    public bool IsEmpty => Key.Length == 0;

    /// <summary>The words in alphabetical order, for a token-sort ratio.</summary>
    public string SortedWords { get; } = string.Join(' ', Words.Split(' ').Order(StringComparer.Ordinal));
}

/// <summary>The words that say what kind of organisation a name is, not which one ("zorgkantoor", "B.V.").</summary>
internal sealed class GenericWords
{
    // A word this long within one edit of a generic word is that word misspelled ("zorgkantor").
    private const int MinimumLengthForTypos = 8;

    private readonly HashSet<string> _words;

    private GenericWords(params string[] words) => _words = [.. words];

    /// <summary>Health insurers (Zvw): "DSW Zorgverzekeraar", "Salland Zorgverzekeringen", "CZ groep".</summary>
    public static GenericWords HealthInsurers { get; } = new(
        "zorgverzekeraar", "zorgverzekeraars", "zorgverzekering", "zorgverzekeringen", "verzekeraar", "verzekeringen",
        "groep", "bv", "nv", "stichting");

    /// <summary>Care offices (Wlz): "CZ zorgkantoor", "Zorgkantoor VGZ", "Wlz-uitvoerder Zorg en Zekerheid".</summary>
    public static GenericWords CareOffices { get; } = new(
        "zorgkantoor", "zorgkantoren", "wlz", "uitvoerder", "wlzuitvoerder", "bv", "nv", "stichting");

    /// <summary>Topics have no generic words: every word of "Organisatie &amp; Infrastructuur" counts.</summary>
    public static GenericWords None { get; } = new();

    public bool Contains(string word) =>
        _words.Contains(word)
        || (word.Length >= MinimumLengthForTypos
            && _words.Any(generic => generic.Length >= MinimumLengthForTypos && Levenshtein.EditDistance(word, generic) <= 1));
}

/// <summary>The forms of a written name: without qualifiers, its "/" alternatives, normalized.</summary>
internal static partial class NameForms
{
    /// <summary>The name without its bracketed qualifiers, and those qualifiers as written.</summary>
    public static (string Name, IReadOnlyList<string> Qualifiers) WithoutQualifiers(string name)
    {
        var qualifiers = new List<string>();
        var text = name;
        for (var round = 0; round < 4 && Qualifier().IsMatch(text); round++)
        {
            // Inner brackets first, so "(incl (de) Friesland)" goes as a whole.
            text = Qualifier().Replace(text, match =>
            {
                qualifiers.Add(match.Value.Trim());
                return " ";
            });
        }

        return (MarkdownText.NormalizeWhitespace(text), qualifiers);
    }

    /// <summary>"Eno/Salland" → "Eno", "Salland"; a name without "/" has no alternatives (an empty list).</summary>
    public static IReadOnlyList<string> Alternatives(string name)
    {
        var parts = name.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(part => NameKey.From(part).Length > 0)
            .ToList();
        return parts.Count > 1 ? parts : [];
    }

    /// <summary>The words of a name as slug words, with "&amp;" read as "en" ("Z&amp;Z" → z, en, z) and dotted abbreviations joined.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        var words = new List<string>();
        var letters = "";
        foreach (var word in Slug.From(name.Replace("&", " en ", StringComparison.Ordinal)).Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            // An abbreviation written with dots is one word: "B.V." is "bv", "a.s.r." is "asr".
            if (word.Length == 1)
            {
                letters += word;
                continue;
            }

            if (letters.Length > 0)
            {
                words.Add(letters);
                letters = "";
            }

            words.Add(word);
        }

        if (letters.Length > 0)
        {
            words.Add(letters);
        }

        return words;
    }

    public static NormalizedName Normalize(string name, GenericWords generic)
    {
        var (withoutQualifiers, qualifiers) = WithoutQualifiers(name);
        var words = Words(withoutQualifiers);
        var kept = words.Where(word => !generic.Contains(word)).ToList();
        var dropped = qualifiers.Concat(words.Where(generic.Contains)).Distinct().ToList();
        if (kept.Count == 0 && qualifiers.Count > 0)
        {
            // "Zorgkantoor (Achmea)": the qualifier is all that names it.
            return Normalize(string.Join(" ", qualifiers.Select(qualifier => qualifier.Trim('(', ')', '[', ']'))), generic);
        }

        return new NormalizedName(string.Concat(kept), string.Join(' ', kept), dropped);
    }

    /// <summary>The digits of a key in order: names that differ in their numbers are different ("Punt 10", "Punt 11").</summary>
    public static string Digits(string key) => string.Concat(key.Where(char.IsAsciiDigit));

    [GeneratedRegex(@"\s*[\(\[][^\(\)\[\]]*[\)\]]")]
    private static partial Regex Qualifier();
}
