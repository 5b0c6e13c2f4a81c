using InkoopPortal.Domain;
using InkoopPortal.Domain.Purchasers;

namespace InkoopPortal.Application.Comparison;

/// <summary>The five things a matrix cell can say; each looks different on the page.</summary>
public enum CellState
{
    Content,

    /// <summary>"Geen bijzonderheden".</summary>
    NothingSpecial,

    /// <summary>"Geen beleid gepubliceerd".</summary>
    NoPolicyPublished,

    /// <summary>"Nog niet geanalyseerd": the purchaser has a document, but nothing on this topic has been read yet.</summary>
    NotAnalysed,

    /// <summary>The purchaser has no document for this year and care type.</summary>
    NoDocument,

    /// <summary>"Leeg in de bron": the source's cell is empty, which claims nothing.</summary>
    EmptyInSource,
}

/// <summary>How a cell compares with the same purchaser and topic a year earlier (only where that year has a document).</summary>
public enum CellChange
{
    None,
    New,
    Changed,
}

/// <summary>Purchasers (columns) against topics (rows, in groups) for one year and care type.</summary>
public sealed record ComparisonMatrix(
    int Year,
    MatrixCareType CareType,
    IReadOnlyList<MatrixColumn> Columns,
    IReadOnlyList<MatrixRowGroup> Groups)
{
    public int CellCount => Groups.Sum(group => group.Rows.Count) * Columns.Count;

    /// <summary>
    /// True when no cell of the column says anything (no document, not analysed, empty in the source): such a column
    /// is left out of the printout.
    /// </summary>
    public bool IsEmptyColumn(int index) =>
        Groups.SelectMany(group => group.Rows).All(row => row.Cells[index].State is CellState.NoDocument or CellState.NotAnalysed or CellState.EmptyInSource);
}

public sealed record MatrixCareType(string Slug, string Name, Law Law);

/// <summary>A purchaser column and the document the cells come from (null when it has none for the year).</summary>
public sealed record MatrixColumn(
    string PurchaserSlug,
    string PurchaserName,
    PurchaserKind Kind,
    bool IsHighlighted,
    MatrixDocument? Document);

public sealed record MatrixDocument(int Id, string Title, int ValidFromYear, int ValidToYear, string? SourceUrl);

public sealed record MatrixRowGroup(string? Slug, string Name, IReadOnlyList<MatrixRow> Rows);

public sealed record MatrixRow(
    string TopicSlug,
    string TopicName,
    bool IsPrecondition,
    IReadOnlyList<string> GuidingQuestions,
    IReadOnlyList<MatrixCell> Cells);

/// <summary>One cell; <see cref="Html"/> is the statement's stored, sanitized HTML (empty unless the state is Content).</summary>
public sealed record MatrixCell(
    string PurchaserSlug,
    CellState State,
    string Html,
    int? StatementId,
    string? SourceLocation,
    CellChange Change,
    string? SourceWording = null);
