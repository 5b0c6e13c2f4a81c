using InkoopPortal.Application.Comparison;

namespace InkoopPortal.Application.YearOverYear;

/// <summary>The years a GET form of these pages offers.</summary>
internal static class FormYears
{
    /// <summary>
    /// Every year with a published document (a static form's lists cannot follow its other choices without a round
    /// trip; a year without a document gets a message), plus the chosen years themselves, kept even without data.
    /// </summary>
    public static List<int> Of(MatrixCatalog catalog, params int?[] chosen) =>
        catalog.Coverage.SelectMany(coverage => Enumerable.Range(coverage.ValidFromYear, coverage.ValidToYear - coverage.ValidFromYear + 1))
            .Concat(chosen.OfType<int>())
            .Distinct()
            .OrderDescending()
            .ToList();
}
