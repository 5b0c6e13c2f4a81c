using InkoopPortal.Bench.Data;
using InkoopPortal.Bench.Reporting;

namespace InkoopPortal.Bench.Measurement.Search;

/// <summary>Everything the search benchmark measured; <see cref="SearchResultsWriter"/> turns it into Markdown.</summary>
public sealed class SearchReport
{
    public required BenchOptions Options { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required MachineInfo Machine { get; init; }

    public required string LoadBefore { get; init; }

    public string LoadAfter { get; set; } = "";

    public TimeSpan Elapsed { get; set; }

    public SearchIndexRebuild? Rebuild { get; set; }

    /// <summary>True when the index was rebuilt by the search command (the database came without one).</summary>
    public bool RebuiltInThisCommand { get; set; }

    public int Entries { get; set; }

    /// <summary>Every candidate word with its measured hits, fewest first.</summary>
    public List<SearchCase> Frequencies { get; } = [];

    public List<SearchCase> Cases { get; } = [];

    public List<SearchCaseResult> Results { get; } = [];

    public string? ApiMissing { get; set; }

    public string? PageMissing { get; set; }

    public List<(SearchCase Case, string Plan)> Plans { get; } = [];
}
