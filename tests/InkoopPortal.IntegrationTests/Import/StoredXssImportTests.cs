using InkoopPortal.Application.Import;
using InkoopPortal.Application.ReferenceData;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.IntegrationTests.Import;

/// <summary>The import path: a comparison table full of XSS payloads stores HTML that runs nothing, on both providers.</summary>
public class StoredXssImportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Payloads_in_table_cells_are_refused_by_position_or_stored_without_anything_executable(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = PortalServices.For(database);
        await services.GetRequiredService<ReferenceDataSeeder>().SeedIfEmptyAsync();
        var importer = services.GetRequiredService<ISourceImporter>();

        var import = await XssTable.ImportAsync(importer, async () =>
        {
            await using var context = database.CreateContext();
            (await context.Statements.CountAsync()).Should().Be(0, "a refused import writes nothing");
        });

        import.Refused.Should().Contain(0, "<script> is not a cell's HTML").And.Contain(XssCorpus.Payloads.Count - 1, "U+0000 cannot be stored");
        import.Problems.Should().OnlyContain(problem =>
            // A cell that starts with a quote it never closes ("><script>...) is refused: it would run on into the next cells.
            (problem.Message.Contains("wordt niet ondersteund") || problem.Message.Contains("is beschadigd") || problem.Message.Contains("nulteken")
                || problem.Message.Contains("aanhalingsteken"))
            && (problem.Column == 2 || problem.Column == 3));

        var accepted = import.Accepted;
        accepted.Should().HaveCountGreaterOrEqualTo(15, "links and Markdown-like text are allowed in cells, so those payloads reach the renderer");
        await using var check = database.CreateContext();
        var stored = await check.Statements.Select(statement => new { statement.Id, statement.BodyHtml, statement.BodyMarkdown }).ToListAsync();
        stored.Should().HaveCount(accepted.Count * 2);
        foreach (var statement in stored)
        {
            ExecutableHtml.Find(statement.BodyHtml).Should().BeEmpty($"statement {statement.Id} from '{statement.BodyMarkdown}'");
        }
    }
}
