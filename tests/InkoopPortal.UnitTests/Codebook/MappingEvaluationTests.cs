using InkoopPortal.Application.Codebook.Mapping.Evaluation;
using InkoopPortal.TestSupport.Codebook;
using Xunit.Abstractions;

namespace InkoopPortal.UnitTests.Codebook;

/// <summary>
/// The targets (top-1 ≥ 85 %, top-3 ≥ 97 %, front and back matter ≥ 95 %) on both parts: the tuning part
/// (seeds, texts written for tuning, and the earlier held-out sets r1–r4 once they had been looked at) and the unseen
/// held-out part (the r5 set, at least <see cref="HeldOutMinimum"/> sections, never looked at while tuning; on
/// 2026-12-05 top-1 100 %, top-3 100 %, matter 33/33; bench/README.md). The figures of both parts are written to the
/// output. When a held-out set is looked at to improve the mapper, it moves to the tuning part and a fresh one is
/// written (ADR-021).
/// </summary>
public class MappingEvaluationTests(ITestOutputHelper output)
{
    private const int HeldOutMinimum = 100;

    [Fact]
    public void The_mapper_meets_the_targets_on_the_tuning_part_and_on_the_unseen_part()
    {
        var corpus = CodebookLabels.Corpus;
        var tuning = corpus.Evaluate(LabelledCorpus.TuningPart, corpus.Tuning());
        var heldOut = corpus.Evaluate(LabelledCorpus.HeldOutPart, corpus.HeldOut());
        Write(tuning);
        Write(heldOut);

        tuning.Sections.Should().BeGreaterThanOrEqualTo(120, "the issue asks for at least 120 labelled sections in all");
        tuning.Top1Accuracy.Should().BeGreaterThanOrEqualTo(MappingEvaluation.Top1Target, Misses(tuning));
        tuning.Top3Accuracy.Should().BeGreaterThanOrEqualTo(MappingEvaluation.Top3Target, Misses(tuning));
        tuning.MatterRecall.Should().BeGreaterThanOrEqualTo(MappingEvaluation.MatterTarget, Misses(tuning));
        heldOut.Sections.Should().BeGreaterThanOrEqualTo(HeldOutMinimum, "an unseen part large enough to judge");
        heldOut.Top1Accuracy.Should().BeGreaterThanOrEqualTo(MappingEvaluation.Top1Target, Misses(heldOut));
        heldOut.Top3Accuracy.Should().BeGreaterThanOrEqualTo(MappingEvaluation.Top3Target, Misses(heldOut));
        heldOut.MatterRecall.Should().BeGreaterThanOrEqualTo(MappingEvaluation.MatterTarget, Misses(heldOut));
    }

    [Fact]
    public void The_loader_refuses_a_label_whose_title_the_text_does_not_have()
    {
        var folder = Directory.CreateTempSubdirectory("labels-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "x.md"), "# Beleid 2025\n\n## Tarieven\n\nDe tarieven stijgen.\n");
            File.WriteAllText(Path.Combine(folder.FullName, "x.labels.json"),
                """{ "purchaser": "vgz", "year": 2025, "careTypes": ["msz"], "sections": [ { "title": "Tarief", "topics": ["tarieven-en-bekostiging"] } ] }""");

            var load = () => LabelledSet.Load(folder.FullName, "test", folder.FullName, CodebookLabels.Corpus.Codebook.Slugs);

            load.Should().Throw<InvalidDataException>().WithMessage("*Tarief*");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Misses(EvaluationFigures figures) =>
        string.Join("\n", figures.Misses.Select(miss => $"{miss.Document} '{miss.Section}': {miss.Expected} <- {miss.Got}"));

    private void Write(EvaluationFigures figures) =>
        output.WriteLine($"{figures.Part}: {figures.Documents} documents, {figures.Sections} sections, {figures.ContentSections} content: " +
                         $"top-1 {figures.Top1Accuracy:0.0} %, top-3 {figures.Top3Accuracy:0.0} %, matter {figures.MatterRecognised}/{figures.MatterSections} " +
                         $"({figures.MatterRecall:0.0} %), recogniser false positives {figures.FalseMatter}");
}
