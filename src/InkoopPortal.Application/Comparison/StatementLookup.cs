using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Comparison;

/// <summary>
/// Which document and statement answer a purchaser and topic in a year, and what the cell then says. One set of
/// rules for the matrix, the cell detail and the topic timeline. Pure.
/// </summary>
public sealed class StatementLookup(IEnumerable<InputDocument> documents, IEnumerable<InputStatement> statements, int careTypeId)
{
    private readonly ILookup<int, InputDocument> _documentsByPurchaser = documents.ToLookup(document => document.PurchaserId);
    private readonly ILookup<(int DocumentId, int TopicId), InputStatement> _statements =
        statements.ToLookup(statement => (statement.DocumentId, statement.TopicId));

    /// <summary>The purchaser's documents valid in the year, the most recent (then the newest) first.</summary>
    public IEnumerable<InputDocument> DocumentsOf(int purchaserId, int year) =>
        _documentsByPurchaser[purchaserId]
            .Where(document => document.IsValidIn(year))
            .OrderByDescending(document => document.ValidFromYear)
            .ThenByDescending(document => document.Id);

    /// <summary>The document the purchaser's column shows for the year, if any.</summary>
    public InputDocument? DocumentOf(int purchaserId, int year) => DocumentsOf(purchaserId, year).FirstOrDefault();

    /// <summary>
    /// The first document (in the order above) that speaks to the topic; within it a statement narrowed to this
    /// care type wins over one for all the document's care types.
    /// </summary>
    public InputStatement? StatementOf(int purchaserId, int topicId, int year) =>
        DocumentsOf(purchaserId, year)
            .Select(document => _statements[(document.Id, topicId)]
                .Where(statement => statement.CareTypeId is null || statement.CareTypeId == careTypeId)
                .OrderBy(statement => statement.CareTypeId is null ? 1 : 0)
                .FirstOrDefault())
            .FirstOrDefault(statement => statement is not null);

    /// <summary>The cell for a purchaser and topic in a year: its state, content and change against the year before.</summary>
    public MatrixCell CellOf(int purchaserId, string purchaserSlug, int topicId, int year)
    {
        if (DocumentOf(purchaserId, year) is null)
        {
            return new MatrixCell(purchaserSlug, CellState.NoDocument, "", null, null, CellChange.None);
        }

        var statement = StatementOf(purchaserId, topicId, year);
        if (statement is null)
        {
            return new MatrixCell(purchaserSlug, CellState.NotAnalysed, "", null, null, CellChange.None);
        }

        var state = CellStates.From(statement.Status);
        return new MatrixCell(
            purchaserSlug,
            state,
            state == CellState.Content ? statement.Html : "",
            statement.Id,
            statement.SourceLocation,
            state == CellState.Content ? ChangeAgainstPreviousYear(purchaserId, topicId, year, statement) : CellChange.None,
            state == CellState.Content ? null : statement.SourceWording);
    }

    /// <summary>
    /// New or changed against the year before, judged only where the purchaser had a document then. A document valid
    /// for both years (a multi-year policy) says the same thing in both, so its cells are unchanged.
    /// </summary>
    private CellChange ChangeAgainstPreviousYear(int purchaserId, int topicId, int year, InputStatement current)
    {
        if (DocumentOf(purchaserId, year - 1) is null)
        {
            return CellChange.None;
        }

        var previous = StatementOf(purchaserId, topicId, year - 1);
        if (previous is null || previous.Status != StatementStatus.Content)
        {
            return CellChange.New;
        }

        return previous.Id == current.Id || CellStates.SameText(previous.Html, current.Html)
            ? CellChange.None
            : CellChange.Changed;
    }
}

/// <summary>Cell states: from a statement's status, and in Dutch.</summary>
public static class CellStates
{
    public static CellState From(StatementStatus status) => status switch
    {
        StatementStatus.Content => CellState.Content,
        StatementStatus.NothingSpecial => CellState.NothingSpecial,
        StatementStatus.NoPolicyPublished => CellState.NoPolicyPublished,
        StatementStatus.NotAnalysed => CellState.NotAnalysed,
        StatementStatus.EmptyInSource => CellState.EmptyInSource,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The state as the page says it ("Geen bijzonderheden"); "Beleid" for a cell with content.</summary>
    public static string Dutch(CellState state) => state == CellState.Content ? "Beleid" : MatrixHtmlWriter.StateText(state);

    /// <summary>The change mark in Dutch ("Nieuw", "Gewijzigd"); empty for none.</summary>
    public static string Dutch(CellChange change) => change switch
    {
        CellChange.New => "Nieuw",
        CellChange.Changed => "Gewijzigd",
        _ => "",
    };

    /// <summary>Equal apart from whitespace.</summary>
    public static bool SameText(string left, string right) => Normalize(left) == Normalize(right);

    private static string Normalize(string html) => string.Join(' ', html.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
