namespace InkoopPortal.Application.Comparison;

/// <summary>
/// Builds the comparison matrix from <see cref="MatrixInput"/>. Pure: the unit tests drive it without a database.
/// </summary>
public static class MatrixBuilder
{
    /// <summary>The name of the row group for topics that belong to no group, when other groups exist.</summary>
    public const string UngroupedName = "Niet ingedeeld";

    public static ComparisonMatrix Build(MatrixInput input)
    {
        var lookup = new StatementLookup(input.Documents, input.Statements, input.CareTypeId);
        var purchasers = input.Purchasers
            .OrderBy(purchaser => purchaser.Slug == input.HighlightedPurchaserSlug ? 0 : 1)
            .ToList();

        var columns = purchasers.Select(purchaser =>
        {
            var document = lookup.DocumentOf(purchaser.Id, input.Year);
            return new MatrixColumn(
                purchaser.Slug,
                purchaser.Name,
                purchaser.Kind,
                purchaser.Slug == input.HighlightedPurchaserSlug,
                document is null
                    ? null
                    : new MatrixDocument(document.Id, document.Title, document.ValidFromYear, document.ValidToYear, document.SourceUrl));
        }).ToList();

        var hasGroups = input.Topics.Any(topic => topic.Group is not null);
        var groups = input.Topics
            .GroupBy(topic => topic.Group)
            .OrderBy(group => group.Key is null ? 1 : 0)
            .ThenBy(group => group.Key?.SortOrder)
            .Select(group => new MatrixRowGroup(
                group.Key?.Slug,
                group.Key?.Name ?? (hasGroups ? UngroupedName : "Onderwerpen"),
                group.OrderBy(topic => topic.SortOrder).ThenBy(topic => topic.Name, StringComparer.CurrentCulture)
                    .Select(topic => new MatrixRow(
                        topic.Slug,
                        topic.Name,
                        topic.IsPrecondition,
                        topic.GuidingQuestions,
                        purchasers.Select(purchaser => lookup.CellOf(purchaser.Id, purchaser.Slug, topic.Id, input.Year)).ToList()))
                    .ToList()))
            .ToList();

        return new ComparisonMatrix(input.Year, input.CareType, columns, groups);
    }
}
