namespace InkoopPortal.Domain.Purchasers;

/// <summary>A brand a purchaser sells insurance under.</summary>
public class PurchaserLabel : ContentRecord
{
    public int PurchaserId { get; set; }

    public required string Name { get; set; }

    public string? Website { get; set; }

    public int SortOrder { get; set; }
}
