using InkoopPortal.Domain;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;

namespace InkoopPortal.Application.Overview;

/// <summary>What the start page shows a newcomer: who buys care, for which care types, and which documents per year.</summary>
public sealed record PortalOverview(
    IReadOnlyList<PurchaserSummary> Purchasers,
    IReadOnlyList<CareTypeSummary> CareTypes,
    IReadOnlyList<YearDocuments> DocumentsByYear);

public sealed record PurchaserSummary(
    string Slug,
    string Name,
    PurchaserKind Kind,
    string? ConcernName,
    IReadOnlyList<string> Labels,
    string? Website,
    int RegionCount,
    int DocumentCount);

public sealed record CareTypeSummary(string Slug, string Name, Law Law, int DocumentCount);

public sealed record YearDocuments(int Year, IReadOnlyList<DocumentSummary> Documents);

public sealed record DocumentSummary(
    int Id,
    string Title,
    string PurchaserSlug,
    string PurchaserName,
    IReadOnlyList<string> CareTypeNames,
    int ValidFromYear,
    int ValidToYear,
    DocumentStatus Status,
    string? SourceUrl,
    int StatementCount);
