using System.Diagnostics;
using Npgsql;

namespace InkoopPortal.Bench.Measurement;

public sealed record LatencySample(string Description, IReadOnlyList<double> Milliseconds)
{
    public double Median => Percentile(0.5);

    public double P90 => Percentile(0.9);

    public double Min => Milliseconds.Min();

    public double Max => Milliseconds.Max();

    private double Percentile(double fraction)
    {
        var sorted = Milliseconds.Order().ToList();
        return sorted[(int)Math.Ceiling(fraction * sorted.Count) - 1];
    }
}

/// <summary>
/// First-request latencies of the matrix page, one request at a time: after the content version was changed (as an
/// import on any instance does: catalog and matrix are rebuilt), and for matrices not asked for before (catalog warm).
/// </summary>
public sealed class ColdCacheProbe(HttpClient client, string connectionString)
{
    public async Task<LatencySample> AfterContentChangeAsync(Uri url, int samples, CancellationToken cancellationToken)
    {
        var timings = new List<double>();
        for (var sample = 0; sample < samples; sample++)
        {
            await ChangeContentVersionAsync(cancellationToken);
            timings.Add(await TimeAsync(url, cancellationToken));
        }

        return new LatencySample("content version changed before each request", timings);
    }

    public async Task<LatencySample> FirstRequestsAsync(IReadOnlyList<Uri> distinctUrls, CancellationToken cancellationToken)
    {
        var timings = new List<double>();
        foreach (var url in distinctUrls)
        {
            timings.Add(await TimeAsync(url, cancellationToken));
        }

        return new LatencySample($"first request of {distinctUrls.Count} other matrices (other years; catalog warm)", timings);
    }

    /// <summary>What an import or edit does to the singleton row (another instance's change looks the same).</summary>
    private async Task ChangeContentVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("UPDATE content_versions SET token = gen_random_uuid(), changed_at = now() WHERE id = 1", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<double> TimeAsync(Uri url, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead, cancellationToken);
        stopwatch.Stop();
        response.EnsureSuccessStatusCode();
        return stopwatch.Elapsed.TotalMilliseconds;
    }
}
