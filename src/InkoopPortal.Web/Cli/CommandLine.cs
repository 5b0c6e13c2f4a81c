using System.Diagnostics;
using System.Globalization;
using InkoopPortal.Application.Codebook;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Search;
using InkoopPortal.Infrastructure.Persistence;

namespace InkoopPortal.Web.Cli;

/// <summary>
/// Sub-commands of the portal's executable, run instead of the web host (parsed by <see cref="PortalCommands"/>):
/// <c>InkoopPortal.Web import &lt;file&gt; --year 2024 --care-type huisartsenzorg</c> and <c>InkoopPortal.Web reindex</c>.
/// </summary>
public static class CommandLine
{
    public static bool IsCommand(IReadOnlyList<string> args) => PortalCommands.IsCommand(args);

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
            return await RunAsync(args, builder, Console.Out, Console.Error, cancellation.Token);
        }
        finally
        {
            Console.CancelKeyPress -= cancel;
        }
    }

    internal static async Task<int> RunAsync(
        IReadOnlyList<string> args, WebApplicationBuilder builder, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var command = PortalCommands.Parse(args);
        if (command.Help is { } help)
        {
            await output.WriteLineAsync(help);
            return ExitCodes.Success;
        }

        if (command.Error is { } message)
        {
            await error.WriteLineAsync($"Fout: {message}");
            await error.WriteLineAsync();
            await error.WriteLineAsync(command.Usage);
            return ExitCodes.UsageError;
        }

        return command.Reindex ? await ReindexAsync(builder, output, error, cancellationToken)
            : command.Backup is { } backup ? await BackupAsync(backup, builder, output, error, cancellationToken)
            : command.ApplyCodebook ? await ApplyCodebookAsync(builder, output, error, cancellationToken)
            : await ImportAsync(command.Import!, builder, output, error, cancellationToken);
    }

    /// <summary>The <c>import</c> command with the arguments after its name.</summary>
    internal static Task<int> RunImportAsync(
        IReadOnlyList<string> arguments, WebApplicationBuilder builder, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync([PortalCommands.ImportName, .. arguments], builder, output, error, cancellationToken);

    /// <summary>The <c>reindex</c> command with the arguments after its name.</summary>
    internal static Task<int> RunReindexAsync(
        IReadOnlyList<string> arguments, WebApplicationBuilder builder, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync([PortalCommands.ReindexName, .. arguments], builder, output, error, cancellationToken);

    private static async Task<int> ImportAsync(
        ImportRequest request, WebApplicationBuilder builder, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
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
            // The size first: a refused file neither creates nor migrates the database (the importer checks it again).
            app.Services.GetRequiredService<ImportOptions>().EnsureAllowed(Path.GetFileName(request.FilePath), new FileInfo(request.FilePath).Length);

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

    private static async Task<int> ReindexAsync(WebApplicationBuilder builder, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await using var app = builder.Build();
        try
        {
            await app.Services.InitializePortalDatabaseAsync(importShippedSources: false, cancellationToken);
            var stopwatch = Stopwatch.StartNew();
            var count = await app.Services.GetRequiredService<SearchIndex>().RebuildAsync(cancellationToken);
            await output.WriteLineAsync(string.Create(
                CultureInfo.GetCultureInfo("nl-NL"),
                $"Zoekindex opnieuw opgebouwd: {count} teksten in {stopwatch.Elapsed.TotalSeconds:0.0} s."));
            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("Opnieuw opbouwen afgebroken; de oude zoekindex is blijven staan.");
            return ExitCodes.Failure;
        }
    }

    private static async Task<int> ApplyCodebookAsync(WebApplicationBuilder builder, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await using var app = builder.Build();
        try
        {
            await app.Services.InitializePortalDatabaseAsync(importShippedSources: false, cancellationToken);
            await using var scope = app.Services.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<CodebookUpgrade>().RunAsync(cancellationToken);
            await output.WriteLineAsync(
                $"Codeboek toegepast: {report.TopicsAdded} onderwerp(en) toegevoegd, {report.TopicsCompleted} aangevuld; "
                + $"{report.DocumentsFiled} beleidstekst(en) ingedeeld; {report.StatementsReplaced} uitspraak/uitspraken onder koppen "
                + $"vervangen door de indeling, {report.StatementsMoved} door redacteuren bewerkte verplaatst; {report.TopicsRetired} onderwerp(en) uit koppen opgeheven.");
            foreach (var note in report.Notes)
            {
                await output.WriteLineAsync($"- {note}");
            }

            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("Afgebroken; wat per document al was opgeslagen, blijft staan (de opdracht kan opnieuw).");
            return ExitCodes.Failure;
        }
    }

    /// <summary>
    /// The <c>backup</c> command: a checked online copy of the embedded SQLite database (ADR-023). PostgreSQL has its
    /// own tool for that, which this command names instead of wrapping (its version must match the server's).
    /// </summary>
    private static async Task<int> BackupAsync(
        BackupRequest request, WebApplicationBuilder builder, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await using var app = builder.Build();
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            await error.WriteLineAsync(
                "De portal gebruikt PostgreSQL: maak de reservekopie met pg_dump, bijvoorbeeld "
                + "pg_dump -Fc -f inkoopportal.dump \"postgresql://gebruiker@server/inkoopportal\", en zet die terug met pg_restore "
                + "(zie de README, 'Reservekopieën'). Er is niets gekopieerd.");
            return ExitCodes.Failure;
        }

        try
        {
            var result = await SqliteBackup.CreateAsync(settings, TargetPath(request.FilePath), request.Overwrite, cancellationToken);
            await (result.Succeeded ? output : error).WriteLineAsync(result.Message);
            return result.Succeeded ? ExitCodes.Success : ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("Reservekopie afgebroken; er is niets opgeslagen.");
            return ExitCodes.Failure;
        }
    }

    /// <summary>A file to write: a relative path is meant from the shell's folder (see <see cref="ResolvePath"/>).</summary>
    private static string TargetPath(string path)
    {
        var shellDirectory = Environment.GetEnvironmentVariable("PWD");
        return Path.IsPathRooted(path) || string.IsNullOrEmpty(shellDirectory) ? Path.GetFullPath(path) : Path.GetFullPath(path, shellDirectory);
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

    /// <summary>What was stored, in Dutch: the file, published or as drafts, the counts and the notes.</summary>
    internal static async Task WriteSummaryAsync(TextWriter output, ImportSummary summary)
    {
        if (summary.WasImportedBefore)
        {
            await output.WriteLineAsync($"Niet opnieuw geïmporteerd: {summary.FileName} ({summary.SourceTitle}).");
        }
        else
        {
            var file = summary.FileName.Length > 0 ? $" uit {summary.FileName}" : "";
            await output.WriteLineAsync(summary.Published
                ? $"Geïmporteerd{file}: {summary.SourceTitle}"
                : $"Als concept opgeslagen{file}: {summary.SourceTitle} (nog niet zichtbaar voor lezers; publiceer op /redactie/import/{summary.SourceId})");
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
