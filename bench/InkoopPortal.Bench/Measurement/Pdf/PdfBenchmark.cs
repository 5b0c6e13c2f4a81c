using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using InkoopPortal.Application.Codebook.Mapping;
using InkoopPortal.Application.Codebook.Mapping.Evaluation;
using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Application.Import.Readers.Pdf;
using InkoopPortal.Bench.Hosting;
using UglyToad.PdfPig;

namespace InkoopPortal.Bench.Measurement.Pdf;

/// <summary>Medians in seconds of one PDF's timings; the baseline is PdfPig's own plain text of the same file.</summary>
public sealed record PdfTiming(int Pages, long Bytes, int Repeats, double BaselineSeconds, double ReadSeconds, double MapSeconds)
{
    public double ReadAndMapSeconds => ReadSeconds + MapSeconds;

    public double Ratio => BaselineSeconds == 0 ? 0 : ReadAndMapSeconds / BaselineSeconds;
}

/// <summary>The peak memory of one fresh process that did one thing with one PDF (bytes).</summary>
public sealed record PdfMemory(string What, string Gc, long PeakWorkingSet, long PeakManagedHeap);

/// <summary>
/// The PDF reader's cost (issue 14, bench/run.sh --only pdf; no database): a PDF of about 60 pages that Chromium
/// prints at bench time from the Zorg en Zekerheid seed's HTML repeated, read by <see cref="PdfDocumentReader"/> and
/// mapped (<see cref="PolicyTextParser"/> and <see cref="SectionMapper"/> with the msz codebook's scorer, as the
/// import files sections), against PdfPig's plain <c>page.Text</c> of the same file in the same run; and the peak
/// memory of reading a 300-page PDF in a fresh child process (this program's <c>pdf-memory</c> command), beside a
/// child that only extracts PdfPig's plain text and one that only starts.
/// </summary>
public static class PdfBenchmark
{
    public const double SecondsTarget = 3;
    public const long MemoryTarget = 200L * 1024 * 1024;
    private const int Repeats = 5;

    /// <summary>The heading of the benchmark's section in the results file (a later run replaces it).</summary>
    public const string SectionTitle = "## Benchmark (bench/run.sh --only pdf)";

