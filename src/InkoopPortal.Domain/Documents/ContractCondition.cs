using InkoopPortal.Domain.CareTypes;

namespace InkoopPortal.Domain.Documents;

public enum ConditionKind
{
    /// <summary>A requirement the provider must meet (minimum- of kwaliteitseis, voorwaarde).</summary>
    Requirement = 1,

    /// <summary>A ground for exclusion (uitsluitingsgrond): fraud, verscherpt toezicht, ...</summary>
    Exclusion = 2,
}

/// <summary>How the thresholds of one condition combine.</summary>
public enum ThresholdLogic
{
    /// <summary>Every threshold must be met ("85% huisartsen én inwoners").</summary>
    AllOf = 1,

    /// <summary>One threshold is enough ("€ 100.000 zorgomzet, of 25% marktaandeel, of twee jaar in bedrijf").</summary>
    AnyOf = 2,
}

/// <summary>
/// A contract condition: a requirement or exclusion, per category and provider type, with the thresholds the
/// text states in structured form.
/// </summary>
public class ContractCondition : ContentRecord, ICitesSource
{
    public int PolicyDocumentId { get; set; }

    /// <summary>The heading it stands under ("Algemeen", "Kwaliteit", "Aanvullend voor ELV", "Minimum- en kwaliteitseisen – Dialysecentra").</summary>
    public required string Category { get; set; }

    /// <summary>The kind of provider it applies to ("ZBC", "Dialysecentra", "ELV"); null for all providers.</summary>
    public string? ProviderType { get; set; }

    /// <summary>Narrows the condition to one of the document's care types; null for all.</summary>
    public int? CareTypeId { get; set; }

    public CareType? CareType { get; set; }

    public ConditionKind Kind { get; set; } = ConditionKind.Requirement;

    public required string Text { get; set; }

    public ThresholdLogic ThresholdLogic { get; set; } = ThresholdLogic.AllOf;

    public List<ConditionThreshold> Thresholds { get; set; } = [];

    public int? SourceDocumentId { get; set; }

    public Sources.SourceDocument? SourceDocument { get; set; }

    public string? SourceLocation { get; set; }

    /// <summary>The page of the original (a PDF) the record stands on; null without pages (ADR-032).</summary>
    public int? SourcePage { get; set; }

    public int SortOrder { get; set; }
}
