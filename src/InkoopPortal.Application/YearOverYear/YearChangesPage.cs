using InkoopPortal.Application.Comparison;

namespace InkoopPortal.Application.YearOverYear;

/// <summary>
/// What changed in a year for one care type, per purchaser. <see cref="Request"/> is resolved (year and care type
/// filled in, for the form). <see cref="NotFound"/>: a named care type or purchaser does not exist; the page answers 404.
/// </summary>
public sealed record YearChangesPage(
    YearChangesRequest Request,
    MatrixCareType? CareType,
    IReadOnlyList<PurchaserChanges> Purchasers,
    IReadOnlyList<string> WithoutPreviousYear,
    IReadOnlyList<string> Messages,
    bool NotFound,
    YearChangesOptions Options);

/// <summary>What the filter offers: every year with a published document, every care type, every purchaser.</summary>
public sealed record YearChangesOptions(IReadOnlyList<int> Years, IReadOnlyList<CatalogCareType> CareTypes, IReadOnlyList<CatalogPurchaser> Purchasers);

/// <summary>
/// One purchaser's changes in the year: topics the matrix marks new or changed or that its document names a change
/// for, and the document's change entries without a topic of the care type.
/// </summary>
public sealed record PurchaserChanges(
    string Slug,
    string Name,
    string DiffUrl,
    IReadOnlyList<TopicChange> Topics,
    IReadOnlyList<CellChangeEntry> GeneralEntries);

/// <summary>
/// A topic that changed: the matrix's mark (<see cref="CellChange.None"/> when only the document's own change list names
/// it), those change entries, its cell in the matrix and its block in the year-over-year comparison.
/// </summary>
public sealed record TopicChange(
    string TopicSlug,
    string TopicName,
    CellChange Mark,
    IReadOnlyList<CellChangeEntry> Entries,
    string MatrixUrl,
    string DiffUrl);
