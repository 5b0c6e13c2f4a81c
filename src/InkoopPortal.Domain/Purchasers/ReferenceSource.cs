namespace InkoopPortal.Domain.Purchasers;

/// <summary>Where a piece of reference data comes from, shown next to it in the product.</summary>
public class ReferenceSource
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    /// <summary>An official identifier, e.g. the BWB number of a regulation.</summary>
    public string? Identifier { get; set; }

    public DateOnly? Date { get; set; }

    public string? Url { get; set; }

    public string? Notes { get; set; }
}
