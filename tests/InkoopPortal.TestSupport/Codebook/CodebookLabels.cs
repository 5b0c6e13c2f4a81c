using InkoopPortal.Application.Codebook.Mapping;
using InkoopPortal.Application.Codebook.Mapping.Evaluation;

namespace InkoopPortal.TestSupport.Codebook;

/// <summary>
/// The labelled set of the section mapper: <c>Seeds/</c> (the seed policy texts, read in place under data/sources) and
/// <c>Tuning/</c> (texts written in other purchasers' styles) are the part the codebook and the scorer were tuned on;
/// <c>HeldOut/</c> is written by someone else and loaded as it is at run time, reported apart and never tuned on.
/// The scorer scores against the codebook of each text's care types, with the memo's cells filed under its topics.
/// </summary>
public static class CodebookLabels
{
    public const string TuningPart = "tuning";
    public const string HeldOutPart = "held-out";

    private static readonly Lazy<CodebookTopics> LazyCodebook = new(() => CodebookTopics.Read(Path.Combine(RepositoryPaths.Root, "data", "reference", "codebook.json")));

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> LazyMemo =
        new(() => Codebook.FiledFromMemo(File.ReadAllText(RepositoryPaths.Source("inkoopbeleid-zorgverzekeraars-2022-huisartsenzorg-memo.txt"))));

    public static CodebookTopics Codebook => LazyCodebook.Value;

    /// <summary>The memo's cells per topic slug (and per generic topic its rows cover).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> MemoFiled => LazyMemo.Value;

    public static string Folder(string name) => Path.Combine(RepositoryPaths.Root, "tests", "InkoopPortal.TestSupport", "Codebook", name);

    public static IReadOnlyList<LabelledDocument> Tuning() =>
        [.. Load("Seeds", TuningPart), .. Load("Tuning", TuningPart)];

    public static IReadOnlyList<LabelledDocument> HeldOut() => Load("HeldOut", HeldOutPart);

    /// <summary>A scorer over the codebook of the care types, the memo's cells filed.</summary>
    public static TopicScorer ScorerFor(IReadOnlyList<string> careTypes) => new(Codebook.For(careTypes, MemoFiled));

    public static EvaluationFigures Evaluate(string part, IReadOnlyList<LabelledDocument> documents) => MappingEvaluation.Run(part, documents, ScorerFor);

    private static IReadOnlyList<LabelledDocument> Load(string folder, string part) => LabelledSet.Load(Folder(folder), part, RepositoryPaths.Root, Codebook.Slugs);
}
