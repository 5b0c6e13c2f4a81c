using System.Globalization;
using System.Text;
using InkoopPortal.Application.Search;

namespace InkoopPortal.Infrastructure.Persistence.Search;

/// <summary>
/// The tsvector and tsquery texts of PostgreSQL's search index, written from the application's analysis
/// (<see cref="DutchText"/>), so PostgreSQL stores and matches exactly the stems SQLite does: stems of the words at
/// weight D, joined hyphenated compounds at weight C (at their first part's position), the words as written with
/// <see cref="ExactMarker"/> in front at weight A (only for the rank). A phrase matches stems (D) only, a single word
/// stems and compounds (C or D), as on SQLite. Lexemes are quoted, so any letter is safe.
/// </summary>
public static class PostgresTsText
{
    /// <summary>Put before every unstemmed word: no Dutch word or stem of a word without a digit starts so.</summary>
    public const string ExactMarker = "0";

    /// <summary>A tsvector keeps positions up to 16383 (later ones count as 16383), and 256 per lexeme.</summary>
    private const int MaximumPosition = 16_383;
    private const int MaximumPositionsPerLexeme = 256;

    /// <summary>The tsvector literal of an indexed text (<c>'huisart':1D '0huisartsen':1A 'ehealth':3C …</c>).</summary>
    public static string Vector(IndexedText indexed)
    {
        var lexemes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string lexeme, int index, char weight)
        {
            if (!lexemes.TryGetValue(lexeme, out var positions))
            {
                lexemes[lexeme] = positions = [];
            }

            if (positions.Count < MaximumPositionsPerLexeme)
            {
                positions.Add(Math.Min(index + 1, MaximumPosition).ToString(CultureInfo.InvariantCulture) + weight);
            }
        }

        for (var index = 0; index < indexed.Words.Count; index++)
        {
            Add(DutchText.Stem(indexed.Words[index]), index, 'D');
            Add(ExactMarker + indexed.Words[index], index, 'A');
        }

        foreach (var compound in indexed.Compounds)
        {
            Add(DutchText.Stem(compound.Word), compound.Position, 'C');
        }

        var vector = new StringBuilder();
        foreach (var (lexeme, positions) in lexemes)
        {
            vector.Append(vector.Length == 0 ? "" : " ").Append(Quote(lexeme)).Append(':').AppendJoin(',', positions);
        }

        return vector.ToString();
    }

    /// <summary>The tsquery text that matches a query: every group (one of its terms), none of the excluded terms.</summary>
    public static string Match(SearchQuery query) =>
        string.Join(" & ", query.Groups.Select(group => "(" + string.Join(" | ", group.Select(Stems)) + ")")
            .Concat(query.Excluded.Select(term => "!" + Stems(term))));

    /// <summary>The tsquery text the rank is computed with: each positive term's stems or its exact words (weight A ranks higher).</summary>
    public static string Rank(SearchQuery query) =>
        string.Join(" | ", query.PositiveTerms.SelectMany(term => new[] { Stems(term), Exact(term) }));

    private static string Stems(SearchTerm term) =>
        term.IsPhrase ? "(" + string.Join(" <-> ", term.Stems.Select(stem => Quote(stem) + ":D")) + ")" : Quote(DutchText.Stem(term.Words[0])) + ":CD";

    private static string Exact(SearchTerm term) => "(" + string.Join(" <-> ", term.Words.Select(word => Quote(ExactMarker + word) + ":A")) + ")";

    /// <summary>A lexeme in quotes (a quote or backslash in it doubled or escaped; words are letters and digits all the same).</summary>
    private static string Quote(string lexeme) => "'" + lexeme.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}
