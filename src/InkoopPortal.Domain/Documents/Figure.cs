using InkoopPortal.Domain.CareTypes;

namespace InkoopPortal.Domain.Documents;

/// <summary>A figure stated by a policy, e.g. the Wlz tariff percentage for sector VV (95,5%) and its basis.</summary>
public class Figure : ContentRecord, ICitesSource
{
    public int PolicyDocumentId { get; set; }

    /// <summary>What the figure is ("Tariefpercentage").</summary>
    public required string Name { get; set; }

    /// <summary>The sector or category as the source writes it ("VV").</summary>
    public string? Category { get; set; }

    public int? CareTypeId { get; set; }

    public CareType? CareType { get; set; }

    /// <summary>The year it applies to; null for every year of the document.</summary>
    public int? Year { get; set; }

    public decimal Value { get; set; }

    public string Unit { get; set; } = "";

    /// <summary>How the figure was arrived at ("75e percentiel van de kostenpercentages").</summary>
    public string? Basis { get; set; }

    public string? SourceLocation { get; set; }

    /// <summary>The page of the original (a PDF) the record stands on; null without pages (ADR-032).</summary>
    public int? SourcePage { get; set; }

    public int SortOrder { get; set; }
}
