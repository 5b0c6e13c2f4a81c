namespace InkoopPortal.Domain.Purchasers;

public enum PurchaserKind
{
    /// <summary>Zorgverzekeraar: buys care under the Zvw.</summary>
    HealthInsurer = 1,

    /// <summary>Zorgkantoor: buys long-term care under the Wlz for its regions.</summary>
    CareOffice = 2,
}

/// <summary>
/// A purchaser of care: a health insurer or a Wlz care office. Source documents name purchasers in many ways
/// ("Z&amp;Z", "Zilverenkruis", "ASR"); <see cref="Aliases"/> holds every spelling that must resolve to this purchaser.
/// </summary>
public class Purchaser : ContentRecord
{
    /// <summary>Stable, lower-case, Dutch URL slug, e.g. <c>zilveren-kruis</c>.</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public PurchaserKind Kind { get; set; }

    public int? ConcernId { get; set; }

    public Concern? Concern { get; set; }

    public string? Website { get; set; }

    /// <summary>Other spellings of the name in source documents (matched case- and punctuation-insensitively).</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>Brands the purchaser sells under (a.s.r. and Ditzo; Zilveren Kruis and De Friesland).</summary>
    public List<PurchaserLabel> Labels { get; set; } = [];

    /// <summary>For a care office: the Wlz regions it buys care for.</summary>
    public List<Region> Regions { get; set; } = [];

    public int SortOrder { get; set; }
}
