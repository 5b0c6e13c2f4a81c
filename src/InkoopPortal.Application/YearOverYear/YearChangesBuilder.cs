using InkoopPortal.Application.Comparison;

namespace InkoopPortal.Application.YearOverYear;

/// <summary>
/// What <see cref="YearChangesBuilder"/> needs, already read: the purchasers in page order, the care type's topics,
/// their published documents valid in the year or the year before, those documents' statements and change entries.
/// </summary>
public sealed record YearChangesInput(
    int Year,
    MatrixCareType CareType,
    int CareTypeId,
    IReadOnlyList<InputPurchaser> Purchasers,
    IReadOnlyList<InputTopic> Topics,
    IReadOnlyList<InputDocument> Documents,
    IReadOnlyList<InputStatement> Statements,
    IReadOnlyList<InputChange> Changes);

/// <summary>
/// "Wat is er veranderd in &lt;jaar&gt;": per purchaser the topics the matrix marks new or changed against the year
/// before (the same rule, <see cref="StatementLookup"/>), and the change entries of its documents that took effect in
/// the year. Purchasers with nothing to report are left out. Pure.
/// </summary>
public static class YearChangesBuilder
{
    public static (IReadOnlyList<PurchaserChanges> Purchasers, IReadOnlyList<string> WithoutPreviousYear) Build(YearChangesInput input)
    {
        var lookup = new StatementLookup(input.Documents, input.Statements, input.CareTypeId);
        var topics = input.Topics
            .OrderBy(topic => topic.Group is null ? 1 : 0).ThenBy(topic => topic.Group?.SortOrder)
            .ThenBy(topic => topic.SortOrder).ThenBy(topic => topic.Name, StringComparer.CurrentCulture)
            .ToList();
        var topicIds = topics.Select(topic => topic.Id).ToHashSet();
        var (year, careType) = (input.Year, input.CareType.Slug);

        var withoutPreviousYear = new List<string>();
        var changed = new List<PurchaserChanges>();
        foreach (var purchaser in input.Purchasers)
        {
            if (lookup.DocumentOf(purchaser.Id, year) is null)
            {
                continue;
            }

            if (lookup.DocumentOf(purchaser.Id, year - 1) is null)
            {
                withoutPreviousYear.Add(purchaser.Name);
            }

            // A document's change entries describe what changed when it took effect: a multi-year document's belong to its first year.
            var newDocuments = lookup.DocumentsOf(purchaser.Id, year).Where(document => !document.IsValidIn(year - 1)).Select(document => document.Id).ToList();
            var entries = input.Changes
                .Where(change => newDocuments.Contains(change.DocumentId))
                .OrderBy(change => newDocuments.IndexOf(change.DocumentId)).ThenBy(change => change.SortOrder)
                .ToList();

            var topicChanges = topics
                .Select(topic => new TopicChange(
                    topic.Slug,
                    topic.Name,
                    lookup.CellOf(purchaser.Id, purchaser.Slug, topic.Id, year).Change,
                    entries.Where(change => change.TopicId == topic.Id).Select(YearComparisonBuilder.Entry).ToList(),
                    MatrixHtmlWriter.MatrixCellUrl(year, careType, purchaser.Slug, topic.Slug),
                    YearOverYearRequest.Url(purchaser.Slug, careType, year - 1, year, topic.Slug)))
                .Where(change => change.Mark != CellChange.None || change.Entries.Count > 0)
                .ToList();
            var general = entries.Where(change => change.TopicId is not { } id || !topicIds.Contains(id)).Select(YearComparisonBuilder.Entry).ToList();
            if (topicChanges.Count > 0 || general.Count > 0)
            {
                changed.Add(new PurchaserChanges(
                    purchaser.Slug, purchaser.Name, YearOverYearRequest.Url(purchaser.Slug, careType, year - 1, year), topicChanges, general));
            }
        }

        return (changed, withoutPreviousYear);
    }
}
