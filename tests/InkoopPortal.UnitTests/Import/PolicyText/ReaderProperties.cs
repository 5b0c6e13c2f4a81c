using System.Text;
using CsCheck;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.PolicyText;

namespace InkoopPortal.UnitTests.Import.PolicyText;

/// <summary>
/// Inputs for the property tests of the text readers, and what must hold for any input: the reader returns a document
/// whose every record cites a line inside the file, or it refuses with <see cref="ImportFailedException"/> whose every
/// problem has a line inside the file (line 1 for a file-wide problem) and a message. Any other exception fails.
/// </summary>
internal static class ReaderProperties
{
    public const int Iterations = 150;

    public static void ReadsOrRefuses(string text, Func<string, ParsedPolicyText> parse)
    {
        var lineCount = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Length;
        ParsedPolicyText parsed;
        try
        {
            parsed = parse(text);
        }
        catch (ImportFailedException refused)
        {
            refused.Problems.Should().NotBeEmpty();
            refused.Problems.Where(problem => problem.Line < 1 || problem.Line > lineCount || problem.Message.Length == 0 || problem.Column < 1)
                .Should().BeEmpty("a refusal names a line of the file (and a column from 1) with a message");
            return;
        }

        ParsedInvariants.Hold(parsed, lineCount);
    }

    /// <summary>Random bytes read as UTF-8 (invalid sequences become U+FFFD, as a file read would).</summary>
    public static readonly Gen<string> RandomBytes = Gen.Byte.Array[0, 600].Select(bytes => Encoding.UTF8.GetString(bytes));

    /// <summary>Random lines of the characters these texts are made of: letters, digits, tabs, pipes, markers, HTML tags, dates.</summary>
    public static readonly Gen<string> RandomLines =
        Gen.OneOf<string>(
                Gen.String[Gen.Char["abcdeéAB Z019.,:;|\t-•#*()<>/¹²"], 0, 60],
                Gen.OneOf("", "# Titel 2025", "## 3.1 Passende zorg", "Onderwerp\tWijziging", "Kwaliteit\t<ul><li>a</li><li>b", "| a | b |", "|---|---|",
                    "- punt", "1. punt", "¹ voetnoot", "uiterlijk 1 september 2025", "vóór 31 februari", "Datum: 6 juni 2023", "Sector\t%", "VV\t95,5%",
                    "Wanneer (2024)\tWat\tWie", "1 juni\tPublicatie\tWij", "Presentatie 2025", "Agenda", "<p>tekst</p>"))
            .Array[0, 40]
            .Select(lines => string.Join("\n", lines));

    /// <summary>The lines of a real document shuffled, dropped or duplicated.</summary>
    public static Gen<string> Mutations(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var shuffled = Gen.Shuffle(lines).Select(order => string.Join("\n", order));
        var dropped = Gen.Bool.Array[lines.Length].Select(keep => string.Join("\n", lines.Where((_, index) => keep[index])));
        var duplicated = Gen.Int[0, lines.Length - 1].Array[1, 30].Select(copies =>
        {
            var result = lines.ToList();
            foreach (var index in copies.OrderDescending())
            {
                result.Insert(index, lines[index]);
            }

            return string.Join("\n", result);
        });
        var swappedBlocks = Gen.Int[0, lines.Length - 1].Select(Gen.Int[0, lines.Length - 1], (first, second) =>
        {
            var (from, to) = first <= second ? (first, second) : (second, first);
            return string.Join("\n", lines[to..].Concat(lines[from..to]).Concat(lines[..from]));
        });
        return Gen.OneOf(shuffled, dropped, duplicated, swappedBlocks);
    }
}
