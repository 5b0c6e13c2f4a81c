using System.Diagnostics;
using System.Globalization;
using System.Text;
using InkoopPortal.Application.Codebook.Mapping;
using InkoopPortal.Application.Codebook.Mapping.Evaluation;
using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Bench.Hosting;

namespace InkoopPortal.Bench.Measurement.Codebook;

/// <summary>The mapping timings of one run: medians in milliseconds over the repeats.</summary>
public sealed record MappingTiming(int Sections, int Repeats, double ParseMs, double MapMs)
{
    public double Ratio => ParseMs == 0 ? 0 : MapMs / ParseMs;
}

/// <summary>
/// The section mapper's figures (issue 11, bench/run.sh --only codebook): top-1 and top-3 accuracy and front/back
/// matter recall on the labelled set, the tuning part and the held-out part apart, and the time to map a document of
/// 60 sections (building the scorer over its care types' codebook included) with the parse of the same text as the
/// baseline in the same run. No database.
/// </summary>
public static class CodebookBenchmark
{
    public const int DocumentSections = 60;
    private const int Repeats = 21;
    private const string LabelsFolder = "tests/InkoopPortal.TestSupport/Codebook";

    public static string Run(string machine)
    {
        var corpus = new LabelledCorpus(RepositoryPaths.Root, LabelsFolder);
        var tuning = corpus.Evaluate(LabelledCorpus.TuningPart, corpus.Tuning());
        var heldOut = corpus.Evaluate(LabelledCorpus.HeldOutPart, corpus.HeldOut());
        Progress.Say($"{Line(tuning)}");
        Progress.Say($"{Line(heldOut)}");

        var timing = Time(corpus);
        Progress.Say($"mapping {timing.Sections} sections: {timing.MapMs:0.0} ms (parse {timing.ParseMs:0.0} ms, ratio {timing.Ratio:0.0})");
        return Write(tuning, heldOut, timing, machine);
    }

    /// <summary>
    /// A document of <see cref="DocumentSections"/> sections made of the labelled texts' sections in order, parsed and
    /// mapped <see cref="Repeats"/> times after one warm-up; the medians.
    /// </summary>
    private static MappingTiming Time(LabelledCorpus corpus)
    {
        var sections = corpus.Tuning().SelectMany(document => document.Sections)
            .Where(section => section.Markdown.Trim().Length > 0)
            .Take(DocumentSections)
            .ToList();
        var text = new StringBuilder("# Zorginkoopbeleid medisch-specialistische zorg 2025\n\n");
        foreach (var section in sections)
        {
            text.Append("## ").Append(section.Title).Append("\n\n").Append(section.Markdown.Trim()).Append("\n\n");
        }

        var source = text.ToString();
        var parses = new List<double>();
        var maps = new List<double>();
        var mapped = 0;
        for (var round = 0; round <= Repeats; round++)
        {
            var watch = Stopwatch.StartNew();
            var parsed = PolicyTextParser.Parse(source);
            var parse = watch.Elapsed.TotalMilliseconds;

            watch.Restart();
            var mappings = SectionMapper.Map(SectionTexts.From(parsed), corpus.ScorerFor(["msz"]));
            var map = watch.Elapsed.TotalMilliseconds;
            mapped = mappings.Count;
            if (round > 0)
            {
                parses.Add(parse);
                maps.Add(map);
            }
        }

        return new MappingTiming(mapped, Repeats, Median(parses), Median(maps));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Line(EvaluationFigures figures) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{figures.Part}: {figures.Documents} documents, {figures.Sections} sections ({figures.ContentSections} content): top-1 {figures.Top1Accuracy:0.0} %, " +
            $"top-3 {figures.Top3Accuracy:0.0} %, matter {figures.MatterRecognised}/{figures.MatterSections} ({figures.MatterRecall:0.0} %), false matter {figures.FalseMatter}");

    private static string Write(EvaluationFigures tuning, EvaluationFigures heldOut, MappingTiming timing, string machine)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Section mapper (codebook) — {DateTime.UtcNow:yyyy-MM-dd}");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Targets on the held-out part: top-1 ≥ {MappingEvaluation.Top1Target} %, top-3 ≥ {MappingEvaluation.Top3Target} %, matter ≥ {MappingEvaluation.MatterTarget} %; mapping {DocumentSections} sections < 1 s.");
        report.AppendLine();
        report.AppendLine("| part | documents | sections | content | top-1 | top-3 | matter recognised | recogniser false positives |");
        report.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var figures in new[] { tuning, heldOut })
        {
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {figures.Part} | {figures.Documents} | {figures.Sections} | {figures.ContentSections} | {figures.Top1Accuracy:0.0} % | {figures.Top3Accuracy:0.0} % | " +
                $"{figures.MatterRecognised}/{figures.MatterSections} ({figures.MatterRecall:0.0} %) | {figures.FalseMatter} |");
        }

        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Mapping a document of {timing.Sections} sections (scorer over the msz codebook built in the run): median {timing.MapMs:0.0} ms over {timing.Repeats} runs; " +
            $"its parse, the baseline in the same run: {timing.ParseMs:0.0} ms (ratio {timing.Ratio:0.0}).");
        report.AppendLine();
        foreach (var figures in new[] { tuning, heldOut }.Where(figures => figures.Misses.Count > 0))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"Misses ({figures.Part}):");
            report.AppendLine();
            foreach (var miss in figures.Misses)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"- {miss.Document} “{miss.Section}”: labelled {miss.Expected}; got {miss.Got}");
            }

            report.AppendLine();
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"- {machine}");
        return report.ToString();
    }
}
