using System.Text.RegularExpressions;

namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>
/// The memo writes superscript in TeX style after a letter or digit: "1^e", "2^e", "1^{ste}".
/// </summary>
internal static partial class SuperscriptNotation
{
    [GeneratedRegex(@"(?<=[\p{L}\p{N}])\^(?:\{(?<sup>[^{}\s]+)\}|(?<sup>[\p{L}\p{N}]+))")]
    private static partial Regex Pattern();

    /// <summary>Splits text into plain pieces and superscript pieces (without the notation).</summary>
    public static IEnumerable<(string Text, bool IsSuperscript)> Split(string text)
    {
        var position = 0;
        foreach (Match match in Pattern().Matches(text))
        {
            if (match.Index > position)
            {
                yield return (text[position..match.Index], false);
            }

            yield return (match.Groups["sup"].Value, true);
            position = match.Index + match.Length;
        }

        if (position < text.Length)
        {
            yield return (text[position..], false);
        }
    }

    /// <summary>The text as a reader would type it without superscript: "1^e lijn" → "1e lijn".</summary>
    public static string ToPlain(string text) => Pattern().Replace(text, match => match.Groups["sup"].Value);
}
