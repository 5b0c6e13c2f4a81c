using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.PolicyYears;
using InkoopPortal.Application.Presentation;

namespace InkoopPortal.Application.YearOverYear;

/// <summary>
/// The year-over-year page's data: the request as resolved (defaults filled in, for the form), the comparison when
/// there is one, Dutch messages, and the form's choices. <see cref="NotFound"/>: a named purchaser, care type or
/// document does not exist (or is not published); the page answers 404 with the message.
/// </summary>
public sealed record YearOverYearPage(
    YearOverYearRequest Request,
    YearOverYearComparison? Comparison,
    IReadOnlyList<string> Messages,
    bool NotFound,
    YearOverYearOptions Options);

/// <summary>What the form offers: purchasers, care types, years, and the chosen purchaser's published documents.</summary>
public sealed record YearOverYearOptions(
    IReadOnlyList<CatalogPurchaser> Purchasers,
    IReadOnlyList<CatalogCareType> CareTypes,
    IReadOnlyList<int> Years,
    IReadOnlyList<DocumentOption> Documents);

public sealed record DocumentOption(int Id, string Title, int ValidFromYear, int ValidToYear)
{
    /// <summary>"Inkoopbeleid huisartsenzorg 2022 – CZ (2022)".</summary>
    public string Label => $"{Title} ({DutchFormat.Years(ValidFromYear, ValidToYear)})";
}

/// <summary>
/// Two sides compared topic by topic. In a comparison of years, <see cref="Purchaser"/> and <see cref="CareType"/> are
/// set and each side holds the documents the matrix shows for that year; in a comparison of two documents, one each.
/// </summary>
public sealed record YearOverYearComparison(
    ComparedSide Before,
    ComparedSide After,
    CellPurchaser? Purchaser,
    MatrixCareType? CareType,
    IReadOnlyList<YearTopic> Topics,
    IReadOnlyList<CellChangeEntry> GeneralChanges)
{
    /// <summary>One (multi-year) document speaks for both years: nothing can differ.</summary>
    public bool SameDocument =>
        Before.Documents.Count > 0 && Before.Documents.Select(document => document.Id).SequenceEqual(After.Documents.Select(document => document.Id));

    public IReadOnlyList<YearTopic> Differences => Topics.Where(topic => topic.Diff.Kind != TopicDiffKind.Unchanged).ToList();

    public IReadOnlyList<YearTopic> Unchanged => Topics.Where(topic => topic.Diff.Kind == TopicDiffKind.Unchanged).ToList();

    public int Count(TopicDiffKind kind) => Topics.Count(topic => topic.Diff.Kind == kind);
}

/// <summary>One side: a year ("2022") with the documents valid in it, or one document (labelled with its years).</summary>
public sealed record ComparedSide(string Label, int? Year, IReadOnlyList<DiffDocument> Documents);

/// <summary>
/// One topic's difference, the later side's own change entries for it ("Wijzigingen t.o.v. vorig jaar"), the id of its
/// block on the page, and (comparing years) its cell in the later year's matrix.
/// </summary>
public sealed record YearTopic(TopicDiff Diff, IReadOnlyList<CellChangeEntry> ChangeEntries, string AnchorId, string? MatrixUrl);
