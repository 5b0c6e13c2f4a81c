namespace InkoopPortal.Domain.Purchasers;

/// <summary>
/// A Wlz care-office region (zorgkantoorregio) with the care office appointed for it and, where known,
/// the preferred (dominant) health insurer of the region. Always shown with its <see cref="Source"/>.
/// </summary>
public class Region : ContentRecord
{
    /// <summary>The official region number (1-32 in the 2015 decree).</summary>
    public int Number { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>The Wlz executor (zorgkantoor) for this region.</summary>
    public int? CareOfficeId { get; set; }

    public Purchaser? CareOffice { get; set; }

    /// <summary>The preferred insurer (preferente zorgverzekeraar) leading contracting in this region, where known.</summary>
    public int? PreferredInsurerId { get; set; }

    public Purchaser? PreferredInsurer { get; set; }

    public int ReferenceSourceId { get; set; }

    public ReferenceSource? Source { get; set; }

    /// <summary>Later changes known from other sources, e.g. a merger of regions.</summary>
    public string? Note { get; set; }
}
