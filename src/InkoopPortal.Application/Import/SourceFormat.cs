namespace InkoopPortal.Application.Import;

public enum SourceFormat
{
    /// <summary>Topics against purchasers, tab-separated, with HTML list cells (the InEen memo's shape).</summary>
    ComparisonTable,

    /// <summary>One purchaser's policy text (plain PDF text or Markdown-like).</summary>
    PolicyText,

    /// <summary>Slides presenting one purchaser's (Wlz) policy.</summary>
    Presentation,
}

/// <summary>
/// The format detection proposes for a text and why, in Dutch. <see cref="Format"/> is null when the evidence is too
/// weak to decide: the import then asks for the format instead of guessing.
/// </summary>
public sealed record FormatDetection(SourceFormat? Format, IReadOnlyList<string> Reasons)
{
    public bool IsDecided => Format is not null;
}

/// <summary>
/// Tells the three shapes of source document apart from their text by weighing the evidence for each
/// (<see cref="FormatEvidence"/>): a comparison table has a header of purchasers over topic rows and holds most of the
/// text; a policy text has numbered sections, prose paragraphs and a change table; a presentation names itself
/// (presentatie, informatiebijeenkomst, webinar), carries a date under its title and has many short slides. The best
/// format is proposed only when it clearly beats the next one.
/// </summary>
public static class SourceFormatDetector
{
    /// <summary>The least score a proposal needs.</summary>
    private const int MinimumScore = 3;

    /// <summary>How far the best format must be ahead of the next one.</summary>
    private const int Margin = 2;

    /// <summary>How strong, and how far ahead of the chosen format, another format must be to contradict a choice.</summary>
    private const int ContradictingScore = 5;
    private const int ContradictingMargin = 3;

    public static FormatDetection Detect(string text)
    {
        var evidence = FormatEvidence.Gather(text);
        var ranked = evidence.Ranked();
        var (best, bestScore) = ranked[0];
        var secondScore = ranked[1].Score;
        if (bestScore >= MinimumScore && bestScore - secondScore >= Margin)
        {
            return new FormatDetection(best, [.. evidence.ReasonsFor(best), Summary(ranked)]);
        }

        var reasons = new List<string>
        {
            bestScore < MinimumScore
                ? "Te weinig aanwijzingen om de vorm te bepalen; kies zelf: vergelijkingstabel, beleidstekst of presentatie."
                : $"Het bestand lijkt zowel op een {Name(best)} als op een {Name(ranked[1].Format)}; kies zelf de vorm.",
        };
        reasons.AddRange(ranked.Select(entry =>
            $"{Capitalized(Name(entry.Format))} ({Points(entry.Score)}): " +
            (evidence.ReasonsFor(entry.Format) is { Count: > 0 } found ? string.Join("; ", found) : "geen aanwijzingen")));
        return new FormatDetection(null, reasons);
    }

    /// <summary>
    /// A Dutch message when the text clearly is another format than <paramref name="chosen"/> (e.g. a policy text
    /// chosen for a comparison table with eight purchaser columns), else null: a file is never stored as a format it
    /// is not. A weak or mixed picture does not contradict a choice.
    /// </summary>
    public static string? Contradiction(string text, SourceFormat chosen)
    {
        var evidence = FormatEvidence.Gather(text);
        if (chosen == SourceFormat.ComparisonTable && !evidence.HasTable)
        {
            return "Dit bestand bevat geen tabel (geen regels met tabs of |), dus het is geen vergelijkingstabel.";
        }

        var chosenScore = evidence.Score(chosen);
        var (other, otherScore) = evidence.Ranked().First(entry => entry.Format != chosen);
        if (otherScore < ContradictingScore || otherScore - chosenScore < ContradictingMargin)
        {
            return null;
        }

        return $"Dit bestand is gekozen als {Name(chosen)}, maar het is duidelijk een {Name(other)}: " +
               $"{string.Join("; ", evidence.ReasonsFor(other))}. Kies {Name(other)} of controleer het bestand.";
    }

    /// <summary>The format in Dutch, as the import page and the command line name it.</summary>
    public static string Name(SourceFormat format) => format switch
    {
        SourceFormat.ComparisonTable => "vergelijkingstabel",
        SourceFormat.PolicyText => "beleidstekst",
        SourceFormat.Presentation => "presentatie",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    private static string Summary(IReadOnlyList<(SourceFormat Format, int Score)> ranked) =>
        "Score: " + string.Join(", ", ranked.Select(entry => $"{Name(entry.Format)} {Points(entry.Score)}")) + ".";

    private static string Points(int score) => score == 1 ? "1 punt" : $"{score} punten";

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
