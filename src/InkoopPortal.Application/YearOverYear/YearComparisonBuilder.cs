using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.PolicyYears;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.YearOverYear;

/// <summary>
/// What <see cref="YearComparisonBuilder"/> needs, already read: one purchaser's published documents for the care type
/// valid in either year, their statements on the care type's topics (with the Markdown the word diff compares), and
/// their change entries.
/// </summary>
public sealed record YearComparisonInput(
    InputPurchaser Purchaser,
    MatrixCareType CareType,
    int CareTypeId,
    int BeforeYear,
    int AfterYear,
    IReadOnlyList<InputTopic> Topics,
    IReadOnlyList<InputDocument> Documents,
    IReadOnlyList<InputStatement> Statements,
    IReadOnlyDictionary<int, string> MarkdownByStatementId,
    IReadOnlyList<InputChange> Changes);

/// <summary>
/// Compares what the matrix shows for a purchaser and care type in two years, topic by topic. Each year resolves to
/// statements with the matrix's rules (<see cref="StatementLookup"/>): a multi-year document counts in each of its
/// years, the newest document first, a statement narrowed to the care type before a general one. Pure.
/// </summary>
public static class YearComparisonBuilder
{
    public static YearOverYearComparison Build(YearComparisonInput input)
    {
        var lookup = new StatementLookup(input.Documents, input.Statements, input.CareTypeId);
        var purchaserId = input.Purchaser.Id;
        var before = lookup.DocumentsOf(purchaserId, input.BeforeYear).ToList();
        var after = lookup.DocumentsOf(purchaserId, input.AfterYear).ToList();

        // A document's own change entries describe what it changed when it took effect: they belong to the later year
        // only when that document was not valid in the earlier one.
        var newDocuments = after.Where(document => !document.IsValidIn(input.BeforeYear)).Select(document => document.Id).ToList();
        var changes = input.Changes
            .Where(change => newDocuments.Contains(change.DocumentId))
            .OrderBy(change => newDocuments.IndexOf(change.DocumentId))
            .ThenBy(change => change.SortOrder)
            .ToList();
        var topicIds = input.Topics.Select(topic => topic.Id).ToHashSet();
        var entriesByTopic = changes.Where(change => change.TopicId is { } id && topicIds.Contains(id)).ToLookup(change => change.TopicId!.Value);

        var diffs = PolicyYearComparison.Compare(
            Resolve(input, lookup, input.BeforeYear),
            Resolve(input, lookup, input.AfterYear),
            entriesByTopic.Select(group => group.Key).ToHashSet());

        var topics = diffs.Select(diff => new YearTopic(
                diff,
                entriesByTopic[diff.TopicId].Select(Entry).ToList(),
                YearOverYearRequest.TopicAnchor(diff.TopicSlug),
                MatrixHtmlWriter.MatrixCellUrl(input.AfterYear, input.CareType.Slug, input.Purchaser.Slug, diff.TopicSlug)))
            .ToList();
        return new YearOverYearComparison(
            Side(input.BeforeYear, before),
            Side(input.AfterYear, after),
            new CellPurchaser(input.Purchaser.Slug, input.Purchaser.Name),
            input.CareType,
            topics,
            changes.Where(change => change.TopicId is not { } id || !topicIds.Contains(id)).Select(Entry).ToList());
    }

    internal static CellChangeEntry Entry(InputChange change) => new(change.Subject, change.Html, change.SectionReference);

    /// <summary>The statement the matrix shows per topic in the year; the care type is resolved, so it is left off.</summary>
    private static List<ComparedStatement> Resolve(YearComparisonInput input, StatementLookup lookup, int year) =>
        input.Topics
            .Select(topic => (Topic: topic, Statement: lookup.StatementOf(input.Purchaser.Id, topic.Id, year)))
            .Where(entry => entry.Statement is not null)
            .Select(entry => new ComparedStatement(
                entry.Topic.Id,
                entry.Topic.Slug,
                entry.Topic.Name,
                entry.Topic.Group?.SortOrder ?? int.MaxValue,
                entry.Topic.SortOrder,
                null,
                null,
                entry.Statement!.Status,
                input.MarkdownByStatementId.GetValueOrDefault(entry.Statement.Id, ""),
                entry.Statement.Html))
            .ToList();

    private static ComparedSide Side(int year, IEnumerable<InputDocument> documents) =>
        new(year.ToString(System.Globalization.CultureInfo.InvariantCulture), year,
            documents.Select(document => new DiffDocument(document.Id, document.Title, document.ValidFromYear, document.ValidToYear, DocumentStatus.Published)).ToList());
}
