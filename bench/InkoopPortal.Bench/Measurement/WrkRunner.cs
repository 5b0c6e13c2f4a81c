using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace InkoopPortal.Bench.Measurement;

public sealed record WrkResult(
    string Variant, int Connections, double MedianMs, double P90Ms, double P99Ms, double RequestsPerSecond, long Requests, long Errors)
{
    /// <summary>The server's own cost during the run (filled in by the caller, which is the server process).</summary>
    public ServerCost? Cost { get; init; }

    public string Summary => FormattableString.Invariant(
        $"{Variant} c={Connections}: median {MedianMs:0.000} ms, p90 {P90Ms:0.000} ms, p99 {P99Ms:0.000} ms, {RequestsPerSecond:0.0} req/s, {Requests} requests, {Errors} errors; server {Cost?.CpuMsPerRequest:0.00} ms CPU, {Cost?.AllocatedKbPerRequest:0} KiB allocated, {Cost?.GcPauseMsPerRequest:0.00} ms GC pause per request");
}

/// <summary>
/// Runs <c>wrk</c> (one thread, so the server keeps the other core), reads its latency distribution and rate, and
/// notes what this process (the server) spent meanwhile.
/// </summary>
public static partial class WrkRunner
{
    /// <summary>
    /// A wrk script that adds a new query key to every request (<c>&amp;bench-uncached=N</c>): the page ignores it, the
    /// output cache varies by every query key, so each request is rendered (with the matrix itself still cached).
    /// </summary>
    public const string UncachedScript = """
        counter = 0
        request = function()
          counter = counter + 1
          return wrk.format(nil, wrk.path .. "&bench-uncached=" .. counter)
        end
        """;

    public static async Task<WrkResult> RunAsync(
        string variant, Uri url, int connections, TimeSpan duration, CancellationToken cancellationToken, string? script = null)
    {
        string? scriptFile = null;
        if (script is not null)
        {
            scriptFile = Path.Combine(Path.GetTempPath(), $"inkoopportal-bench-{Guid.NewGuid():N}.lua");
            await File.WriteAllTextAsync(scriptFile, script, cancellationToken);
        }

        try
        {
            return await RunWrkAsync(variant, url, connections, duration, scriptFile, cancellationToken);
        }
        finally
        {
            if (scriptFile is not null)
            {
                File.Delete(scriptFile);
            }
        }
    }

    private static async Task<WrkResult> RunWrkAsync(
        string variant, Uri url, int connections, TimeSpan duration, string? scriptFile, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] script = scriptFile is null ? [] : ["-s", scriptFile];
        string[] arguments = ["-t1", $"-c{connections}", $"-d{(int)duration.TotalSeconds}s", "--latency", "--timeout", "10s", .. script, url.AbsoluteUri];
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var before = ServerCost.Take();
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("wrk could not be started.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {await error}{await output}");
        }

        var after = ServerCost.Take();
        var result = Parse(variant, connections, await output);
        return result with { Cost = after.Since(before, result.Requests) };
    }

    public static WrkResult Parse(string variant, int connections, string output)
    {
        double Percentile(string percent) =>
            Milliseconds(PercentilePattern().Matches(output).Single(match => match.Groups[1].Value == percent).Groups[2].Value);

        var requests = long.Parse(RequestsPattern().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var rate = double.Parse(RatePattern().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var non2xx = NonSuccessPattern().Match(output) is { Success: true } bad ? long.Parse(bad.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var socketErrors = SocketErrorsPattern().Match(output) is { Success: true } socket
            ? socket.Groups.Values.Skip(1).Sum(group => long.Parse(group.Value, CultureInfo.InvariantCulture))
            : 0;
        return new WrkResult(variant, connections, Percentile("50"), Percentile("90"), Percentile("99"), rate, requests, non2xx + socketErrors);
    }

    private static double Milliseconds(string value)
    {
        var match = DurationPattern().Match(value);
        var number = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => number / 1000,
            "ms" => number,
            "s" => number * 1000,
            "m" => number * 60_000,
            _ => throw new FormatException($"Unknown wrk duration '{value}'."),
        };
    }

    [GeneratedRegex(@"^\s+(50|75|90|99)%\s+(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex PercentilePattern();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestsPattern();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RatePattern();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccessPattern();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrorsPattern();

    [GeneratedRegex(@"^([\d.]+)(us|ms|s|m)$")]
    private static partial Regex DurationPattern();
}
