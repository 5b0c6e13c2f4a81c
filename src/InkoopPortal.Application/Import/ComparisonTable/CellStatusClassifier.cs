using System.Text;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>Tells the fixed answers ("Geen bijzonderheden", "Geen beleid gepubliceerd"...) apart from content.</summary>
internal static class CellStatusClassifier
{
    private static readonly Dictionary<string, StatementStatus> FixedAnswers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["geen bijzonderheden"] = StatementStatus.NothingSpecial,
        ["geen overige bijzonderheden"] = StatementStatus.NothingSpecial,
        ["geen beleid"] = StatementStatus.NoPolicyPublished,
        ["geen beleid gepubliceerd"] = StatementStatus.NoPolicyPublished,
        ["geen beleid opgenomen"] = StatementStatus.NoPolicyPublished,
        ["nog niet geanalyseerd"] = StatementStatus.NotAnalysed,
        // An empty cell in an analysed column: the analyst found nothing to note.
        [""] = StatementStatus.NothingSpecial,
    };

    public static StatementStatus Classify(CellContent content) =>
        FixedAnswers.TryGetValue(WordsOnly(content.PlainText), out var status) ? status : StatementStatus.Content;

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