    public static string Run(string chromium, string machine)
    {
        var work = Directory.CreateTempSubdirectory("inkoopportal-bench-pdf-");
        try
        {
            var seedHtml = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "documents", "html");
            File.Copy(Path.Combine(seedHtml, "style-common.css"), Path.Combine(work.FullName, "style-common.css"));
            var body = SeedBody(File.ReadAllText(Path.Combine(seedHtml, "seed-zz-msz-2024.html")));

            var one = Print(chromium, work.FullName, "one", body, 1);
            var pagesPerCopy = PageCount(one);
            var sixty = Print(chromium, work.FullName, "sixty", body, (int)Math.Ceiling(60.0 / pagesPerCopy));
            var threeHundred = Print(chromium, work.FullName, "three-hundred", body, (int)Math.Ceiling(300.0 / pagesPerCopy));
            Progress.Say($"printed: the seed is {pagesPerCopy} pages; {PageCount(sixty)} and {PageCount(threeHundred)} pages");

            var timing = Time(sixty);
            Progress.Say($"{timing.Pages} pages: read {timing.ReadSeconds:0.00} s + map {timing.MapSeconds:0.00} s; PdfPig text {timing.BaselineSeconds:0.00} s; ratio {timing.Ratio:0.00}");

            var memory = new List<PdfMemory>();
            foreach (var gc in new[] { "server", "workstation" })
            {
                foreach (var what in new[] { "start", "pdfpig-text", "read" })
                {
                    var measured = Child(what, threeHundred, gc);
                    memory.Add(measured);
                    Progress.Say($"300 pages, {what}, {gc} GC: peak working set {Mb(measured.PeakWorkingSet)}, peak managed heap {Mb(measured.PeakManagedHeap)}");
                }
            }

            return Write(timing, PageCount(threeHundred), memory, machine);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The child's side (<c>pdf-memory start|pdfpig-text|read file</c>): does one thing and prints its peaks as JSON.</summary>
    public static int Child(string[] args)
    {
        var (what, file) = (args[1], args[2]);

        // The managed heap sampled every 2 ms (GC.GetTotalMemory without collecting): its peak, not an allocation total.
        long peakHeap = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(() =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                Thread.Sleep(2);
            }
        });
        var bytes = what == "start" ? [] : File.ReadAllBytes(file);
        var characters = what switch
        {
            "read" => PdfDocumentReader.Read(bytes, Path.GetFileName(file)).Text.Length,
            "pdfpig-text" => PlainText(bytes),
            _ => 0,
        };
        sampling.Cancel();
        sampler.Wait();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(JsonSerializer.Serialize(new { process.PeakWorkingSet64, peakHeap, characters }));
        return 0;
    }

    private static PdfMemory Child(string what, string file, string gc)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(PdfBenchmark).Assembly.Location, "pdf-memory", what, file])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_gcServer"] = gc == "server" ? "1" : "0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pdf-memory {what} failed ({process.ExitCode}): {output}");
        }

        using var json = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        return new PdfMemory(what, gc, json.RootElement.GetProperty("PeakWorkingSet64").GetInt64(), json.RootElement.GetProperty("peakHeap").GetInt64());
    }

    private static PdfTiming Time(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var scorer = new LabelledCorpus(RepositoryPaths.Root, "tests/InkoopPortal.TestSupport/Codebook").ScorerFor(["msz"]);
        var (baselines, reads, maps) = (new List<double>(), new List<double>(), new List<double>());
        for (var round = 0; round <= Repeats; round++)
        {
            var watch = Stopwatch.StartNew();
            PlainText(bytes);
            var baseline = watch.Elapsed.TotalSeconds;

            watch.Restart();
            var read = PdfDocumentReader.Read(bytes, "bench.pdf");
            var reading = watch.Elapsed.TotalSeconds;

            watch.Restart();
            var mapped = SectionMapper.Map(SectionTexts.From(PolicyTextParser.Parse(read.Text)), scorer);
            var mapping = watch.Elapsed.TotalSeconds;
            if (mapped.Count == 0)
            {
                throw new InvalidOperationException("the 60-page PDF mapped to no sections");
            }

            if (round > 0)
            {
                baselines.Add(baseline);
                reads.Add(reading);
                maps.Add(mapping);
            }
        }

        return new PdfTiming(PageCount(file), bytes.Length, Repeats, Median(baselines), Median(reads), Median(maps));
    }

    private static int PlainText(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        return document.GetPages().Sum(page => page.Text.Length);
    }

    private static int PageCount(string file)
    {
        using var document = PdfDocument.Open(file);
        return document.NumberOfPages;
    }

    /// <summary>The seed's body (each copy gets its own "Deel n" title when printed).</summary>
    private static string SeedBody(string html)
    {
        var start = html.IndexOf("<body>", StringComparison.Ordinal) + "<body>".Length;
        var end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        return html[start..end];
    }

    private static string Print(string chromium, string folder, string name, string body, int copies)
    {
        var html = new StringBuilder("<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\"style-common.css\"></head><body>");
        for (var copy = 1; copy <= copies; copy++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"page\"><h1>Deel {copy}</h1>").Append(body).Append("</section>");
        }

        html.Append("</body></html>");
        var source = Path.Combine(folder, name + ".html");
        var target = Path.Combine(folder, name + ".pdf");
        File.WriteAllText(source, html.ToString());
        using var process = Process.Start(new ProcessStartInfo(chromium,
            ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", $"--print-to-pdf={target}", source])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return File.Exists(target) ? target : throw new InvalidOperationException($"Chromium printed no {target} ({process.ExitCode})");
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0} MB");

    private static string Write(PdfTiming timing, int memoryPages, List<PdfMemory> memory, string machine)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{SectionTitle} — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine();
        report.AppendLine(F($"Targets: a 60-page PDF read and mapped in under {SecondsTarget:0} s; under {MemoryTarget / 1024 / 1024} MB for a 300-page PDF. ")
            + "The PDFs are printed by Chromium at bench time from the Zorg en Zekerheid seed's HTML, repeated.");
        report.AppendLine();
        report.AppendLine("| pages | size | PdfPig plain text (baseline) | read (PdfDocumentReader) | parse + map (msz codebook) | read + map | ratio to baseline | target |");
        report.AppendLine("|---|---|---|---|---|---|---|---|");
        report.AppendLine(F($"| {timing.Pages} | {timing.Bytes / 1024} kB | {timing.BaselineSeconds:0.00} s | {timing.ReadSeconds:0.00} s | {timing.MapSeconds:0.00} s | ")
            + F($"**{timing.ReadAndMapSeconds:0.00} s** | {timing.Ratio:0.00} | < {SecondsTarget:0} s: {(timing.ReadAndMapSeconds < SecondsTarget ? "met" : "NOT met")} |"));
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Medians of {timing.Repeats} runs after one warm-up, in one process.");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Peak memory, {memoryPages} pages, each in a fresh child process (`Process.PeakWorkingSet64`; the managed heap's peak, `GC.GetTotalMemory(false)` sampled every 2 ms):");
        report.AppendLine();
        report.AppendLine("| child does | GC | peak working set | peak managed heap |");
        report.AppendLine("|---|---|---|---|");
        foreach (var entry in memory)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"| {entry.What} | {entry.Gc} | {Mb(entry.PeakWorkingSet)} | {Mb(entry.PeakManagedHeap)} |");
        }

        var read = memory.Where(entry => entry.What == "read").ToList();
        report.AppendLine();
        report.AppendLine(F($"Reading {memoryPages} pages: peak working set {string.Join(" / ", read.Select(entry => $"{Mb(entry.PeakWorkingSet)} ({entry.Gc} GC)"))} against the ")
            + F($"{MemoryTarget / 1024 / 1024} MB target: {(read.All(entry => entry.PeakWorkingSet < MemoryTarget) ? "met" : read.Any(entry => entry.PeakWorkingSet < MemoryTarget) ? "met with workstation GC only" : "NOT met")}."));
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"- {machine}");
        return report.ToString();
    }
}
