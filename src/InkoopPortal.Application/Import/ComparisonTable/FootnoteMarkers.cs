using System.Globalization;
using System.Text.RegularExpressions;

namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>
/// Footnote markers written as unicode superscript digits: "95,5%¹", and definitions "¹ Tekst" on a line of their own.
/// Only superscript digits are markers: "(1)" numbers parts of a sentence in Dutch policy text ("lid (1)"), "*" is a
/// list bullet and emphasis, and "[1]" does not occur in the tables seen; reading those as footnotes would bind text to
/// the wrong place without anyone noticing.
/// </summary>
internal static partial class FootnoteMarkers
{
    private const string SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    [GeneratedRegex("[⁰¹²³⁴⁵⁶⁷⁸⁹]+")]
    public static partial Regex Marker();

    [GeneratedRegex(@"^\s*(?<marker>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(?<text>\S.*)$")]
    private static partial Regex Definition();

    public static IEnumerable<int> Find(string text) =>
        Marker().Matches(text).Select(match => ToNumber(match.Value));

    public static bool TryReadDefinition(string line, out int number, out string text)
    {
        var match = Definition().Match(line);
        number = match.Success ? ToNumber(match.Groups["marker"].Value) : 0;
        text = match.Success ? match.Groups["text"].Value.Trim() : "";
        return match.Success;
    }

    public static int ToNumber(string marker) =>
        marker.Aggregate(0, (number, digit) => (number * 10 + SuperscriptDigits.IndexOf(digit)) % 1_000_000);

    public static string ToMarker(int number) =>
        string.Concat(number.ToString(CultureInfo.InvariantCulture).Select(digit => SuperscriptDigits[digit - '0']));
}

/// <summary>
/// The footnote definitions of a whole file, wherever they stand: under the row that uses them, under a later table,
/// or at the end. A marker is bound by number to the first definition after it; a file that numbers each table's
/// footnotes from ¹ again thus binds each marker to its own table's text. Without a definition after it, the last
/// one before it is taken.
/// </summary>
internal sealed class FootnoteDefinitions
{
    private readonly Dictionary<int, List<(int Line, string Text)>> _byNumber = [];

    public void Add(int number, string text, int line)
    {
        if (!_byNumber.TryGetValue(number, out var definitions))
        {
            _byNumber[number] = definitions = [];
        }

        definitions.Add((line, text));
    }

    /// <summary>The definition a marker on <paramref name="line"/> refers to, or null when the number has none.</summary>
    public (int Line, string Text)? Find(int number, int line)
    {
        if (!_byNumber.TryGetValue(number, out var definitions))
        {
            return null;
        }

        foreach (var definition in definitions)
        {
            if (definition.Line > line)
            {
                return definition;
            }
        }

        return definitions[^1];
    }
}
