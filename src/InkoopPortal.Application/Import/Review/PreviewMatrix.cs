using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Import.Names;

namespace InkoopPortal.Application.Import.Review;

/// <summary>
/// What an import would store, or stored as drafts, drawn as the matrix readers will see: purchaser columns against
/// topic rows, each cell as it will be shown.
/// </summary>
public sealed record PreviewMatrix(
    string Caption,
    IReadOnlyList<PreviewColumn> Columns,
    IReadOnlyList<PreviewRowGroup> Groups)
{
    public int CellCount => Groups.Sum(group => group.Rows.Count) * Columns.Count;
}

/// <summary>A purchaser column, as written in the source, what the name resolves to, and the document it goes into.</summary>
public sealed record PreviewColumn(string PurchaserName, ImportName Purchaser, string? DocumentNote = null);

public sealed record PreviewRowGroup(string? Name, IReadOnlyList<PreviewRow> Rows);

public sealed record PreviewRow(
    string TopicName,
    ImportName Topic,
    bool IsPrecondition,
    IReadOnlyList<string> GuidingQuestions,
    IReadOnlyList<PreviewCell> Cells);

/// <summary>
/// One cell as it will be stored: its status, the rendered HTML (empty unless the status is content), where it is in
/// the source (line and column of a table; <see cref="SourceLocation"/> in words; the page of a PDF, linked to the
/// stored original once there is one), whether it replaces a statement
/// the purchaser's published document already has on the topic, and the source's own words for a state without
/// content.
/// </summary>
public sealed record PreviewCell(
    string PurchaserName,
    CellState State,
    string Html,
    int? Line,
    int? Column,
    bool ReplacesExisting,
    string? SourceWording = null,
    string? SourceLocation = null,
    int? SourcePage = null,
    SourceFiles.SourcePageLink? PageLink = null)
{
    public string StateText => CellStates.Dutch(State);
}
