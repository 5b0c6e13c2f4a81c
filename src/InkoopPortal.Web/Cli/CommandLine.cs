using System.Diagnostics;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Search;
using InkoopPortal.Infrastructure.Persistence;

namespace InkoopPortal.Web.Cli;

/// <summary>
/// Sub-commands of the portal's executable, run instead of the web host:
/// <c>InkoopPortal.Web import &lt;file&gt; --year 2024 --care-type huisartsenzorg</c> and <c>InkoopPortal.Web reindex</c>.
/// </summary>
public static class CommandLine
{
    public const string ImportCommand = "import";
    public const string ReindexCommand = "reindex";

    public const string ReindexUsage =
        """
        Gebruik: InkoopPortal.Web reindex

        Bouwt de zoekindex opnieuw op uit alle gepubliceerde documenten. Nodig na gegevens die buiten de portal om
        in de database zijn gezet; bewerkingen en imports houden de index zelf bij.
        """;

    public static bool IsCommand(IReadOnlyList<string> args) => args.Count > 0 && args[0] is ImportCommand or ReindexCommand;

    /// <summary>Runs the sub-command in <paramref name="args"/> and returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, WebApplicationBuilder builder)
    {
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler cancel = (_, eventArgs) =>
        {
            eventArgs.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += cancel;
        try
        {
            return args[0] == ReindexCommand
                ? await RunReindexAsync(args.Skip(1).ToList(), builder, Console.Out, Console.Error, cancellation.Token)
                : await RunImportAsync(args.Skip(1).ToList(), builder, Console.Out, Console.Error, cancellation.Token);
        }
        finally
        {
            Console.CancelKeyPress -= cancel;
        }
    }

    internal static async Task<int> RunImportAsync(
        IReadOnlyList<string> arguments, WebApplicationBuilder builder, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var parsed = ImportArguments.Parse(arguments);
        if (parsed.HelpRequested)
        {
            await output.WriteLineAsync(ImportArguments.Usage);
            return ExitCodes.Success;
        }

        if (parsed.Request is not { } request)
        {
            await error.WriteLineAsync($"Fout: {parsed.Error}");
            await error.WriteLineAsync();
            await error.WriteLineAsync(ImportArguments.Usage);
            return ExitCodes.UsageError;
        }

        request = request with { FilePath = ResolvePath(request.FilePath) };
        if (!File.Exists(request.FilePath))
        {
            await error.WriteLineAsync($"Bestand niet gevonden: {request.FilePath}");
            return ExitCodes.Failure;
        }

        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ISourceImporter>();
        try
        {
            // Migrations and reference data only: the import adds exactly the file it was given.
            await app.Services.InitializePortalDatabaseAsync(importShippedSources: false, cancellationToken);
            var summary = await importer.ImportAsync(request, cancellationToken);
            await WriteSummaryAsync(output, summary);
            return ExitCodes.Success;
        }
        catch (ImportFailedException failed)
        {
            await error.WriteLineAsync($"{request.FilePath} is niet geïmporteerd; er is niets opgeslagen.");
            foreach (var problem in failed.Problems)
            {
                await error.WriteLineAsync(problem.ToString());
            }

            if (failed.UnknownNames.Count > 0)
            {
                await error.WriteLineAsync(
                    $"Nieuwe namen: {string.Join(", ", failed.UnknownNames.Select(name => $"'{name.Name}'"))}. Voeg ze toe als alias van een "
                    + "bestaande inkoper of bestaand onderwerp, of importeer opnieuw met --create-unknown om ze aan te maken.");
            }

            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("Import afgebroken.");
            return ExitCodes.Failure;
        }
    }

    internal static async Task<int> RunReindexAsync(
        IReadOnlyList<string> arguments, WebApplicationBuilder builder, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (arguments.Any(argument => argument is "-h" or "--help" or "/?"))
        {
            await output.WriteLineAsync(ReindexUsage);
            return ExitCodes.Success;
        }

        if (arguments.Count > 0)
        {
            await error.WriteLineAsync($"Fout: reindex kent geen opties; '{arguments[0]}' is onbekend.");
            await error.WriteLineAsync();
            await error.WriteLineAsync(ReindexUsage);
            return ExitCodes.UsageError;
        }

        await using var app = builder.Build();
        try
        {
            await app.Services.InitializePortalDatabaseAsync(importShippedSources: false, cancellationToken);
            var stopwatch = Stopwatch.StartNew();
            var count = await app.Services.GetRequiredService<SearchIndex>().RebuildAsync(cancellationToken);
            await output.WriteLineAsync(string.Create(
                System.Globalization.CultureInfo.GetCultureInfo("nl-NL"),
                $"Zoekindex opnieuw opgebouwd: {count} teksten in {stopwatch.Elapsed.TotalSeconds:0.0} s."));
            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("Opnieuw opbouwen afgebroken; de oude zoekindex is blijven staan.");
            return ExitCodes.Failure;
        }
    }

    /// <summary>
    /// A relative path is meant from where the user typed the command. `dotnet run` starts the app in the project
    /// folder, but the shell's PWD still names the folder the user was in, so that is tried first.
    /// </summary>
    internal static string ResolvePath(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        var shellDirectory = Environment.GetEnvironmentVariable("PWD");
        var fromShell = string.IsNullOrEmpty(shellDirectory) ? null : Path.GetFullPath(path, shellDirectory);
        return fromShell is not null && File.Exists(fromShell) ? fromShell : Path.GetFullPath(path);
    }

    internal static async Task WriteSummaryAsync(TextWriter output, ImportSummary summary)
    {
        await output.WriteLineAsync($"Geïmporteerd: {summary.SourceTitle}");
        (string Label, int Count)[] counts =
        [
            ("Documenten", summary.Documents),
            ("Uitspraken", summary.Statements),
            ("Wijzigingen", summary.Changes),
            ("Voorwaarden", summary.Conditions),
            ("Termijnen", summary.Deadlines),
            ("Cijfers", summary.Figures),
            ("Secties", summary.Sections),
        ];
        foreach (var (label, count) in counts)
        {
            await output.WriteLineAsync($"  {label + ":",-14}{count,6}");
        }

        if (summary.Notes.Count > 0)
        {
            await output.WriteLineAsync("Opmerkingen:");
            foreach (var note in summary.Notes)
            {
                await output.WriteLineAsync($"  - {note}");
            }
        }
    }
}
