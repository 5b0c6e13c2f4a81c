namespace InkoopPortal.Bench.Data;

/// <summary>
/// Words the generator's vocabulary lacks for the search benchmark's frequency bands: every phrase of
/// <see cref="PolicyTextGenerator"/> recurs in a large share of the statements (common terms), so a few words are added
/// to new texts at fixed low rates, making a rare term (well under 0.1% of the statements, as texts repeat in later
/// years) and a medium one (about 1–5%). The search benchmark measures the real frequencies and picks its terms from them.
/// </summary>
public static class SearchBandWords
{
    public const string Rare = "kwartiermaker";
    public const string Medium = "leefstijlinterventie";

    /// <summary>Chance per new text (about 45% of the statements with content are new texts, each repeated about twice).</summary>
    private const double RareChance = 0.0005;
    private const double MediumChance = 0.02;

    public static IReadOnlyList<string> All { get; } = [Rare, Medium];

    public static string Add(Random random, string markdown)
    {
        var draw = random.NextDouble();
        return draw switch
        {
            < RareChance => markdown + $"\n- Een {Rare} begeleidt de start van het nieuwe zorgnetwerk.",
            < RareChance + MediumChance => markdown + $"\n- De gecombineerde {Medium} valt onder de basisverzekering.",
            _ => markdown,
        };
    }
}
