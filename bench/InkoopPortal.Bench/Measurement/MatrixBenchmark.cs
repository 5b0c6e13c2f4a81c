using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using InkoopPortal.Application.Comparison;
using InkoopPortal.Bench.Data;
using InkoopPortal.Bench.Hosting;
using InkoopPortal.Bench.Reporting;

namespace InkoopPortal.Bench.Measurement;

/// <summary>
/// One run in one process: hosts the portal, checks that the page (a) and the baseline (b) show the same cells, saves
/// the page as a static file (c), then measures the three with wrk in rounds (1 connection, then 8), the page's cold
/// cache, and the memory of open circuits.
/// </summary>
public sealed class MatrixBenchmark(BenchOptions options)
{
    public const string StaticFileName = "vergelijk.html";
    private static readonly int[] ConnectionCounts = [1, 8];

    public async Task<BenchReport> RunAsync(DatasetSummary? generated, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var report = new BenchReport
        {
            Options = options,
            StartedAt = DateTimeOffset.Now,
            Machine = MachineInfo.Read(),
            LoadBefore = MachineInfo.LoadAverage(),
            Generated = generated,
            Counts = await DatasetCounts.ReadAsync(options.ConnectionString, cancellationToken),
        };

        await using var host = await BenchHost.StartAsync(options.ConnectionString, cancellationToken);
        Progress.Say($"portal hosted at {host.Address}");
        var matrix = await BenchMatrix.ChooseAsync(host.Services.GetRequiredService<MatrixService>(), cancellationToken);
        report.Matrix = matrix;
        var pageUrl = new Uri(host.Address, BenchMatrix.PagePath + matrix.QueryString());
        var baselineUrl = new Uri(host.Address, BaselineMatrixEndpoint.Path + matrix.QueryString());
        report.PageUrl = pageUrl.PathAndQuery;

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var baseline = await client.GetStringAsync(baselineUrl, cancellationToken);
        report.BaselineBytes = System.Text.Encoding.UTF8.GetByteCount(baseline);

        using var pageResponse = await client.GetAsync(pageUrl, cancellationToken);
        var page = await pageResponse.Content.ReadAsStringAsync(cancellationToken);
        var variants = new List<(string Name, Uri Url)>();
        if (pageResponse.StatusCode == HttpStatusCode.OK && page.Contains("<table class=\"matrix\"", StringComparison.Ordinal))
        {
            report.PageBytes = System.Text.Encoding.UTF8.GetByteCount(page);
            report.Cells = CellComparison.Compare(page, baseline);
            if (!report.Cells.Same)
            {
                throw new InvalidOperationException($"The page and the baseline show different matrices: {report.Cells}");
            }

            await File.WriteAllTextAsync(Path.Combine(host.StaticFolder, StaticFileName), page, cancellationToken);
            variants.Add((BenchReport.Page, pageUrl));
            variants.Add((BenchReport.Baseline, baselineUrl));
            variants.Add((BenchReport.Static, new Uri(host.Address, $"{BenchHost.StaticPath}/{StaticFileName}")));
        }
        else
        {
            report.PageMissing = $"GET {BenchMatrix.PagePath} answered {(int)pageResponse.StatusCode} without a matrix table: the matrix page is not in this build.";
            Progress.Say($"{report.PageMissing}");
            variants.Add((BenchReport.Baseline, baselineUrl));
        }

        var cells = report.Cells?.ToString() ?? "page not measured";
        Progress.Say($"matrix: {matrix.Year} {matrix.CareTypeSlug}, {matrix.PurchaserSlugs.Count} x {matrix.TopicSlugs.Count}; page {report.PageBytes:N0} bytes, baseline {report.BaselineBytes:N0} bytes; {cells}");

        await MeasureThroughputAsync(report, variants, cancellationToken);
        if (report.PageMissing is null)
        {
            await MeasureColdCacheAsync(report, client, matrix, host.Address, cancellationToken);
            Progress.Say($"circuit memory: opening {options.Circuits} pages in Chromium");
            var probe = new CircuitMemoryProbe(options.ChromiumPath, host.Circuits);
            for (var round = 1; round <= options.Rounds; round++)
            {
                var memory = await probe.MeasureAsync(pageUrl, options.Circuits, cancellationToken);
                report.MemoryRounds.Add(memory);
                Progress.Say($"circuit memory, round {round}: {memory.ManagedBytesPerCircuit / 1024:N0} KiB managed, {memory.PrivateBytesPerCircuit / 1024:N0} KiB private, {memory.WorkingSetBytesPerCircuit / 1024:N0} KiB working set per circuit");
            }

            await MeasureDiagnosticsAsync(report, probe, matrix, host.Address, cancellationToken);
        }

        report.LoadAfter = MachineInfo.LoadAverage();
        report.Elapsed = stopwatch.Elapsed;
        return report;
    }

