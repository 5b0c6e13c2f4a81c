using System.Text;
using InkoopPortal.Application.Content;
using InkoopPortal.Application.Presentation;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>
/// Tells the fixed answers ("Geen bijzonderheden", "Geen beleid gepubliceerd"...) apart from content. Only whole-cell
/// answers count, compared on their words (case, dashes and punctuation ignored): "Geen bijzonderheden t.o.v. 2023"
/// says more and stays content.
/// <list type="bullet">
/// <item>An empty cell, or one with only a dash or other punctuation ("–", "-"), is <see cref="StatementStatus.EmptyInSource"/>:
/// it makes no claim, so it is not shown as "nothing special".</item>
/// <item>"n.v.t." / "niet van toepassing" is <see cref="StatementStatus.NothingSpecial"/>: the analyst read the
/// policy and found nothing that applies; its wording is kept, so readers see what the source said.</item>
/// </list>
/// The words the source used are kept as the wording whenever they are not the state's own Dutch text.
/// </summary>
internal static class CellStatusClassifier
{
    private static readonly Dictionary<string, StatementStatus> FixedAnswers = new(StringComparer.OrdinalIgnoreCase)
    {
        [""] = StatementStatus.EmptyInSource,
        ["geen bijzonderheden"] = StatementStatus.NothingSpecial,
        ["geen overige bijzonderheden"] = StatementStatus.NothingSpecial,
        ["n v t"] = StatementStatus.NothingSpecial,
        ["nvt"] = StatementStatus.NothingSpecial,
        ["niet van toepassing"] = StatementStatus.NothingSpecial,
        ["geen beleid"] = StatementStatus.NoPolicyPublished,
        ["geen beleid gepubliceerd"] = StatementStatus.NoPolicyPublished,
        ["geen beleid opgenomen"] = StatementStatus.NoPolicyPublished,
        ["nog niet geanalyseerd"] = StatementStatus.NotAnalysed,
    };

    /// <summary>More letters and digits than the longest fixed answer has: content, without looking further.</summary>
    private const int LongerThanAnyAnswer = 40;

    public static (StatementStatus Status, string? SourceWording) Classify(CellContent content)
    {
        if (content.Blocks.Count > 3 || content.Blocks.Sum(block => LettersAndDigits(block.PlainText)) > LongerThanAnyAnswer)
        {
            return (StatementStatus.Content, null);
        }

        var written = MarkdownText.NormalizeWhitespace(content.PlainText).Trim();
        if (!FixedAnswers.TryGetValue(WordsOnly(written), out var status))
        {
            return (StatementStatus.Content, null);
        }

        var isOwnText = string.Equals(
            WordsOnly(written), WordsOnly(DutchFormat.Label(status)), StringComparison.OrdinalIgnoreCase);
        return (status, written.Length == 0 || isOwnText ? null : written);
    }

    private static int LettersAndDigits(string text)
    {
        var count = 0;
        foreach (var character in text)
        {
            count += char.IsLetterOrDigit(character) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The words of the text, ignoring dashes, punctuation and spacing (footnote markers stay).</summary>
    private static string WordsOnly(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            builder.Append(char.IsLetterOrDigit(character) || char.IsNumber(character) ? character : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
