using InkoopPortal.Application.Import;
using InkoopPortal.Application.ReferenceData;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.IntegrationTests.Import;

/// <summary>Bad input is refused with the line and column of the problem, and nothing is written.</summary>
public class ImportFailureTests
{
    private const string Header = "Onderwerp\tCZ\tVGZ";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_table_broken_in_its_middle_stores_nothing(DatabaseProvider provider)
    {
        var file = await WriteAsync(
            "Vergelijking 2023", "", "Groep – CZ, VGZ", "", Header,
            "Algemeen\t<ul style=\"list-style-type: none\"> – Eerste punt\t<ul style=\"list-style-type: none\"> – Tweede punt",
            "Regioplan\t<ul style=\"list-style-type: none\"> – Punt\t<ul style=\"list-style-type: none\"> – Punt\t<ul> – Te veel");

        var (problems, counts) = await ImportAndCountAsync(provider, file, ["huisartsenzorg"]);

        problems.Should().Contain(problem => problem.Line == 7 && problem.Column == 4);
        counts.Should().Be((0, 0, 0), "a failed import writes no source, document or statement");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unknown_purchasers_and_topics_are_named_with_their_position_and_nothing_is_stored(DatabaseProvider provider)
    {
        var file = await WriteAsync(
            "Vergelijking 2023", "", "Onderwerp\tCZ\tVerzekeraar X",
            "Zeldzame aandoeningen\t<ul style=\"list-style-type: none\"> – Eerste punt\t<ul style=\"list-style-type: none\"> – Tweede punt");

        var (problems, counts) = await ImportAndCountAsync(provider, file, ["huisartsenzorg"]);

        problems.Select(problem => (problem.Line, problem.Column)).Should().Equal((3, 3), (4, 1));
        problems[0].Message.Should().Contain("Onbekende inkoper 'Verzekeraar X'");
        problems[1].Message.Should().Contain("Onbekend onderwerp 'Zeldzame aandoeningen'", "huisartsenzorg's codebook has no such topic");
        counts.Should().Be((0, 0, 0));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_unknown_care_type_is_refused_before_anything_is_read(DatabaseProvider provider)
    {
        var file = await WriteAsync("Vergelijking 2023", "", Header,
            "Algemeen\t<ul style=\"list-style-type: none\"> – Punt\t<ul style=\"list-style-type: none\"> – Punt");

        var (problems, counts) = await ImportAndCountAsync(provider, file, ["tandzorg"]);

        problems.Should().ContainSingle().Which.Message.Should().Contain("Onbekende zorgsoort 'tandzorg'");
        counts.Should().Be((0, 0, 0));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_same_file_imported_twice_is_stored_once(DatabaseProvider provider)
    {
        var file = await WriteAsync("Vergelijking 2023", "", Header,
            "Algemeen\t<ul style=\"list-style-type: none\"> – Punt een\t<ul style=\"list-style-type: none\"> – Punt twee");
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = PortalServices.For(database);
        await services.GetRequiredService<ReferenceDataSeeder>().SeedIfEmptyAsync();
        var importer = services.GetRequiredService<ISourceImporter>();
        var request = new ImportRequest(file, 2023, ["huisartsenzorg"], null, CreateUnknownNames: true);

        var first = await importer.ImportAsync(request);
        var second = await importer.ImportAsync(request);

        first.Statements.Should().Be(2);
        second.Statements.Should().Be(0);
        second.Notes.Should().ContainSingle().Which.Should().Contain("al geïmporteerd");
        await using var context = database.CreateContext();
        (await context.SourceDocuments.CountAsync()).Should().Be(1);
        (await context.Statements.CountAsync()).Should().Be(2);
    }

    private static async Task<(IReadOnlyList<ImportProblem> Problems, (int Sources, int Documents, int Statements) Counts)>
        ImportAndCountAsync(DatabaseProvider provider, string file, string[] careTypes)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = PortalServices.For(database);
        await services.GetRequiredService<ReferenceDataSeeder>().SeedIfEmptyAsync();
        var importer = services.GetRequiredService<ISourceImporter>();

        var import = () => importer.ImportAsync(new ImportRequest(file, 2023, careTypes, null));

        var failure = await import.Should().ThrowAsync<ImportFailedException>();
        await using var context = database.CreateContext();
        return (failure.Which.Problems,
            (await context.SourceDocuments.CountAsync(), await context.PolicyDocuments.CountAsync(), await context.Statements.CountAsync()));
    }

    private static async Task<string> WriteAsync(params string[] lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"inkoopportal-import-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
