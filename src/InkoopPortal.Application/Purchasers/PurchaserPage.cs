using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;

namespace InkoopPortal.Application.Purchasers;

/// <summary>Everything a purchaser's page shows: who it is, its regions (care offices) and its published documents.</summary>
public sealed record PurchaserPage(
    string Slug,
    string Name,
    PurchaserKind Kind,
    string? Website,
    IReadOnlyList<string> Aliases,
    string? ConcernName,
    IReadOnlyList<PurchaserLink> ConcernPurchasers,
    IReadOnlyList<LabelInfo> Labels,
    IReadOnlyList<RegionInfo> Regions,
    IReadOnlyList<RegionSource> RegionSources,
    IReadOnlyList<DocumentYear> DocumentsByYear);

public sealed record PurchaserLink(string Slug, string Name, PurchaserKind Kind);

public sealed record LabelInfo(string Name, string? Website);

public sealed record RegionInfo(int Number, string Name, PurchaserLink? PreferredInsurer, string? Note);

/// <summary>Where the region data comes from, e.g. the decree BWBR0035987 of 10 December 2014.</summary>
public sealed record RegionSource(string Title, string? Identifier, DateOnly? Date, string? Url, string? Notes);

/// <summary>The documents valid in one year, grouped by the care types they cover.</summary>
public sealed record DocumentYear(int Year, IReadOnlyList<CareTypeDocuments> Groups);

public sealed record CareTypeDocuments(IReadOnlyList<string> CareTypeNames, IReadOnlyList<PurchaserDocument> Documents);

public sealed record PurchaserDocument(
    int Id,
    string Title,
    PolicyDocumentKind Kind,
    int ValidFromYear,
    int ValidToYear,
    DateOnly? PublishedOn,
    string? SourceUrl);

/// <summary>One line of the purchaser index.</summary>
public sealed record PurchaserIndexEntry(string Slug, string Name, PurchaserKind Kind, string? ConcernName, int DocumentCount);
