using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Documents;
using InkoopPortal.Application.Editing;
using InkoopPortal.Application.History;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain.History;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.IntegrationTests.Import;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.IntegrationTests.History;

/// <summary>On the imported portal: a deleted statement is gone from the matrix and the document page until restored.</summary>
public class DeletedStatementInPagesTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deleted_statement_leaves_the_matrix_and_the_document_page_until_it_is_restored(DatabaseProvider provider)
    {
        var services = portal.Services(provider);
        var request = new MatrixRequest(2022, "huisartsenzorg", null, [], []);
        var before = Cell(await services.GetRequiredService<MatrixService>().GetAsync(request, []), "zilveren-kruis", "regioplan");
        var statementId = before.StatementId!.Value;
        var edit = (await services.GetRequiredService<StatementEditor>().LoadAsync(statementId))!;

        var deleted = await services.GetRequiredService<StatementEditor>().DeleteAsync(statementId, edit.Model.Version, FixedAuthorization.Allowed, EditingPortal.Anna);

        deleted.Should().BeOfType<SaveResult<StatementEditModel>.Saved>();
        var whileDeleted = Cell(await services.GetRequiredService<MatrixService>().GetAsync(request, []), "zilveren-kruis", "regioplan");
        whileDeleted.State.Should().Be(CellState.NotAnalysed);
        var page = (await services.GetRequiredService<DocumentPageQuery>().GetAsync(edit.DocumentId))!;
        Topic(page, "regioplan").Statements.Should().BeEmpty();
        await using (var context = portal.Database(provider).CreateContext())
        {
            var row = await context.Statements.IgnoreQueryFilters([QueryFilters.SoftDelete]).SingleAsync(statement => statement.Id == statementId);
            row.DeletedBy.Should().Be("Anna de Vries");
            row.BodyHtml.Should().Be(before.Html);
        }

        var restored = await services.GetRequiredService<DeletedRecords>().RestoreAsync("Statement", statementId, EditingPortal.Bert);

        restored.Outcome.Should().Be(RestoreOutcome.Restored);
        var after = Cell(await services.GetRequiredService<MatrixService>().GetAsync(request, []), "zilveren-kruis", "regioplan");
        after.Html.Should().Contain("Regioplan voor 1 september");
        Topic((await services.GetRequiredService<DocumentPageQuery>().GetAsync(edit.DocumentId))!, "regioplan").Statements.Should().ContainSingle();
        var history = await services.GetRequiredService<StatementHistory>().ListVersionsAsync(statementId);
        history.Select(version => (version.Action, version.UserName)).Should().Equal(
            (AuditAction.Created, "Systeem"), (AuditAction.Deleted, "Anna de Vries"), (AuditAction.Restored, "Bert Jansen"));
    }

    private static MatrixCell Cell(MatrixPage page, string purchaser, string topic) =>
        page.Matrix!.Groups.SelectMany(group => group.Rows).Single(row => row.TopicSlug == topic)
            .Cells.Single(cell => cell.PurchaserSlug == purchaser);

    private static TopicEntry Topic(DocumentPage page, string slug) =>
        page.TopicGroups.SelectMany(group => group.Topics).Single(topic => topic.Slug == slug);
}
