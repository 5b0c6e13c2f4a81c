using InkoopPortal.Application.Import;
using InkoopPortal.Web.Cli;
using InkoopPortal.Application.Persistence;
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
    [InlineData(new[] { "--urls", "http://localhost:5000" }, false)]
    [InlineData(new string[0], false)]
    public void Only_a_known_sub_command_replaces_the_web_host(string[] args, bool isCommand) =>
        CommandLine.IsCommand(args).Should().Be(isCommand);

    [Fact]
    public async Task Usage_error_exits_with_2_and_explains_in_Dutch()
    {
        var (exitCode, output, error) = await RunAsync(["a.txt", "--care-type", "msz"]);

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("Fout: De optie --year is verplicht").And.Contain("Gebruik: InkoopPortal.Web import");
    }

    [Fact]
    public async Task Help_exits_with_0()
    {
        var (exitCode, output, _) = await RunAsync(["--help"]);

        exitCode.Should().Be(0);
        output.Should().Contain("--care-type");
    }

    [Fact]
    public async Task Missing_file_exits_with_1_and_names_the_file()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"bestaat-niet-{Guid.NewGuid():N}.txt");

        var (exitCode, _, error) = await RunAsync([missing, "--year", "2024", "--care-type", "msz"]);

        exitCode.Should().Be(1);
        error.Should().Be($"Bestand niet gevonden: {missing}{Environment.NewLine}");
    }

    [Fact]
    public async Task Without_a_registered_importer_the_command_says_so_and_exits_with_1()
    {
        using var file = new TemporaryFile();

        var (exitCode, _, error) = await RunAsync([file.Path, "--year", "2024", "--care-type", "msz"]);

        exitCode.Should().Be(1);
        error.Should().Contain("geen importfunctie (ISourceImporter) geregistreerd");
    }

    [Fact]
    public async Task Import_runs_on_an_initialized_database_and_prints_the_summary()
    {
        using var file = new TemporaryFile();
        var importer = new FakeImporter(_ => new ImportSummary("Testbeleid", 1, 2, 3, 4, 5, 6, 7, []));

        var (exitCode, output, error) = await RunAsync([file.Path, "--year", "2024", "--care-type", "msz"], importer);

        error.Should().BeEmpty();
        exitCode.Should().Be(0);
        output.Should().Contain("Geïmporteerd: Testbeleid");
        importer.Request.Should().BeEquivalentTo(new ImportRequest(file.Path, 2024, ["msz"], null));
        importer.DatabaseWasMigrated.Should().BeTrue();
    }

    [Fact]
    public async Task Refused_import_prints_every_problem_with_its_position_and_exits_with_1()
    {
        using var file = new TemporaryFile();
        var importer = new FakeImporter(_ => throw new ImportFailedException(
            [new ImportProblem(12, 3, "Onbekende zorgsoort 'tandarts'."), new ImportProblem(40, null, "Tabel zonder kop.")]));

        var (exitCode, output, error) = await RunAsync([file.Path, "--year", "2024", "--care-type", "msz"], importer);

        exitCode.Should().Be(1);
        output.Should().NotContain("Geïmporteerd");
        error.Should().Contain("niet geïmporteerd; er is niets opgeslagen")
            .And.Contain("Regel 12, kolom 3: Onbekende zorgsoort 'tandarts'.")
            .And.Contain("Regel 40: Tabel zonder kop.");
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

    /// <summary>Runs the command on the portal's real database registration, in a temporary data folder.</summary>
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] arguments, FakeImporter? importer = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var dataFolder = Path.Combine(Path.GetTempPath(), $"inkoopportal-cli-{Guid.NewGuid():N}");
        try
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Configuration[PortalDatabase.DataFolderKey] = dataFolder;
            builder.AddPortalDatabase();
            if (importer is not null)
            {
                builder.Services.AddSingleton<ISourceImporter>(services =>
                {
                    importer.Contexts = services.GetRequiredService<IPortalDbContextFactory>();
                    return importer;
                });
            }

            var exitCode = await CommandLine.RunImportAsync(arguments, builder, output, error, CancellationToken.None);
            return (exitCode, output.ToString(), error.ToString());
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

    private sealed class FakeImporter(Func<ImportRequest, ImportSummary> import) : ISourceImporter
    {
        public ImportRequest? Request { get; private set; }

        public bool DatabaseWasMigrated { get; private set; }

        public IPortalDbContextFactory? Contexts { get; set; }

        public async Task<ImportSummary> ImportAsync(ImportRequest request, CancellationToken cancellationToken = default)
        {
            Request = request;
            await using var context = Contexts!.CreateDbContext();
            DatabaseWasMigrated = !(await context.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
            return import(request);
        }
    }

    private sealed class TemporaryFile : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"inkoopportal-bron-{Guid.NewGuid():N}.txt");

        public TemporaryFile() => File.WriteAllText(Path, "Zorginkoopbeleid");

        public void Dispose() => File.Delete(Path);
    }
}
