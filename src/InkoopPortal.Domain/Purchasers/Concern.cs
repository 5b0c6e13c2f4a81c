namespace InkoopPortal.Domain.Purchasers;

/// <summary>An insurer group (concern) that owns several purchasers, e.g. Achmea owns Zilveren Kruis and its care offices.</summary>
public class Concern : ContentRecord
{
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public List<Purchaser> Purchasers { get; set; } = [];
}
