namespace InkoopPortal.Domain.Documents;

public enum ComparisonOperator
{
    AtLeast = 1,
    AtMost = 2,
    Exactly = 3,
    MoreThan = 4,
    LessThan = 5,
}

/// <summary>
/// One measurable threshold in a condition's text, e.g. zorgomzet ≥ 100000 EUR, marktaandeel ≥ 25 %,
/// jaren in bedrijf ≥ 2 jaar, ASA-classificatie ≤ 2.
/// </summary>
public class ConditionThreshold : ContentRecord
{
    public int ContractConditionId { get; set; }

    /// <summary>What is measured, in Dutch as the sources say it ("zorgomzet", "marktaandeel", "inwoners").</summary>
    public required string Metric { get; set; }

    public ComparisonOperator Operator { get; set; }

    public decimal Value { get; set; }

    /// <summary>"EUR", "%", "jaar", "fte", "inwoners", "klasse" ... (empty when the value has no unit).</summary>
    public string Unit { get; set; } = "";

    /// <summary>The words the threshold was read from.</summary>
    public string SourceText { get; set; } = "";

    public int SortOrder { get; set; }
}
