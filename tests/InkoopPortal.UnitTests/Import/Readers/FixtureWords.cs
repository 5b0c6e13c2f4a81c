using System.Text.RegularExpressions;

namespace InkoopPortal.UnitTests.Import.Readers;

/// <summary>
/// What every reader's fixture measure (PDF, Word, saved web pages) counts with: the words of a text (lower case, numbers
/// and words with inner hyphens, dots and apostrophes whole), how many of the source's words come back in order
/// (longest common subsequence), the text of a heading as compared, and the separator line of a pipe table.
/// </summary>
internal static partial class FixtureWords
{
    /// <summary>The words of a text; footnote marks set as superscript digits ("zorgaanbieders¹") count as plain digits.</summary>
    public static List<string> Words(string text) =>
        WordPattern().Matches(FootnoteMark().Replace(text.ToLowerInvariant(), match => " " + string.Concat(match.Value.Select(mark => (char)('0' + "⁰¹²³⁴⁵⁶⁷⁸⁹".IndexOf(mark)))))).Select(match => match.Value).ToList();

    /// <summary>The share of <paramref name="source"/>'s words that <paramref name="read"/> has in the same order.</summary>
    public static double InOrder(List<string> source, List<string> read) =>
        source.Count == 0 ? 1 : Lcs(source, read) / (double)source.Count;

    public static string Clean(string text) => Regex.Replace(text, @"\s+", " ").Trim().ToLowerInvariant();

    public static bool IsTableSeparator(string line) => Separator().IsMatch(line);

    private static int Lcs(List<string> first, List<string> second)
    {
        var previous = new int[second.Count + 1];
        var current = new int[second.Count + 1];
        foreach (var word in first)
        {
            for (var column = 1; column <= second.Count; column++)
            {
                current[column] = word == second[column - 1] ? previous[column - 1] + 1 : Math.Max(previous[column], current[column - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[second.Count];
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex("[⁰¹²³⁴⁵⁶⁷⁸⁹]+")]
    private static partial Regex FootnoteMark();

    [GeneratedRegex(@"^\|(?:\s*-+\s*\|)+$")]
    private static partial Regex Separator();
}
