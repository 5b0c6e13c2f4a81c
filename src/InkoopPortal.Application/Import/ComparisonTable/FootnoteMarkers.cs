using System.Text.RegularExpressions;

namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>Footnote markers written as unicode superscript digits: "95,5%¹", and definitions "¹ Tekst".</summary>
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
        marker.Aggregate(0, (number, digit) => number * 10 + SuperscriptDigits.IndexOf(digit));

    public static string ToMarker(int number) =>
        string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture)
            .Select(digit => SuperscriptDigits[digit - '0']));
}
