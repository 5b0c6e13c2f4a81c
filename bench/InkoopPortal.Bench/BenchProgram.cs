using InkoopPortal.Bench.Data;
using InkoopPortal.Bench.Measurement;
using InkoopPortal.Bench.Reporting;
using InkoopPortal.Web.Hosting;
using Serilog;

namespace InkoopPortal.Bench;

/// <summary>
/// <c>generate</c> fills an empty PostgreSQL database, <c>measure</c> benchmarks a generated one, <c>all</c> does both
/// (what bench/run.sh runs), <c>serve</c> hosts the portal and the variants on a generated database until Ctrl+C, for
/// investigating by hand. The results file is Markdown; progress goes to standard error.
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 2;
        }

        // As the portal's Program.cs: request completion lines go through the static (bootstrap) logger.
        Log.Logger = PortalLogging.CreateBootstrapLogger();
        try
        {
            return await RunAsync(options);
        }
        finally
        {
            await Log.CloseAndFlushAsync();
        }
    }

    private static async Task<int> RunAsync(BenchOptions options)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, eventArgs) =>
        {
            eventArgs.Cancel = true;
            cancellation.Cancel();
        };

        DatasetSummary? generated = null;
        if (options.Command is "generate" or "all")
        {
            Progress.Say($"generating the dataset");
            generated = await DatasetGenerator.GenerateAsync(options.ConnectionString, cancellation.Token);
            Progress.Say($"generated {generated.Documents:N0} documents and {generated.Statements:N0} statements in {generated.Elapsed.TotalSeconds:0.0} s");
        }

        if (options.Command == "memory")
        {
            await MatrixBenchmark.MeasureMemoryAsync(options, cancellation.Token);
            return 0;
        }

        if (options.Command == "serve")
        {
            await MatrixBenchmark.ServeAsync(options, cancellation.Token);
            return 0;
        }

        if (options.Command is "measure" or "all")
        {
            var report = await new MatrixBenchmark(options).RunAsync(generated, cancellation.Token);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.ResultsFile))!);
            await File.WriteAllTextAsync(options.ResultsFile, ResultsWriter.Write(report), cancellation.Token);
            Progress.Say($"results written to {options.ResultsFile}");
            return report.PageMissing is null ? 0 : 3;
        }

        return 0;
    }
}
