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
    /// <summary>Which parts <c>all</c> runs: "matrix", "search" or both (null).</summary>
    public string? Only { get; init; }

    public string SearchResultsFile { get; init; } = Path.Combine("bench", "results", $"search-{DateTime.UtcNow:yyyy-MM-dd}.md");

    /// <summary>Timings of each search variant per case and round.</summary>
    public int SearchRepetitions { get; init; } = 200;

    /// <summary>The longest one case's timings may take per round (slow queries get fewer repetitions, at least 10).</summary>
    public TimeSpan SearchCaseBudget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long wrk asks each search URL per case and round (when the build has the endpoints).</summary>
    public TimeSpan SearchHttpDuration { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How often each import case runs (bench/run.sh --only import).</summary>
    public int ImportRepeats { get; init; } = 3;

    public string ImportResultsFile { get; init; } = Path.Combine("bench", "results", $"import-{DateTime.UtcNow:yyyy-MM-dd}.md");

    /// <summary>The PDF reader's results (bench/run.sh --only pdf): the benchmark's section replaces the one in this file.</summary>
    public string PdfResultsFile { get; init; } = Path.Combine("bench", "results", $"pdf-{DateTime.UtcNow:yyyy-MM-dd}.md");

    public string CodebookResultsFile { get; init; } = Path.Combine("bench", "results", $"codebook-{DateTime.UtcNow:yyyy-MM-dd}.md");

    public bool Runs(string part) => Only is null || Only == part;

    public const string Usage =
        "usage: InkoopPortal.Bench <generate|measure|search|all|serve|memory> --connection <npgsql connection string> " +
        "[--results <file.md>] [--warmup 3] [--duration 10] [--rounds 3] [--cold-samples 20] [--circuits 20] " +
        "[--chromium /usr/bin/chromium] [--only matrix|search] [--search-results <file.md>] [--search-repetitions 200] " +
        "[--search-http-duration 3] [--search-case-seconds 30] [--only import] [--import-results <file.md>] [--import-repeats 3] [--only codebook] [--codebook-results <file.md>] [--only pdf] [--pdf-results <file.md>]";

    public static BenchOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("generate" or "measure" or "search" or "all" or "serve" or "memory"))
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
        // The codebook and PDF benchmarks use no database.
        if (connection.Length == 0 && values.GetValueOrDefault("only") is not ("codebook" or "pdf"))
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
            Value("chromium", "/usr/bin/chromium"))
        {
            Only = values.TryGetValue("only", out var only) ? only is "matrix" or "search" or "import" or "codebook" or "pdf" ? only : throw new ArgumentException($"--only is matrix, search, import, codebook or pdf. {Usage}") : null,
            PdfResultsFile = Value("pdf-results", Path.Combine("bench", "results", $"pdf-{DateTime.UtcNow:yyyy-MM-dd}.md")),
            ImportResultsFile = Value("import-results", Path.Combine("bench", "results", $"import-{DateTime.UtcNow:yyyy-MM-dd}.md")),
            ImportRepeats = Number("import-repeats", 3),
            CodebookResultsFile = Value("codebook-results", Path.Combine("bench", "results", $"codebook-{DateTime.UtcNow:yyyy-MM-dd}.md")),
            SearchResultsFile = Value("search-results", Path.Combine("bench", "results", $"search-{DateTime.UtcNow:yyyy-MM-dd}.md")),
            SearchRepetitions = Number("search-repetitions", 200),
            SearchHttpDuration = TimeSpan.FromSeconds(Number("search-http-duration", 3)),
            SearchCaseBudget = TimeSpan.FromSeconds(Number("search-case-seconds", 30)),
        };
    }
}
