using System.Text;

namespace InkoopPortal.Application.Search;

/// <summary>
/// Reads the search language: words (all must occur), <c>"quoted phrases"</c>, <c>-excluded</c> words and
/// <c>-"excluded phrases"</c>, and <c>OR</c> between terms. Never throws: absurd input (too long, only punctuation, only
/// stop words, control characters, an unclosed quote) becomes a Dutch message or is read as well as it can be.
/// Everything that reaches the database is letters and digits (SQLite) or a bound parameter (PostgreSQL).
/// </summary>
public static class SearchQueryParser
{
    public const int MaximumLength = 200;
    public const int MaximumTerms = 12;
    public const string OrOperator = "OR";

    public const string EmptyMessage = "Typ een of meer woorden om te zoeken.";
    public const string NoWordsMessage = "Uw zoekopdracht bevat geen woorden. Zoek met letters of cijfers.";
    public const string OnlyStopWordsMessage = "Zoek op een woord met betekenis; 'de' en 'het' komen overal voor.";
    public const string OnlyExcludedMessage =
        "Geef ook een woord op dat er wél in moet staan: alleen woorden uitsluiten (met een minteken) kan niet.";

    private const string Quotes = "\"“”„";
    private const string Minus = "-−–";

    public static ParsedSearchQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Refuse(EmptyMessage);
        }

        if (text.Length > MaximumLength)
        {
            return Refuse($"Uw zoekopdracht is {text.Length} tekens lang; gebruik er ten hoogste {MaximumLength}.");
        }

        var raw = Split(WithoutControlCharacters(text));
        var notes = new List<string>();
        var groups = new List<List<SearchTerm>>();
        var excluded = new List<SearchTerm>();
        var stopWords = new List<string>();
        // OR joins a term to the group of the positive term right before it; anywhere else it is ignored.
        var afterPositive = false;
        var joinNext = false;
        var termCount = 0;
        foreach (var part in raw)
        {
            if (part.IsOperator)
            {
                joinNext = afterPositive;
                afterPositive = false;
                continue;
            }

            var terms = ToTerms(part, stopWords);
            afterPositive = terms.Count > 0 && !part.IsExcluded;
            if (terms.Count == 0)
            {
                joinNext = false;
                continue;
            }

            termCount++;
            if (part.IsExcluded)
            {
                excluded.AddRange(terms);
            }
            else if (joinNext)
            {
                groups[^1].AddRange(terms);
            }
            else
            {
                groups.Add(terms);
            }

            joinNext = false;
        }

        if (termCount > MaximumTerms)
        {
            return Refuse($"Uw zoekopdracht heeft {termCount} zoektermen; gebruik er ten hoogste {MaximumTerms}.");
        }

        if (stopWords.Count > 0)
        {
            var quoted = string.Join(", ", stopWords.Distinct().Select(word => $"'{word}'"));
            notes.Add(stopWords.Count == 1
                ? $"Het woord {quoted} is niet gezocht: het komt in bijna elke tekst voor."
                : $"De woorden {quoted} zijn niet gezocht: ze komen in bijna elke tekst voor.");
        }

        if (groups.Count == 0)
        {
            return Refuse(excluded.Count > 0 ? OnlyExcludedMessage : stopWords.Count > 0 ? OnlyStopWordsMessage : NoWordsMessage);
        }

        return new ParsedSearchQuery(new SearchQuery(groups, excluded), null, notes);
    }

    private static ParsedSearchQuery Refuse(string message) => new(null, message, []);

    /// <summary>
    /// The terms of one typed term: its words without stop words (they are noted), none when nothing is left. A word
    /// with punctuation inside ("zorg/aanbieder") is a phrase of its words; an unquoted hyphenated compound ("e-health")
    /// is the compound written as one word ("ehealth"), which the index holds for it written either way
    /// (<see cref="DutchText.ForIndex"/>).
    /// </summary>
    private static List<SearchTerm> ToTerms(RawTerm part, List<string> stopWords)
    {
        var tokens = DutchText.Tokenize(part.Text);
        if (!part.IsQuoted && DutchText.CompoundRuns(part.Text, tokens, token => token.Start, token => token.Start + token.Length) is [var (first, count)]
            && first == 0 && count == tokens.Count)
        {
            var joined = string.Concat(tokens.Select(token => token.Word));
            if (joined.Length <= DutchText.MaximumWordLength)
            {
                return [new SearchTerm([joined])];
            }
        }

        // A quoted phrase and a word with other punctuation inside alike: the words in this order.
        var words = new List<string>();
        foreach (var token in tokens)
        {
            (DutchText.IsStopWord(token.Word) ? stopWords : words).Add(token.Word);
        }

        return words.Count == 0 ? [] : [new SearchTerm(words)];
    }

    private readonly record struct RawTerm(string Text, bool IsExcluded, bool IsOperator, bool IsQuoted = false);

    private static List<RawTerm> Split(string text)
    {
        var terms = new List<RawTerm>();
        var index = 0;
        while (index < text.Length)
        {
            if (char.IsWhiteSpace(text[index]))
            {
                index++;
                continue;
            }

            var excluded = false;
            if (Minus.Contains(text[index]) && index + 1 < text.Length && !char.IsWhiteSpace(text[index + 1]))
            {
                excluded = true;
                index++;
            }

            if (Quotes.Contains(text[index]))
            {
                // An unclosed quote makes a phrase up to the end.
                var close = text.IndexOfAny(Quotes.ToCharArray(), index + 1);
                var end = close < 0 ? text.Length : close;
                terms.Add(new RawTerm(text[(index + 1)..end], excluded, IsOperator: false, IsQuoted: true));
                index = close < 0 ? text.Length : close + 1;
                continue;
            }

            var start = index;
            while (index < text.Length && !char.IsWhiteSpace(text[index]) && !Quotes.Contains(text[index]))
            {
                index++;
            }

            var word = text[start..index];
            terms.Add(new RawTerm(word, excluded, IsOperator: !excluded && word == OrOperator));
        }

        return terms;
    }

    private static string WithoutControlCharacters(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            builder.Append(char.IsControl(character) ? ' ' : character);
        }

        return builder.ToString();
    }
}
