namespace InkoopPortal.Application.Codebook.Mapping.Evaluation;

/// <summary>
/// The mapper's labelled set in a repository: <c>Seeds/</c> and <c>Tuning/</c> under the labels folder are the part the
/// codebook and the scorer were tuned on; <c>HeldOut/</c> is loaded as it is at run time and reported apart. Each
/// text is scored against the codebook (<c>data/reference/codebook.json</c>) of its care types, with the 2022 memo's
/// cells filed under its topics, as a fresh portal has them. Shared by the unit test and the benchmark.
/// </summary>
public sealed class LabelledCorpus
{
    public const string TuningPart = "tuning";
    public const string HeldOutPart = "held-out";

    private const string MemoFile = "inkoopbeleid-zorgverzekeraars-2022-huisartsenzorg-memo.txt";

    private readonly string _root;
    private readonly string _labels;

    /// <param name="repositoryRoot">The folder that holds InkoopPortal.sln.</param>
    /// <param name="labelsFolder">The labels folder, relative to the root.</param>
    public LabelledCorpus(string repositoryRoot, string labelsFolder)
    {
        _root = repositoryRoot;
        _labels = Path.Combine(repositoryRoot, labelsFolder);
        Codebook = CodebookTopics.Read(Path.Combine(repositoryRoot, "data", "reference", "codebook.json"));
        MemoFiled = Codebook.FiledFromMemo(File.ReadAllText(Path.Combine(repositoryRoot, "data", "sources", MemoFile)));
    }

    public CodebookTopics Codebook { get; }

    /// <summary>The memo's cells per topic slug (and per generic topic its rows cover).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> MemoFiled { get; }

    public IReadOnlyList<LabelledDocument> Tuning() => [.. Load("Seeds", TuningPart), .. Load("Tuning", TuningPart)];

    public IReadOnlyList<LabelledDocument> HeldOut() => Load("HeldOut", HeldOutPart);

    /// <summary>A scorer over the codebook of the care types, the memo's cells filed.</summary>
    public TopicScorer ScorerFor(IReadOnlyList<string> careTypes) => new(Codebook.For(careTypes, MemoFiled));

    public EvaluationFigures Evaluate(string part, IReadOnlyList<LabelledDocument> documents) => MappingEvaluation.Run(part, documents, ScorerFor);

    private IReadOnlyList<LabelledDocument> Load(string folder, string part) => LabelledSet.Load(Path.Combine(_labels, folder), part, _root, Codebook.Slugs);
}
