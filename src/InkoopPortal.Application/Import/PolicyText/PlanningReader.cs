using System.Globalization;
using System.Text.RegularExpressions;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Import.PolicyText;

/// <summary>
/// Reads deadlines from planning tables: a table with a date column ("Wanneer (2022)", "Uiterste datum"), a
/// description column ("Wat", "Inkoopactiviteit ...") and optionally "Wie". A year in the date header is the year of
/// dates written without one; "jaar T" is the document's first contract year (else the header year + 1).
/// A date that cannot be read is kept as text with <see cref="DatePrecision.Unspecified"/>.
/// </summary>
internal static partial class PlanningReader
{
    public static IReadOnlyList<ParsedDeadline> Extract(IReadOnlyList<SectionNode> sections, ISet<int> consumed, int? contractYear)
    {
        var deadlines = new List<ParsedDeadline>();
        for (var index = 0; index < sections.Count; index++)
        {
            foreach (var table in sections[index].Tables)
            {
                var read = Read(table, contractYear);
                if (read is not null)
                {
                    deadlines.AddRange(read);
                    consumed.Add(index);
                }
            }
        }

        return deadlines;
    }

    private static List<ParsedDeadline>? Read(TextTable table, int? contractYear)
    {
        var dateColumn = table.FindColumn(header => DateHeader().IsMatch(header));
        if (dateColumn < 0 || table.Header.Cells.Count < 2)
        {
            return null;
        }

        table.RequireRectangular();
        var whoColumn = table.FindColumn(header => header == "wie" || header.StartsWith("verantwoordelijk", StringComparison.Ordinal));
        var descriptionColumn = table.FindColumn(header => DescriptionHeader().IsMatch(header));
        if (descriptionColumn < 0)
        {
            descriptionColumn = Enumerable.Range(0, table.Header.Cells.Count).First(column => column != dateColumn && column != whoColumn);
        }

        var headerYear = YearIn(table.Header.Cells[dateColumn]);
        var context = new DateContext(headerYear, contractYear ?? headerYear + 1);
        return table.Body.Where(row => row.Cells.Any(cell => InlineText.Clean(cell).Length > 0)).Select(row =>
        {
            var description = InlineText.Clean(row.Cells[descriptionColumn]);
            var dateText = row.Cells[dateColumn].Trim();
            var reading = DutchDateReader.Read(dateText, context);
            var responsible = whoColumn >= 0 ? InlineText.Clean(row.Cells[whoColumn]) : null;
            return new ParsedDeadline(DeadlineKinds.Classify(description), description, string.IsNullOrEmpty(responsible) ? null : responsible,
                reading.Date, reading.EndDate, reading.Time, reading.Precision, dateText, row.Line, RowText(row));
        }).ToList();
    }

    /// <summary>The row as it reads in the source, cells joined with " | ", for readers to check the deadline against.</summary>
    private static string RowText(TableRow row) =>
        string.Join(" | ", row.Cells.Select(InlineText.Clean).Where(cell => cell.Length > 0));

    private static int? YearIn(string header) =>
        Year().Match(header) is { Success: true } match ? int.Parse(match.Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"\b(wanneer|datum|deadline)\b")]
    private static partial Regex DateHeader();

    [GeneratedRegex(@"^(wat|activiteit|inkoopactiviteit|omschrijving|stap|actie|fase)\b")]
    private static partial Regex DescriptionHeader();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();
}
