using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Import.PolicyText;

/// <summary>
/// Reads one purchaser's policy document from its text: plain text extracted from a PDF, or Markdown-ish text.
/// Lines are classified, grouped into sections, and the change list, conditions and planning are read from the
/// sections; deadlines also from sentences (<see cref="ProseDeadlines"/>). Every section is kept whole in
/// <see cref="ParsedPolicyText.Sections"/>; the writer files them under the codebook's topics (a heading never
/// becomes a topic), so a policy text has no statements of its own.
/// </summary>
public static class PolicyTextParser
{
    /// <exception cref="ImportFailedException">The text is empty, has no title, or a table that is read is ragged.</exception>
    public static ParsedPolicyText Parse(string text)
    {
        var document = TextDocument.Read(text);
        var consumed = new HashSet<int>();
        var changes = ChangeExtractor.Extract(document.Sections, consumed);
        var conditions = ConditionExtractor.Extract(document.Sections, consumed);
        var planned = PlanningReader.Extract(document.Sections, consumed, document.FromYear);
        var publishedOn = planned
            .FirstOrDefault(deadline => deadline is { Kind: DeadlineKind.PolicyPublication, Precision: DatePrecision.Day })?.Date
            ?? document.OwnDate?.Date;
        var deadlines = planned.Concat(ProseDeadlines.Find(document, planned, YearOfUndatedDeadlines(planned, publishedOn, document.FromYear))).ToList();

        return new ParsedPolicyText(
            document.Title,
            document.FromYear,
            document.ToYear,
            publishedOn,
            document.ToParsedSections(),
            changes,
            conditions,
            deadlines,
            [],
            []);
    }

    /// <summary>
    /// The year of a deadline written without one ("uiterlijk 1 september"): the year the planning table's dates are
    /// in, else the year the document was published, else the year before its first contract year (a policy for
    /// year T is contracted in T-1). Null when the document names no year at all: such a date is then not read.
    /// </summary>
    private static int? YearOfUndatedDeadlines(IReadOnlyList<ParsedDeadline> planned, DateOnly? publishedOn, int? fromYear) =>
        planned.Where(deadline => deadline.Precision is DatePrecision.Day or DatePrecision.Month && deadline.Date is not null)
            .GroupBy(deadline => deadline.Date!.Value.Year)
            .OrderByDescending(group => group.Count())
            .Select(group => (int?)group.Key)
            .FirstOrDefault()
        ?? publishedOn?.Year
        ?? fromYear - 1;
}