    /// <summary>Only the circuit-memory probe, <paramref name="rounds"/> times on one host: for trying memory settings quickly.</summary>
    public static async Task MeasureMemoryAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        await using var host = await BenchHost.StartAsync(options.ConnectionString, cancellationToken);
        var matrix = await BenchMatrix.ChooseAsync(host.Services.GetRequiredService<MatrixService>(), cancellationToken);
        var pageUrl = new Uri(host.Address, BenchMatrix.PagePath + matrix.QueryString());
        var probe = new CircuitMemoryProbe(options.ChromiumPath, host.Circuits);
        for (var round = 1; round <= options.Rounds; round++)
        {
            var memory = await probe.MeasureAsync(pageUrl, options.Circuits, cancellationToken);
            Progress.Say(
                $"round {round}: per circuit {memory.ManagedBytesPerCircuit / 1024:N0} KiB managed, {memory.PrivateBytesPerCircuit / 1024:N0} KiB private, {memory.WorkingSetBytesPerCircuit / 1024:N0} KiB working set; freed on close {memory.ManagedBytesFreedPerCircuit / 1024:N0} KiB managed");
        }
    }

    /// <summary>Hosts the portal with the benchmark's endpoints and prints the variants' addresses, until cancelled.</summary>
    public static async Task ServeAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        await using var host = await BenchHost.StartAsync(options.ConnectionString, cancellationToken);
        var matrix = await BenchMatrix.ChooseAsync(host.Services.GetRequiredService<MatrixService>(), cancellationToken);
        Progress.Say($"(a) {new Uri(host.Address, BenchMatrix.PagePath + matrix.QueryString())}");
        Progress.Say($"(b) {new Uri(host.Address, BaselineMatrixEndpoint.Path + matrix.QueryString())}");
        Progress.Say($"(c) {new Uri(host.Address, $"{BenchHost.StaticPath}/{StaticFileName}")} (files in {host.StaticFolder})");
        await Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task MeasureThroughputAsync(BenchReport report, List<(string Name, Uri Url)> variants, CancellationToken cancellationToken)
    {
        foreach (var (name, url) in variants)
        {
            Progress.Say($"warm-up {name} ({options.WarmUp.TotalSeconds:0} s, 8 connections)");
            await WrkRunner.RunAsync(name, url, 8, options.WarmUp, cancellationToken);
        }

        for (var round = 1; round <= options.Rounds; round++)
        {
            var results = new List<WrkResult>();
            foreach (var connections in ConnectionCounts)
            {
                foreach (var (name, url) in variants)
                {
                    var result = await WrkRunner.RunAsync(name, url, connections, options.Duration, cancellationToken);
                    Progress.Say($"round {round}: {result.Summary}");
                    if (result.Errors > 0)
                    {
                        throw new InvalidOperationException($"wrk saw errors: {result.Summary}");
                    }

                    results.Add(result);
                }
            }

            report.Rounds.Add(results);
        }
    }

    /// <summary>
    /// Where the page's cost comes from when the output cache does not answer: the full page rendered on every request
    /// (a new, ignored query key each time; the matrix itself stays cached), and the same page with a one-cell matrix
    /// (every component, almost no table), per request and per circuit.
    /// </summary>
    private async Task MeasureDiagnosticsAsync(BenchReport report, CircuitMemoryProbe probe, BenchMatrix matrix, Uri address, CancellationToken cancellationToken)
    {
        var pageUrl = new Uri(address, BenchMatrix.PagePath + matrix.QueryString());
        var oneCell = matrix with { PurchaserSlugs = matrix.PurchaserSlugs.Take(1).ToList(), TopicSlugs = matrix.TopicSlugs.Take(1).ToList() };
        var oneCellUrl = new Uri(address, BenchMatrix.PagePath + oneCell.QueryString());
        await WrkRunner.RunAsync(BenchReport.RenderedPage, pageUrl, 8, options.WarmUp, cancellationToken, WrkRunner.UncachedScript);
        foreach (var (variant, url) in new[] { (BenchReport.RenderedPage, pageUrl), (BenchReport.OneCellPage, oneCellUrl) })
        {
            foreach (var connections in ConnectionCounts)
            {
                var result = await WrkRunner.RunAsync(variant, url, connections, options.Duration, cancellationToken, WrkRunner.UncachedScript);
                report.Rendered.Add(result);
                Progress.Say($"diagnostics: {result.Summary}");
            }
        }

        report.OneCellMemory = await probe.MeasureAsync(oneCellUrl, options.Circuits, cancellationToken);
        Progress.Say($"diagnostics: one-cell page, {report.OneCellMemory.ManagedBytesPerCircuit / 1024:N0} KiB managed, {report.OneCellMemory.WorkingSetBytesPerCircuit / 1024:N0} KiB working set per circuit");

        var cached = new Uri(address, ResponseCacheExperiment.Path + matrix.QueryString());
        await WrkRunner.RunAsync(BenchReport.WholeResponseCache, cached, 8, options.WarmUp, cancellationToken);
        foreach (var connections in ConnectionCounts)
        {
            var result = await WrkRunner.RunAsync(BenchReport.WholeResponseCache, cached, connections, options.Duration, cancellationToken);
            report.CachedResponse.Add(result);
            Progress.Say($"experiment: {result.Summary}");
        }

        // A cached response replays its prerendered component descriptors: check that circuits still start from it.
        try
        {
            await probe.MeasureAsync(cached, 3, cancellationToken);
            report.CachedResponseStartsCircuits = true;
        }
        catch (TimeoutException exception)
        {
            Progress.Say($"experiment: circuits did not start from a cached response: {exception.Message}");
            report.CachedResponseStartsCircuits = false;
        }
    }

    private async Task MeasureColdCacheAsync(BenchReport report, HttpClient client, BenchMatrix matrix, Uri address, CancellationToken cancellationToken)
    {
        var probe = new ColdCacheProbe(client, options.ConnectionString);
        report.ColdAfterContentChange = await probe.AfterContentChangeAsync(
            new Uri(address, BenchMatrix.PagePath + matrix.QueryString()), options.ColdSamples, cancellationToken);
        var otherYears = Enumerable.Range(DatasetShape.FirstYear, Data.DatasetShape.Years).Where(year => year != matrix.Year)
            .Select(year => new Uri(address, BenchMatrix.PagePath + matrix.QueryString(year))).ToList();
        report.ColdFirstRequests = await probe.FirstRequestsAsync(otherYears, cancellationToken);
        Progress.Say($"cold: median {report.ColdAfterContentChange.Median:0.0} ms after a content change, {report.ColdFirstRequests.Median:0.0} ms for a matrix not asked before");
    }
}
