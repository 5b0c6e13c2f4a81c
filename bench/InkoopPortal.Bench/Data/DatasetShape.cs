using InkoopPortal.Domain;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Bench.Data;

/// <summary>
/// The size and mix of the synthetic dataset, shaped like the real one: purchasers publish a policy per care type and
/// year (sometimes one for two years), most topics get a statement, most statements have content, and a statement
/// often says the same as the year before.
/// </summary>
public static class DatasetShape
{
    public const int Seed = 20261123;

    public const int HealthInsurers = 18;
    public const int CareOffices = 12;
    public const int FirstYear = 2015;
    public const int Years = 12;
    public const int ZvwCareTypes = 14;
    public const int WlzCareTypes = 6;
    public const int Topics = 20;

    /// <summary>Chance that a purchaser publishes policy for a care type at all (one "track" of documents).</summary>
    public const double TrackChance = 0.86;

    /// <summary>Chance that a year of a track has a document.</summary>
    public const double YearChance = 0.95;

    /// <summary>Chance that a document is valid for two years (a.s.r. 2023-2024).</summary>
    public const double TwoYearChance = 0.15;

    /// <summary>Chance that a document year also has an unpublished draft of a revision.</summary>
    public const double DraftChance = 0.04;

    /// <summary>Chance that a document has a statement on a topic (else the matrix says "not analysed").</summary>
    public const double StatementChance = 0.96;

    /// <summary>Chance that a statement repeats the text of the same topic in the previous document of the track.</summary>
    public const double UnchangedChance = 0.55;

    public const int MinimumBodyLength = 100;
    public const int MaximumBodyLength = 2000;

    public static int LastYear => FirstYear + Years - 1;

    public static StatementStatus PickStatus(Random random) => random.NextDouble() switch
    {
        < 0.82 => StatementStatus.Content,
        < 0.91 => StatementStatus.NothingSpecial,
        < 0.96 => StatementStatus.NoPolicyPublished,
        _ => StatementStatus.NotAnalysed,
    };

    /// <summary>Body length, skewed towards shorter cells as in the real memo (mean about 730 characters).</summary>
    public static int PickBodyLength(Random random)
    {
        var fraction = random.NextDouble();
        return MinimumBodyLength + (int)((MaximumBodyLength - MinimumBodyLength) * fraction * fraction);
    }

    public static Law LawOfCareType(int index) => index < ZvwCareTypes ? Law.Zvw : Law.Wlz;
}
