using InkoopPortal.Application.Import;
using InkoopPortal.Web.Cli;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Search;
using InkoopPortal.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Cli;

public class CommandLineTests
{
    [Theory]
    [InlineData(new[] { "import", "a.txt" }, true)]
    [InlineData(new[] { "reindex" }, true)]
    [InlineData(new[] { "--urls", "http://localhost:5000" }, false)]
    [InlineData(new string[0], false)]
    public void Only_a_known_sub_command_replaces_the_web_host(string[] args, bool isCommand) =>
        CommandLine.IsCommand(args).Should().Be(isCommand);

    [Fact]
    public async Task Usage_error_exits_with_2_and_explains_in_Dutch()
    {
        var (exitCode, output, error, _, _) = await RunAsync(["a.txt", "--care-type", "msz"]);

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("Fout: De optie --year is verplicht").And.Contain("Gebruik: InkoopPortal.Web import");
    }

    [Fact]
    public async Task Help_exits_with_0()
    {
        var (exitCode, output, _, _, _) = await RunAsync(["--help"]);

        exitCode.Should().Be(0);
        output.Should().Contain("--care-type");
    }

    [Fact]
    public async Task Missing_file_exits_with_1_and_names_the_file()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"bestaat-niet-{Guid.NewGuid():N}.txt");

        var (exitCode, _, error, _, _) = await RunAsync([missing, "--year", "2024", "--care-type", "msz"]);

        exitCode.Should().Be(1);
        error.Should().Be($"Bestand niet gevonden: {missing}{Environment.NewLine}");
    }

    [Fact]
    public async Task A_comparison_table_is_imported_into_the_configured_database_and_summarized()
    {
        using var file = new TemporaryFile(
            "Vergelijking huisartsenzorg 2025", "", "Onderwerp\tCZ\tZ&Z",
            "Kwartiermakers <i>Wie?</i>\t<ul style=\"list-style-type: none\"> – Kwartiermaker voor 1 september aanstellen\t<ul style=\"list-style-type: none\"> – Geen bijzonderheden");

        var (exitCode, output, error, statements, _) = await RunAsync(
            [file.Path, "--year", "2025", "--care-type", "huisartsenzorg", "--create-unknown"]);

        error.Should().BeEmpty();
        exitCode.Should().Be(0);
        output.Should().Contain($"Geïmporteerd uit {Path.GetFileName(file.Path)}: Vergelijking huisartsenzorg 2025").And.MatchRegex(@"Uitspraken:\s+2")
            .And.Contain("- Nieuw onderwerp aangemaakt: Kwartiermakers.");
        statements.Should().BeEquivalentTo(["cz kwartiermakers Content", "zorg-en-zekerheid kwartiermakers NothingSpecial"],
            "the command imports only the given file, not the shipped sources");
    }

    [Theory]
    [InlineData(ImportOptions.DefaultMaxFileBytes + 1)]
    [InlineData(50L * 1024 * 1024)]
    public async Task A_file_over_the_import_limit_is_refused_naming_the_limit_and_nothing_is_stored(long length)
    {
        // A valid comparison table padded with policy text to exactly `length` bytes: only its size is wrong.
        using var file = new TemporaryFile("Vergelijking huisartsenzorg 2025", "", "Onderwerp\tCZ\tZ&Z", "Regioplan\tPlan voor 1 juli\tGeen bijzonderheden");
        await using (var stream = new FileStream(file.Path, FileMode.Append))
        {
            var line = System.Text.Encoding.UTF8.GetBytes("Dit is een lange toelichting bij de vergelijking. \n");
            while (stream.Length + line.Length <= length)
            {
                stream.Write(line);
            }

            stream.Write(new byte[length - stream.Length].Select(_ => (byte)'x').ToArray());
        }

        new FileInfo(file.Path).Length.Should().Be(length);

        var (exitCode, output, error, statements, names) = await RunAsync(
            [file.Path, "--year", "2025", "--care-type", "huisartsenzorg", "--create-unknown"]);

        exitCode.Should().Be(1);
        output.Should().NotContain("Geïmporteerd");
        error.Should().Contain("niet geïmporteerd; er is niets opgeslagen").And.Contain("een import mag ten hoogste 10 MB zijn");
        statements.Should().BeEmpty();
        names.Should().BeEmpty("the size is checked before the database is created or migrated");
    }

    [Fact]
    public async Task Unknown_names_without_create_unknown_are_listed_nothing_is_stored_and_the_exit_code_is_1()
    {
        using var file = new TemporaryFile(
            "Vergelijking huisartsenzorg 2025", "", "Onderwerp\tCZ\tVerzekeraar Fantasia",
            "Droomonderwerp\t<ul style=\"list-style-type: none\"> – Punt\t<ul style=\"list-style-type: none\"> – Punt");

        var (exitCode, output, error, statements, names) = await RunAsync([file.Path, "--year", "2025", "--care-type", "huisartsenzorg"]);

        exitCode.Should().Be(1);
        output.Should().NotContain("Geïmporteerd");
        error.Should().Contain("niet geïmporteerd; er is niets opgeslagen")
            .And.Contain("Regel 3, kolom 3: Onbekende inkoper 'Verzekeraar Fantasia'")
            .And.Contain("Regel 4, kolom 1: Onbekend onderwerp 'Droomonderwerp'")
            .And.Contain("Nieuwe namen: 'Verzekeraar Fantasia', 'Droomonderwerp'")
            .And.Contain("--create-unknown");
        statements.Should().BeEmpty();
        names.Should().Contain("cz", "the reference data was loaded").And.NotContain("verzekeraar-fantasia").And.NotContain("droomonderwerp");
    }

    [Fact]
    public async Task Create_unknown_creates_the_new_purchaser_and_topic_through_the_same_import()
    {
        using var file = new TemporaryFile(
            "Vergelijking huisartsenzorg 2025", "", "Onderwerp\tCZ\tVerzekeraar Fantasia",
            "Droomonderwerp\t<ul style=\"list-style-type: none\"> – CZ droomt\t<ul style=\"list-style-type: none\"> – Fantasia droomt");

        var (exitCode, output, _, statements, names) = await RunAsync(
            [file.Path, "--year", "2025", "--care-type", "huisartsenzorg", "--create-unknown"]);

        exitCode.Should().Be(0);
        output.Should().Contain("- Nieuwe inkoper aangemaakt: Verzekeraar Fantasia.");
        statements.Should().BeEquivalentTo(["cz droomonderwerp Content", "verzekeraar-fantasia droomonderwerp Content"]);
        names.Should().Contain(["verzekeraar-fantasia", "droomonderwerp"]);
    }

    [Fact]
    public async Task A_refused_import_prints_every_problem_with_its_position_stores_nothing_and_exits_with_1()
    {
        using var file = new TemporaryFile(
            "Vergelijking 2025", "", "Onderwerp\tCZ\tVerzekeraar X",
            "Regioplan\t<ul style=\"list-style-type: none\"> – Punt\t<ul style=\"list-style-type: none\"> – Punt");

        var (exitCode, output, error, statements, _) = await RunAsync([file.Path, "--year", "2025", "--care-type", "huisartsenzorg"]);

        exitCode.Should().Be(1);
        output.Should().NotContain("Geïmporteerd");
        error.Should().Contain("niet geïmporteerd; er is niets opgeslagen")
            .And.Contain("Regel 3, kolom 3: Onbekende inkoper 'Verzekeraar X'");
        statements.Should().BeEmpty();
    }

    [Fact]
    public async Task An_unknown_care_type_is_refused_in_Dutch()
    {
        using var file = new TemporaryFile("Vergelijking 2025", "", "Onderwerp\tCZ\tVGZ",
            "Regioplan\t<ul style=\"list-style-type: none\"> – Punt\t<ul style=\"list-style-type: none\"> – Punt");

        var (exitCode, _, error, _, _) = await RunAsync([file.Path, "--year", "2025", "--care-type", "tandzorg"]);

        exitCode.Should().Be(1);
        error.Should().Contain("Onbekende zorgsoort 'tandzorg'");
    }

    [Fact]
    public void A_relative_path_is_read_from_the_folder_the_command_was_typed_in()
    {
        using var file = new TemporaryFile("x");
        var previous = Environment.GetEnvironmentVariable("PWD");
        Environment.SetEnvironmentVariable("PWD", Path.GetDirectoryName(file.Path));
        try
        {
            CommandLine.ResolvePath(Path.GetFileName(file.Path)).Should().Be(file.Path);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PWD", previous);
        }
    }

    [Fact]
    public async Task Reindex_takes_no_options_and_explains_itself()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var dataFolder = Path.Combine(Path.GetTempPath(), $"inkoopportal-cli-{Guid.NewGuid():N}");

        try
        {
            var wrong = await CommandLine.RunReindexAsync(["--snel"], NewBuilder(dataFolder), output, error, CancellationToken.None);
            var help = await CommandLine.RunReindexAsync(["--help"], NewBuilder(dataFolder), output, error, CancellationToken.None);

            wrong.Should().Be(2);
            error.ToString().Should().Contain("Fout: reindex kent geen opties; '--snel' is onbekend.").And.Contain("Gebruik: InkoopPortal.Web reindex");
            help.Should().Be(0);
            output.ToString().Should().Contain("Bouwt de zoekindex opnieuw op");
            File.Exists(Path.Combine(dataFolder, "inkoopportal.db")).Should().BeFalse("neither opened the database");
        }
        finally
        {
            if (Directory.Exists(dataFolder))
            {
                Directory.Delete(dataFolder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Reindex_rebuilds_the_search_index_of_the_configured_database()
    {
        using var file = new TemporaryFile(
            "Vergelijking huisartsenzorg 2025", "", "Onderwerp\tCZ\tZ&Z",
            "Regioplan\t<ul style=\"list-style-type: none\"> – Kikkerdrilplan voor 1 september\t<ul style=\"list-style-type: none\"> – Kikkerdrilplan in oktober");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var dataFolder = Path.Combine(Path.GetTempPath(), $"inkoopportal-cli-{Guid.NewGuid():N}");
        try
        {
            (await CommandLine.RunImportAsync([file.Path, "--year", "2025", "--care-type", "huisartsenzorg", "--create-unknown"],
                NewBuilder(dataFolder), output, error, CancellationToken.None)).Should().Be(0);
            await using (var app = NewBuilder(dataFolder).Build())
            {
                await using var context = app.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
                await context.Database.ExecuteSqlRawAsync("DELETE FROM search_fts; DELETE FROM search_texts; DELETE FROM search_entries;");
            }

            var exitCode = await CommandLine.RunReindexAsync([], NewBuilder(dataFolder), output, error, CancellationToken.None);

            error.ToString().Should().BeEmpty();
            exitCode.Should().Be(0);
            // Two statements and CZ's deadline ("voor 1 september": the comparison-table import reads deadlines from cells, ADR-029).
            output.ToString().Should().MatchRegex(@"Zoekindex opnieuw opgebouwd: 3 teksten in \d+,\d s\.");
            await using var rebuilt = NewBuilder(dataFolder).Build();
            var found = await rebuilt.Services.GetRequiredService<PortalSearch>().SearchAsync(new SearchRequest("kikkerdrilplan"));
            found.Hits.Select(hit => hit.Purchaser.Slug).Distinct().Should().BeEquivalentTo("cz", "zorg-en-zekerheid");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(dataFolder))
            {
                Directory.Delete(dataFolder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Summary_is_printed_in_Dutch()
    {
        using var output = new StringWriter();

        await CommandLine.WriteSummaryAsync(output, new ImportSummary("Zorginkoopbeleid 2024 MSZ", 1, 120, 8, 14, 6, 3, 22, ["Tabel op pagina 4 overgeslagen."]));

        output.ToString().Should().Contain("Geïmporteerd: Zorginkoopbeleid 2024 MSZ")
            .And.MatchRegex(@"Uitspraken:\s+120")
            .And.Contain("Opmerkingen:").And.Contain("- Tabel op pagina 4 overgeslagen.");
    }

    /// <summary>
    /// Runs the command on the portal's real services and a new SQLite database in a temporary data folder, and
    /// returns what the database holds afterwards ("purchaser topic status" per statement, and the slugs of every
    /// purchaser and topic).
    /// </summary>
    private static async Task<(int ExitCode, string Output, string Error, List<string> Statements, List<string> Names)> RunAsync(string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var dataFolder = Path.Combine(Path.GetTempPath(), $"inkoopportal-cli-{Guid.NewGuid():N}");
        try
        {
            var exitCode = await CommandLine.RunImportAsync(arguments, NewBuilder(dataFolder), output, error, CancellationToken.None);

            var statements = new List<string>();
            var names = new List<string>();
            if (File.Exists(Path.Combine(dataFolder, "inkoopportal.db")))
            {
                await using var app = NewBuilder(dataFolder).Build();
                await using var context = app.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
                statements = await context.Statements
                    .Select(statement => statement.PolicyDocument!.Purchaser!.Slug + " " + statement.Topic!.Slug + " " + statement.Status)
                    .ToListAsync();
                names = [.. await context.Purchasers.Select(purchaser => purchaser.Slug).ToListAsync(),
                    .. await context.Topics.Select(topic => topic.Slug).ToListAsync()];
            }

            return (exitCode, output.ToString(), error.ToString(), statements, names);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(dataFolder))
            {
                Directory.Delete(dataFolder, recursive: true);
            }
        }
    }

    private static WebApplicationBuilder NewBuilder(string dataFolder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration[PortalDatabase.DataFolderKey] = dataFolder;
        builder.AddPortalDatabase();
        return builder;
    }

    private sealed class TemporaryFile : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"inkoopportal-bron-{Guid.NewGuid():N}.txt");

        public TemporaryFile(params string[] lines) => File.WriteAllText(Path, string.Join('\n', lines) + "\n");

        public void Dispose() => File.Delete(Path);
    }
}
