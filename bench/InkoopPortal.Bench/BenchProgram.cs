using InkoopPortal.Bench.Data;
using InkoopPortal.Bench.Measurement;
using InkoopPortal.Bench.Measurement.Codebook;
using InkoopPortal.Bench.Measurement.Import;
using InkoopPortal.Bench.Measurement.Pdf;
using InkoopPortal.Bench.Measurement.Search;
using InkoopPortal.Bench.Reporting;
using InkoopPortal.Web.Hosting;
using Serilog;

namespace InkoopPortal.Bench;

/// <summary>
/// <c>generate</c> fills an empty PostgreSQL database (and its search index), <c>measure</c> benchmarks the matrix on a
/// generated one, <c>search</c> the search, <c>all</c> does all three (what bench/run.sh runs; <c>--only matrix|search</c>
/// skips the other benchmark), <c>serve</c> hosts the portal and the variants on a generated database until Ctrl+C, for
/// investigating by hand. The results file is Markdown; progress goes to standard error.
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        // The PDF benchmark's memory probe: a fresh child process that reads one PDF and reports its peaks.
        if (args is ["pdf-memory", _, _])
        {
            return PdfBenchmark.Child(args);
        }

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

    private static string DescribeMachine()
    {
        var machine = MachineInfo.Read();
        return $"Machine: {machine.Processors} cores, {machine.Memory}, {machine.Cpu}, {machine.Os}, {machine.Runtime}, {machine.GcMode}; "
            + $"load average at the end {MachineInfo.LoadAverage()}.";
    }

    private static async Task<int> RunAsync(BenchOptions options)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, eventArgs) =>
        {
            eventArgs.Cancel = true;
            cancellation.Cancel();
        };

        // The codebook benchmark needs no database at all.
        if (options.Command == "all" && options.Only == "codebook")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.CodebookResultsFile))!);
            await File.WriteAllTextAsync(options.CodebookResultsFile, CodebookBenchmark.Run(DescribeMachine()), cancellation.Token);
            Progress.Say($"codebook results written to {options.CodebookResultsFile}");
            return 0;
        }

        // The PDF benchmark needs no database: Chromium prints its PDFs; its section replaces the file's earlier one.
        if (options.Command == "all" && options.Only == "pdf")
        {
            var file = options.PdfResultsFile;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            var before = File.Exists(file) ? await File.ReadAllTextAsync(file, cancellation.Token) : $"# PDF reader — {DateTime.UtcNow:yyyy-MM-dd}\n\n";
            var cut = before.IndexOf(PdfBenchmark.SectionTitle, StringComparison.Ordinal);
            await File.WriteAllTextAsync(file, (cut >= 0 ? before[..cut] : before.TrimEnd() + "\n\n") + PdfBenchmark.Run(options.ChromiumPath, DescribeMachine()), cancellation.Token);
            Progress.Say($"PDF results written to {file}");
            return 0;
        }

        // The import benchmark needs no generated dataset: it makes its own databases.
        if (options.Command == "all" && options.Only == "import")
        {
            var cases = await new ImportBenchmark(options).RunAsync(cancellation.Token);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.ImportResultsFile))!);
            await File.WriteAllTextAsync(options.ImportResultsFile, ImportBenchmark.Write(cases, DescribeMachine()), cancellation.Token);
            Progress.Say($"import results written to {options.ImportResultsFile}");
            return 0;
        }

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

        var status = 0;
        if (options.Command == "measure" || (options.Command == "all" && options.Runs("matrix")))
        {
            var report = await new MatrixBenchmark(options).RunAsync(generated, cancellation.Token);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.ResultsFile))!);
            await File.WriteAllTextAsync(options.ResultsFile, ResultsWriter.Write(report), cancellation.Token);
            Progress.Say($"results written to {options.ResultsFile}");
            status = report.PageMissing is null ? 0 : 3;
        }

        if (options.Command == "search" || (options.Command == "all" && options.Runs("search")))
        {
            var report = await new SearchBenchmark(options).RunAsync(generated, cancellation.Token);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.SearchResultsFile))!);
            await File.WriteAllTextAsync(options.SearchResultsFile, SearchResultsWriter.Write(report), cancellation.Token);
            Progress.Say($"search results written to {options.SearchResultsFile}");
        }

        return status;
    }
}
