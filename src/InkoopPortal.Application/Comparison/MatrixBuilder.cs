using InkoopPortal.Domain.Documents;

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
        var lookup = new StatementLookup(input);
        var purchasers = input.Purchasers
            .OrderBy(purchaser => purchaser.Slug == input.HighlightedPurchaserSlug ? 0 : 1)
            .ToList();

        var columns = purchasers.Select(purchaser =>
        {
            var document = lookup.DocumentsOf(purchaser.Id, input.Year).FirstOrDefault();
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
                        purchasers.Select(purchaser => BuildCell(input.Year, purchaser, topic, lookup)).ToList()))
                    .ToList()))
            .ToList();

        return new ComparisonMatrix(input.Year, input.CareType, columns, groups);
    }

    private static MatrixCell BuildCell(int year, InputPurchaser purchaser, InputTopic topic, StatementLookup lookup)
    {
        if (!lookup.DocumentsOf(purchaser.Id, year).Any())
        {
            return new MatrixCell(purchaser.Slug, CellState.NoDocument, "", null, null, CellChange.None);
        }

        var statement = lookup.StatementOf(purchaser.Id, topic.Id, year);
        if (statement is null)
        {
            return new MatrixCell(purchaser.Slug, CellState.NotAnalysed, "", null, null, CellChange.None);
        }

        var state = StateOf(statement.Status);
        return new MatrixCell(
            purchaser.Slug,
            state,
            state == CellState.Content ? statement.Html : "",
            statement.Id,
            statement.SourceLocation,
            state == CellState.Content ? ChangeAgainstPreviousYear(year, purchaser, topic, statement, lookup) : CellChange.None);
    }

    /// <summary>
    /// New or changed against the year before, judged only where the purchaser had a document then. A document valid
    /// for both years (a multi-year policy) says the same thing in both, so its cells are unchanged.
    /// </summary>
    private static CellChange ChangeAgainstPreviousYear(
        int year, InputPurchaser purchaser, InputTopic topic, InputStatement current, StatementLookup lookup)
    {
        if (!lookup.DocumentsOf(purchaser.Id, year - 1).Any())
        {
            return CellChange.None;
        }

        var previous = lookup.StatementOf(purchaser.Id, topic.Id, year - 1);
        if (previous is null || previous.Status != StatementStatus.Content)
        {
            return CellChange.New;
        }

        return previous.Id == current.Id || Normalize(previous.Html) == Normalize(current.Html)
            ? CellChange.None
            : CellChange.Changed;
    }

    private static string Normalize(string html) => string.Join(' ', html.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static CellState StateOf(StatementStatus status) => status switch
    {
        StatementStatus.Content => CellState.Content,
        StatementStatus.NothingSpecial => CellState.NothingSpecial,
        StatementStatus.NoPolicyPublished => CellState.NoPolicyPublished,
        StatementStatus.NotAnalysed => CellState.NotAnalysed,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Finds a purchaser's documents for a year and the statement that answers a topic.</summary>
    private sealed class StatementLookup(MatrixInput input)
    {
        private readonly ILookup<int, InputDocument> _documentsByPurchaser = input.Documents.ToLookup(document => document.PurchaserId);
        private readonly ILookup<(int DocumentId, int TopicId), InputStatement> _statements =
            input.Statements.ToLookup(statement => (statement.DocumentId, statement.TopicId));

        /// <summary>The purchaser's documents valid in the year, the most recent (then the newest) first.</summary>
        public IEnumerable<InputDocument> DocumentsOf(int purchaserId, int year) =>
            _documentsByPurchaser[purchaserId]
                .Where(document => document.IsValidIn(year))
                .OrderByDescending(document => document.ValidFromYear)
                .ThenByDescending(document => document.Id);

        /// <summary>
        /// The first document (in the order above) that speaks to the topic; within it a statement narrowed to this
        /// care type wins over one for all the document's care types.
        /// </summary>
        public InputStatement? StatementOf(int purchaserId, int topicId, int year) =>
            DocumentsOf(purchaserId, year)
                .Select(document => _statements[(document.Id, topicId)]
                    .Where(statement => statement.CareTypeId is null || statement.CareTypeId == input.CareTypeId)
                    .OrderBy(statement => statement.CareTypeId is null ? 1 : 0)
                    .FirstOrDefault())
                .FirstOrDefault(statement => statement is not null);
    }
}
