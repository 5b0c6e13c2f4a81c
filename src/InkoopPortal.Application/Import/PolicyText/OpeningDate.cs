using System.Text.RegularExpressions;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Import.PolicyText;

/// <summary>
/// Finds the date a document carries on its opening lines, as a title slide does: a line that is a date
/// ("6 juni 2023", "Datum: 6 juni 2023", "Utrecht, 12 juni 2024", "donderdag 6-6-2023") or a short line with one
/// (the title "Informatiebijeenkomst Wlz – 6 juni 2023"). The opening ends at the first list, table, long paragraph,
/// "Agenda" or next Markdown heading; a sentence, or a line with a deadline word ("uiterlijk", "vóór"), is not the
/// document's date.
/// </summary>
internal static partial class OpeningDate
{
    private const int OpeningLines = 8;
    private const int LongestDateLine = 90;
    private const int MostWordsBesideTheDate = 4;

    public static (DateOnly Date, int Line)? Find(IReadOnlyList<SourceLine> lines)
    {
        var seen = 0;
        var markdownHeadings = 0;
        foreach (var line in lines.Where(line => line.Kind != LineKind.Blank))
        {
            // In Markdown the title slide ends at the next "#" heading; in plain text every short line may be one.
            markdownHeadings += line.HeadingHashes > 0 ? 1 : 0;
            if (++seen > OpeningLines || line.Kind is LineKind.TableRow or LineKind.Bullet or LineKind.NumberedItem or LineKind.FootnoteDefinition)
            {
                break;
            }

            var text = InlineText.Clean(line.Kind == LineKind.Heading && line.Marker is { } number ? $"{number} {line.Text}" : line.Text);
            if (markdownHeadings > 1)
            {
                // The next Markdown heading ends the title slide, unless it is the date itself ("### 18 juni 2025").
                return text.Length <= LongestDateLine && DateOf(text) is { } headingDate ? (headingDate, line.LineNumber) : null;
            }

            if (seen > 1 && (text.Length > LongestDateLine * 2 || EndOfOpening().IsMatch(text)))
            {
                break;
            }

            if (text.Length <= LongestDateLine && DateOf(text) is { } date)
            {
                return (date, line.LineNumber);
            }
        }

        return null;
    }

    private static DateOnly? DateOf(string text)
    {
        var withoutLabel = Label().Replace(text, "");
        if (DutchDateReader.Read(withoutLabel) is { Precision: DatePrecision.Day, Date: { } whole } && !DeadlineWord().IsMatch(withoutLabel))
        {
            return whole;
        }

        var mentions = DutchDateReader.FindDates(withoutLabel).Where(mention => mention.Reading.Precision == DatePrecision.Day).ToList();
        if (mentions.Count != 1 || DeadlineWord().IsMatch(withoutLabel) || withoutLabel.TrimEnd().EndsWith('.'))
        {
            // A sentence ("Op 1 juli publiceren wij ...") is not a date line.
            return null;
        }

        var rest = withoutLabel.Remove(mentions[0].Index, mentions[0].Text.Length);
        return Word().Count(rest) <= MostWordsBesideTheDate ? mentions[0].Reading.Date : null;
    }

    [GeneratedRegex(@"^\s*(?:datum|date|d\.d\.)\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"\b(?:uiterlijk|uiterste|vóór|voor|tot|t/m|deadline|vanaf|sinds|per|na|ná)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineWord();

    [GeneratedRegex(@"^(?:agenda|programma|inhoud|inhoudsopgave)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfOpening();

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}'’.&-]*")]
    private static partial Regex Word();
}
