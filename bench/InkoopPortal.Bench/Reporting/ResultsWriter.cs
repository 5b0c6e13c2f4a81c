using System.Globalization;
using System.Text;
using InkoopPortal.Bench.Measurement;

namespace InkoopPortal.Bench.Reporting;

/// <summary>Writes a run's figures as Markdown: the targets table first, then the raw numbers, the dataset and the machine.</summary>
public static class ResultsWriter
{
    public const double LatencyTarget = 1.5;
    public const double ThroughputTarget = 0.6;
    public const double StaticTarget = 3;
    public const double CircuitTargetMegabytes = 1.5;

    public static string Write(BenchReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"# Matrix benchmark, {report.StartedAt:yyyy-MM-dd HH:mm zzz}"));
        text.AppendLine();
        if (report.PageMissing is not null)
        {
            text.AppendLine($"**Incomplete:** {report.PageMissing} Only the baseline (b) was measured; every figure that needs the page is missing.");
            text.AppendLine();
        }

        WriteTargets(text, report);
        WriteRounds(text, report);
        WriteCold(text, report);
        WriteMemory(text, report);
        WriteDiagnostics(text, report);
        WriteSetup(text, report);
        return text.ToString();
    }

    /// <summary>The headline table alone (also pasted into bench/README.md).</summary>
    public static void WriteTargets(StringBuilder text, BenchReport report)
    {
        text.AppendLine("| figure | target | result | raw (median over rounds) |");
        text.AppendLine("|---|---|---|---|");
        var latency = report.MedianRatio(round => report.LatencyRatio(round, BenchReport.Page, BenchReport.Baseline));
        text.AppendLine(Row("(a)/(b) median latency, 1 connection", Invariant($"≤ {LatencyTarget}"), latency, ratio => ratio <= LatencyTarget,
            $"(a) {Raw(report, BenchReport.Page, 1, r => r.MedianMs, "0.00 ms")} / (b) {Raw(report, BenchReport.Baseline, 1, r => r.MedianMs, "0.00 ms")}"));
        var throughput = report.MedianRatio(round => report.ThroughputRatio(round, BenchReport.Page, BenchReport.Baseline));
        text.AppendLine(Row("(a)/(b) throughput, 8 connections", Invariant($"≥ {ThroughputTarget}"), throughput, ratio => ratio >= ThroughputTarget,
            $"(a) {Raw(report, BenchReport.Page, 8, r => r.RequestsPerSecond, "0 req/s")} / (b) {Raw(report, BenchReport.Baseline, 8, r => r.RequestsPerSecond, "0 req/s")}"));
        var repeat = report.MedianRatio(round => report.LatencyRatio(round, BenchReport.Page, BenchReport.Static));
        text.AppendLine(Row("unchanged matrix served again: (a) warm / (c) static, median latency, 1 connection", Invariant($"≤ {StaticTarget}"), repeat, ratio => ratio <= StaticTarget,
            $"(a) {Raw(report, BenchReport.Page, 1, r => r.MedianMs, "0.00 ms")} / (c) {Raw(report, BenchReport.Static, 1, r => r.MedianMs, "0.00 ms")}"));
        if (report.ColdAfterContentChange is { } cold)
        {
            text.AppendLine(Invariant($"| (a) cold: {cold.Description} | – | median {cold.Median:0.0} ms | p90 {cold.P90:0.0} ms, min {cold.Min:0.0}, max {cold.Max:0.0}, n={cold.Milliseconds.Count} |"));
        }
        else
        {
            text.AppendLine("| (a) cold cache | – | **not measured** | page missing |");
        }

        if (report.ColdFirstRequests is { } first)
        {
            text.AppendLine(Invariant($"| (a) cold: {first.Description} | – | median {first.Median:0.0} ms | p90 {first.P90:0.0} ms, min {first.Min:0.0}, max {first.Max:0.0}, n={first.Milliseconds.Count} |"));
        }

        if (report.Memory is not null)
        {
            // The target is judged on the managed heap the circuits hold (ADR-010): the process's private bytes and
            // working set after a full GC also move with the GC's commit decisions and Kestrel's pools, by about
            // ±1 MB per circuit between rounds, and do not fall when the circuits close.
            string Range(Func<CircuitMemoryResult, double> figure) => string.Join(", ",
                report.MemoryRounds.Select(round => Invariant($"{figure(round) / 1_000_000:0.00}")));
            var circuits = report.MemoryRounds[0].Circuits;
            var rounds = report.MemoryRounds.Count;
            text.AppendLine(Row($"memory per open circuit, managed heap ({circuits} circuits, median of {rounds})", Invariant($"≤ {CircuitTargetMegabytes} MB"),
                report.MedianPerCircuit(round => round.ManagedBytesPerCircuit) / 1_000_000, megabytes => megabytes <= CircuitTargetMegabytes,
                $"rounds: {Range(round => round.ManagedBytesPerCircuit)} MB; held by the circuit itself (freed when it closed): {Range(round => round.ManagedBytesFreedPerCircuit ?? double.NaN)} MB", " MB"));
            text.AppendLine(Invariant($"| memory per open circuit, private bytes (median of {rounds}) | – | {report.MedianPerCircuit(round => round.PrivateBytesPerCircuit) / 1_000_000:0.00} MB | rounds: {Range(round => round.PrivateBytesPerCircuit)} MB |"));
            text.AppendLine(Invariant($"| memory per open circuit, working set (median of {rounds}) | – | {report.MedianPerCircuit(round => round.WorkingSetBytesPerCircuit) / 1_000_000:0.00} MB | rounds: {Range(round => round.WorkingSetBytesPerCircuit)} MB |"));
        }
        else
        {
            text.AppendLine("| memory per open circuit | ≤ 1.5 MB | **not measured** | page missing |");
        }

        text.AppendLine();
    }

    private static void WriteRounds(StringBuilder text, BenchReport report)
    {
        text.AppendLine("## wrk, per round");
        text.AppendLine();
        text.AppendLine(Invariant($"Each run: `wrk -t1 -cN -d{report.Options.Duration.TotalSeconds:0}s --latency` after a warm-up of {report.Options.WarmUp.TotalSeconds:0} s per variant at 8 connections; rounds run the variants in turn, 1 connection then 8."));
        text.AppendLine();
        text.AppendLine("Server cost columns: this process's CPU time (all threads, GC included), bytes allocated and GC pause time during the run, per request.");
        text.AppendLine();
        text.AppendLine("| round | variant | connections | median ms | p90 ms | p99 ms | req/s | requests | server CPU ms/req | KiB allocated/req | GC pause ms/req | GCs gen0/1/2 |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (var round = 0; round < report.Rounds.Count; round++)
        {
            foreach (var result in report.Rounds[round])
            {
                text.AppendLine(Invariant($"| {round + 1} | {result.Variant} | {result.Connections} | {result.MedianMs:0.000} | {result.P90Ms:0.000} | {result.P99Ms:0.000} | {result.RequestsPerSecond:0.0} | {result.Requests} | {result.Cost?.CpuMsPerRequest:0.00} | {Allocated(result)} | {result.Cost?.GcPauseMsPerRequest:0.000} | {result.Cost?.Gen0}/{result.Cost?.Gen1}/{result.Cost?.Gen2} |"));
            }
        }

        text.AppendLine();
        text.AppendLine("| round | (a)/(b) latency c=1 | (a)/(b) throughput c=8 | (a)/(c) latency c=1 |");
        text.AppendLine("|---|---|---|---|");
        for (var round = 0; round < report.Rounds.Count; round++)
        {
            text.AppendLine($"| {round + 1} | {Ratio(report.LatencyRatio(round, BenchReport.Page, BenchReport.Baseline))} | " +
                $"{Ratio(report.ThroughputRatio(round, BenchReport.Page, BenchReport.Baseline))} | {Ratio(report.LatencyRatio(round, BenchReport.Page, BenchReport.Static))} |");
        }

        text.AppendLine();
    }

    private static void WriteCold(StringBuilder text, BenchReport report)
    {
        if (report.ColdAfterContentChange is null || report.ColdFirstRequests is null)
        {
            return;
        }

        text.AppendLine("## Cold cache, one request at a time (HttpClient, full body read)");
        text.AppendLine();
        foreach (var sample in new[] { report.ColdAfterContentChange, report.ColdFirstRequests })
        {
            text.AppendLine($"- {sample.Description}: " + string.Join(", ", sample.Milliseconds.Select(ms => ms.ToString("0.0", CultureInfo.InvariantCulture))) + " ms");
        }

        text.AppendLine();
    }

    private static void WriteMemory(StringBuilder text, BenchReport report)
    {
        if (report.Memory is not { } memory)
        {
            return;
        }

        text.AppendLine("## Interactive circuits");
        text.AppendLine();
        text.AppendLine(Invariant($"The probe ran {report.MemoryRounds.Count} times on the same host; the figures below are of the round with the median managed heap per circuit."));
        text.AppendLine();
        text.AppendLine(Invariant($"- {memory.Circuits} Chromium contexts opened the page; circuits open when measured (CircuitHandler count): {memory.CircuitsOpenAtMeasurement}; layout marked `data-interactive`: {(memory.LayoutMarksInteractive ? "yes" : "no (waited for the circuits and window.Blazor)")}."));
        text.AppendLine(Invariant($"- before (full blocking compacting GC): managed heap {Megabytes(memory.Before.ManagedHeapBytes)} MB, working set {Megabytes(memory.Before.WorkingSetBytes)} MB, private {Megabytes(memory.Before.PrivateBytes)} MB"));
        text.AppendLine(Invariant($"- after: managed heap {Megabytes(memory.After.ManagedHeapBytes)} MB, working set {Megabytes(memory.After.WorkingSetBytes)} MB, private {Megabytes(memory.After.PrivateBytes)} MB"));
        text.AppendLine(Invariant($"- per circuit: managed {memory.ManagedBytesPerCircuit / 1024:0} KiB, private {memory.PrivateBytesPerCircuit / 1024:0} KiB, working set {memory.WorkingSetBytesPerCircuit / 1024:0} KiB"));
        if (memory.Closed is { } closed)
        {
            text.AppendLine(Invariant($"- after the 20 pages went to about:blank (circuits ended): managed heap {Megabytes(closed.ManagedHeapBytes)} MB, working set {Megabytes(closed.WorkingSetBytes)} MB; so per circuit {memory.ManagedBytesFreedPerCircuit / 1024:0} KiB was held by the circuit itself and {memory.ManagedBytesKeptPerCircuit / 1024:0} KiB stayed (pools, caches)"));
        }
        else
        {
            text.AppendLine("- the circuits did not end within 20 s of leaving the page, so the split between circuit and pool memory is unknown");
        }
        text.AppendLine();
    }

    private static void WriteDiagnostics(StringBuilder text, BenchReport report)
    {
        if (report.Rendered.Count == 0 || report.OneCellMemory is not { } memory || report.Memory is not { } fullMemory)
        {
            return;
        }

        text.AppendLine("## Diagnostics: the page rendered (output cache missed)");
        text.AppendLine();
        text.AppendLine("A wrk script adds a new, ignored query key to every request, so the output cache never answers and every request is rendered (the matrix itself stays in MatrixService's cache). The one-cell page (first purchaser × first topic) has every component of the page and almost no table: its figures are the page's fixed part. Measured after the rounds.");
        text.AppendLine();
        text.AppendLine("| variant | connections | median ms | req/s | server CPU ms/req | KiB allocated/req | GC pause ms/req |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var result in report.Rendered)
        {
            text.AppendLine(Invariant($"| {result.Variant} | {result.Connections} | {result.MedianMs:0.000} | {result.RequestsPerSecond:0} | {result.Cost?.CpuMsPerRequest:0.00} | {Allocated(result)} | {result.Cost?.GcPauseMsPerRequest:0.000} |"));
        }

        text.AppendLine();
        text.AppendLine(Invariant($"Memory per circuit: full page {fullMemory.ManagedBytesPerCircuit / 1024:0} KiB managed / {fullMemory.WorkingSetBytesPerCircuit / 1024:0} KiB working set; one-cell page {memory.ManagedBytesPerCircuit / 1024:0} KiB / {memory.WorkingSetBytesPerCircuit / 1024:0} KiB."));
        text.AppendLine();
        if (report.CachedResponse.Count == 0)
        {
            return;
        }

        text.AppendLine("## Experiment: the whole response cached per content version");
        text.AppendLine();
        text.AppendLine("A minimal stand-alone version of what the portal's own output cache (`PortalOutputCache`) does, kept for comparison: `/bench/antwoordcache?<same query>` reads the content version like the page does, then writes the stored bytes of a real `/vergelijk` response (fetched once per version, query and cookie; kept 4 minutes because Blazor's prerendered component descriptors expire after 5). Measured after the rounds, so compare with the last round.");
        text.AppendLine();
        text.AppendLine("| variant | connections | median ms | req/s | server CPU ms/req | KiB allocated/req |");
        text.AppendLine("|---|---|---|---|---|---|");
        var last = report.Rounds.Count - 1;
        foreach (var result in report.CachedResponse.Concat(new[] { report.Result(last, BenchReport.Static, 1), report.Result(last, BenchReport.Static, 8), report.Result(last, BenchReport.Baseline, 8) }.OfType<WrkResult>()))
        {
            text.AppendLine(Invariant($"| {result.Variant} | {result.Connections} | {result.MedianMs:0.000} | {result.RequestsPerSecond:0} | {result.Cost?.CpuMsPerRequest:0.00} | {Allocated(result)} |"));
        }

        text.AppendLine();
        text.AppendLine($"Interactive circuits start from the cached response (3 Chromium pages): {(report.CachedResponseStartsCircuits == true ? "yes" : "NO")}.");
        text.AppendLine();
    }

    private static void WriteSetup(StringBuilder text, BenchReport report)
    {
        var counts = report.Counts;
        text.AppendLine("## Dataset, matrix and machine");
        text.AppendLine();
        text.AppendLine(Invariant($"- dataset: {counts.Purchasers} purchasers, {counts.CareTypes} care types, {counts.Topics} topics, {counts.Documents:N0} documents ({counts.PublishedDocuments:N0} published), {counts.Statements:N0} statements ({counts.ContentStatements:N0} with content)"));
        if (report.Generated is { } generated)
        {
            text.AppendLine(Invariant($"- generated in this run in {generated.Elapsed.TotalSeconds:0.0} s (migrations, reference rows, planning, rendering with RichTextRenderer, binary COPY, search index rebuild)"));
            if (generated.SearchIndex is { } searchIndex)
            {
                text.AppendLine(Invariant($"- search index rebuilt after the bulk load: {searchIndex.Entries:N0} entries in {searchIndex.Elapsed.TotalSeconds:0.0} s"));
            }
        }

        if (report.Matrix is { } matrix)
        {
            text.AppendLine(Invariant($"- matrix: {matrix.Year}, {matrix.CareTypeSlug}, {matrix.PurchaserSlugs.Count} purchasers × {matrix.TopicSlugs.Count} topics = {matrix.CellCount} cells; {report.Cells?.ToString() ?? "page not measured"}"));
            text.AppendLine($"- page: `{report.PageUrl}`");
        }

        text.AppendLine(Invariant($"- response sizes: (a) and (c) {report.PageBytes?.ToString("N0", CultureInfo.InvariantCulture) ?? "–"} bytes, (b) {report.BaselineBytes:N0} bytes"));
        var machine = report.Machine;
        text.AppendLine(Invariant($"- machine: {machine.Processors} cores (nproc), {machine.Memory} memory, {machine.Cpu}; {machine.Os}; {machine.Runtime}, {machine.GcMode}"));
        text.AppendLine($"- load average (1/5/15 min): {report.LoadBefore} before, {report.LoadAfter} after");
        text.AppendLine(Invariant($"- measuring took {report.Elapsed.TotalSeconds:0} s"));
    }

    private static string Row(string figure, string target, double? value, Func<double, bool> met, string raw, string unit = "") =>
        value is { } number
            ? Invariant($"| {figure} | {target} | **{number:0.00}{unit}** {(met(number) ? "met" : "MISSED")} | {raw} |")
            : $"| {figure} | {target} | **not measured** | {raw} |";

    private static string Raw(BenchReport report, string variant, int connections, Func<WrkResult, double> value, string format)
    {
        var values = Enumerable.Range(0, report.Rounds.Count)
            .Select(round => report.Result(round, variant, connections)).OfType<WrkResult>().Select(value).Order().ToList();
        return values.Count == 0 ? "–" : values[values.Count / 2].ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>Allocated KiB per request; the runtime's running total is not exact across GCs, so a negative reads "–".</summary>
    private static string Allocated(WrkResult result) =>
        result.Cost is { AllocatedKbPerRequest: >= 0 } cost ? cost.AllocatedKbPerRequest.ToString("0", CultureInfo.InvariantCulture) : "–";

    private static string Ratio(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "–";

    private static string Megabytes(long bytes) => (bytes / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
