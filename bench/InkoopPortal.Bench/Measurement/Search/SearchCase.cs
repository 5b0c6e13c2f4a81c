using System.Globalization;
using InkoopPortal.Application.Search;

namespace InkoopPortal.Bench.Measurement.Search;

/// <summary>The frequency bands the issue names: rare (under 0.1% of the statements), medium (about 1–5%), common (over 10%).</summary>
public enum SearchBand
{
    Rare,
    Medium,
    Common,
    Phrase,
    Exclusion,
}

/// <summary>
/// One query the benchmark times: what the user typed and the filters, its band, and the document frequency measured
/// with the core's own count (<see cref="PortalSearch.FindAsync"/>'s total) over <paramref name="Entries"/> index entries.
/// <paramref name="LatencyTargetMs"/> is the median target for this case, if it has one.
/// </summary>
public sealed record SearchCase(string Name, SearchBand Band, SearchRequest Request, int Hits, int Entries, double? LatencyTargetMs)
{
    public double Percent => Entries == 0 ? 0 : 100.0 * Hits / Entries;

    /// <summary>The query string of <c>/zoeken</c> for this case (Dutch keys, as the page's links have them).</summary>
    public string QueryString => Request.ToQueryString();

    /// <summary>The same request for <c>/api/v1/search</c>, whose filters have English names (<c>year</c>, not <c>jaar</c>).</summary>
    public string ApiQueryString
    {
        get
        {
            var parts = new List<string> { "q=" + Uri.EscapeDataString(Request.Query ?? "") };
            void Add(string key, string? value)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    parts.Add(key + "=" + Uri.EscapeDataString(value));
                }
            }

            Add("year", Request.Year?.ToString(CultureInfo.InvariantCulture));
            Add("careType", Request.CareTypeSlug);
            Add("purchasers", string.Join(',', Request.Purchasers));
            Add("topics", string.Join(',', Request.Topics));
            Add("kind", Request.Kind is { } kind ? SearchKinds.Slug(kind) : null);
            return "?" + string.Join('&', parts);
        }
    }
}

/// <summary>Latency samples (milliseconds) of one variant in one round.</summary>
public sealed class LatencySamples
{
    private readonly List<double> _values = [];

    public void Add(double milliseconds) => _values.Add(milliseconds);

    public int Count => _values.Count;

    public double Median => Percentile(0.5);

    public double P95 => Percentile(0.95);

    private double Percentile(double fraction)
    {
        if (_values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
    }
}

/// <summary>
/// One round of one case: the bare query (<see cref="PortalSearch.FindAsync"/>: the page's ranked ids and the counts,
/// one round trip, no snippets) and the search (<see cref="PortalSearch.SearchAsync"/>: the same SQL plus snippets,
/// names, links and facets), timed alternately; over HTTP, wrk's median at one connection.
/// </summary>
public sealed class SearchRound
{
    public LatencySamples Bare { get; } = new();

    public LatencySamples WithSnippets { get; } = new();

    public double Ratio => WithSnippets.Median / Bare.Median;

    public WrkResult? Api { get; set; }

    public WrkResult? Page { get; set; }
}

public sealed class SearchCaseResult(SearchCase searchCase)
{
    public SearchCase Case { get; } = searchCase;

    public List<SearchRound> Rounds { get; } = [];

    public double BareMedian => MedianOf(round => round.Bare.Median);

    public double BareP95 => MedianOf(round => round.Bare.P95);

    public double WithSnippetsMedian => MedianOf(round => round.WithSnippets.Median);

    public double WithSnippetsP95 => MedianOf(round => round.WithSnippets.P95);

    /// <summary>The ratio per round, then the median of those (so each ratio compares figures of the same moment).</summary>
    public double Ratio => MedianOf(round => round.Ratio);

    public double? ApiMedian => Rounds.All(round => round.Api is not null) && Rounds.Count > 0 ? MedianOf(round => round.Api!.MedianMs) : null;

    public double? PageMedian => Rounds.All(round => round.Page is not null) && Rounds.Count > 0 ? MedianOf(round => round.Page!.MedianMs) : null;

    public double MedianOf(Func<SearchRound, double> figure)
    {
        var values = Rounds.Select(figure).Order().ToList();
        return values.Count == 0 ? double.NaN
            : values.Count % 2 == 1 ? values[values.Count / 2]
            : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }
}
