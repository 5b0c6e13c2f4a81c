namespace InkoopPortal.Bench;

/// <summary>
/// The benchmark's settings, from the command line (<c>--name value</c>). The connection string points at an empty
/// (for <c>generate</c>) or generated (for <c>measure</c>) PostgreSQL database.
/// </summary>
public sealed record BenchOptions(
    string Command,
    string ConnectionString,
    string ResultsFile,
    TimeSpan WarmUp,
    TimeSpan Duration,
    int Rounds,
    int ColdSamples,
    int Circuits,
    string ChromiumPath)
{
    public const string Usage =
        "usage: InkoopPortal.Bench <generate|measure|all|serve|memory> --connection <npgsql connection string> " +
        "[--results <file.md>] [--warmup 3] [--duration 10] [--rounds 3] [--cold-samples 20] [--circuits 20] " +
        "[--chromium /usr/bin/chromium]";

    public static BenchOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("generate" or "measure" or "all" or "serve" or "memory"))
        {
            throw new ArgumentException(Usage);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 1; index < args.Length; index += 2)
        {
            if (!args[index].StartsWith("--", StringComparison.Ordinal) || index + 1 >= args.Length)
            {
                throw new ArgumentException($"'{args[index]}' has no value. {Usage}");
            }

            values[args[index][2..]] = args[index + 1];
        }

        string Value(string name, string fallback) => values.GetValueOrDefault(name, fallback);
        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture);

        var connection = Value("connection", Environment.GetEnvironmentVariable("BENCH_POSTGRES") ?? "");
        if (connection.Length == 0)
        {
            throw new ArgumentException($"--connection (or BENCH_POSTGRES) is required. {Usage}");
        }

        return new BenchOptions(
            args[0],
            connection,
            Value("results", Path.Combine("bench", "results", $"matrix-{DateTime.UtcNow:yyyy-MM-dd}.md")),
            TimeSpan.FromSeconds(Number("warmup", 3)),
            TimeSpan.FromSeconds(Number("duration", 10)),
            Number("rounds", 3),
            Number("cold-samples", 20),
            Number("circuits", 20),
            Value("chromium", "/usr/bin/chromium"));
    }
}
