using InkoopPortal.Application.Codebook.Mapping.Evaluation;

namespace InkoopPortal.TestSupport.Codebook;

/// <summary>
/// The mapper's labelled set in this folder (<see cref="LabelledCorpus"/>): <c>Seeds/</c> labels the seed policy texts
/// under data/sources, <c>Tuning/</c> holds texts written in other purchasers' styles with their labels, and
/// <c>HeldOut/</c> is written by someone else: loaded at run time, reported apart, never tuned on (each held-out set,
/// once looked at, moves to <c>Tuning/</c>: the first and the r2 set have).
/// </summary>
public static class CodebookLabels
{
    public const string Folder = "tests/InkoopPortal.TestSupport/Codebook";

    private static readonly Lazy<LabelledCorpus> LazyCorpus = new(() => new LabelledCorpus(RepositoryPaths.Root, Folder));

    public static LabelledCorpus Corpus => LazyCorpus.Value;
}
