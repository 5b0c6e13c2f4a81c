using InkoopPortal.Bench.Data;
using InkoopPortal.Bench.Measurement;

namespace InkoopPortal.Bench.Reporting;

/// <summary>Everything one run measured, filled in as the run goes; <see cref="ResultsWriter"/> turns it into Markdown.</summary>
public sealed class BenchReport
{
    public const string Page = "(a) page";
    public const string Baseline = "(b) baseline";
    public const string Static = "(c) static";
    public const string RenderedPage = "(a) rendered, output cache missed";
    public const string OneCellPage = "(a1) one-cell page, rendered";
    public const string WholeResponseCache = "(a*) whole-response cache";

    public required BenchOptions Options { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required MachineInfo Machine { get; init; }

    public required string LoadBefore { get; init; }

    public string LoadAfter { get; set; } = "";

    public DatasetSummary? Generated { get; init; }

    public required DatasetCounts Counts { get; init; }

    public BenchMatrix? Matrix { get; set; }

    public string PageUrl { get; set; } = "";

    public int? PageBytes { get; set; }

    public int BaselineBytes { get; set; }

    public CellComparison.Outcome? Cells { get; set; }

    /// <summary>Why the page could not be measured (it is not in this build), or null.</summary>
    public string? PageMissing { get; set; }

    /// <summary>Per round, the wrk results of every variant at 1 and at 8 connections.</summary>
    public List<List<WrkResult>> Rounds { get; } = [];

    public LatencySample? ColdAfterContentChange { get; set; }

    public LatencySample? ColdFirstRequests { get; set; }

    /// <summary>The circuit-memory probe, once per round (the same 20 contexts' worth each time).</summary>
    public List<CircuitMemoryResult> MemoryRounds { get; } = [];

    /// <summary>The round with the median managed heap per circuit, or null when not measured.</summary>
    public CircuitMemoryResult? Memory =>
        MemoryRounds.Count == 0 ? null : MemoryRounds.OrderBy(round => round.ManagedBytesPerCircuit).ElementAt(MemoryRounds.Count / 2);

    /// <summary>The median over the rounds of one per-circuit figure (bytes).</summary>
    public double MedianPerCircuit(Func<CircuitMemoryResult, double> figure)
    {
        var values = MemoryRounds.Select(figure).Order().ToList();
        return values[values.Count / 2];
    }

    /// <summary>Diagnostics: the page and the one-cell page rendered on every request (output cache missed), at 1 and 8 connections.</summary>
    public List<WrkResult> Rendered { get; } = [];

    public CircuitMemoryResult? OneCellMemory { get; set; }

    /// <summary>The response-cache experiment at 1 and 8 connections (measured after the rounds).</summary>
    public List<WrkResult> CachedResponse { get; } = [];

    /// <summary>Whether three browsers got their interactive circuit from the cached response.</summary>
    public bool? CachedResponseStartsCircuits { get; set; }

    public TimeSpan Elapsed { get; set; }

    public WrkResult? Result(int round, string variant, int connections) =>
        Rounds[round].FirstOrDefault(result => result.Variant == variant && result.Connections == connections);

    /// <summary>The median over the rounds of a ratio taken within each round (so a noisy moment hits both sides).</summary>
    public double? MedianRatio(Func<int, double?> ratioInRound)
    {
        var ratios = Enumerable.Range(0, Rounds.Count).Select(ratioInRound).OfType<double>().Order().ToList();
        return ratios.Count == 0 ? null : ratios[ratios.Count / 2];
    }

    public double? LatencyRatio(int round, string numerator, string denominator) =>
        Result(round, numerator, 1) is { } top && Result(round, denominator, 1) is { } bottom ? top.MedianMs / bottom.MedianMs : null;

    public double? ThroughputRatio(int round, string numerator, string denominator) =>
        Result(round, numerator, 8) is { } top && Result(round, denominator, 8) is { } bottom ? top.RequestsPerSecond / bottom.RequestsPerSecond : null;
}
