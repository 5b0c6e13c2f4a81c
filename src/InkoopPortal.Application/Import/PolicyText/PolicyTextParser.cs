using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Import.PolicyText;

/// <summary>
/// Reads one purchaser's policy document from its text: plain text extracted from a PDF, or Markdown-ish text.
/// Lines are classified, grouped into sections, and the change list, conditions, planning and themes are read
/// from the sections. Every section is kept whole in <see cref="ParsedPolicyText.Sections"/>.
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
        var deadlines = PlanningReader.Extract(document.Sections, consumed, document.FromYear);
        var statements = StatementExtractor.Extract(document, consumed);
        var publishedOn = deadlines
            .FirstOrDefault(deadline => deadline is { Kind: DeadlineKind.PolicyPublication, Precision: DatePrecision.Day })?.Date
            ?? document.DateUnderTitle();

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
            statements);
    }
}
