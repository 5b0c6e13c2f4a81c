using System.Globalization;
using InkoopPortal.Application.Content;
using InkoopPortal.Application.History;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.History;
using InkoopPortal.Domain.Topics;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.IntegrationTests.History;

/// <summary>Content is never hard-deleted: a delete marks it, cascades as the foreign keys say, and can be undone.</summary>
public class SoftDeleteTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deleted_document_takes_its_statements_along_and_brings_them_back_on_restore(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        var deletedEarlier = await AddStatementAsync(portal, "Een tweede cel, eerder verwijderd.");
        await using (var context = portal.CreateContext())
        {
            context.Actor = EditingPortal.Anna;
            context.Statements.Remove(await context.Statements.SingleAsync(statement => statement.Id == deletedEarlier));
            await context.SaveChangesAsync();
        }

        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        await using (var context = portal.CreateContext())
        {
            context.Actor = EditingPortal.Anna;
            context.PolicyDocuments.Remove(await context.PolicyDocuments.SingleAsync(document => document.Id == portal.DocumentId));
            await context.SaveChangesAsync();
        }

        await using (var context = portal.CreateContext())
        {
            (await context.PolicyDocuments.AnyAsync(document => document.Id == portal.DocumentId)).Should().BeFalse();
            (await context.Statements.AnyAsync(statement => statement.PolicyDocumentId == portal.DocumentId)).Should().BeFalse();
            (await context.Statements.IgnoreQueryFilters().CountAsync(statement => statement.PolicyDocumentId == portal.DocumentId))
                .Should().Be(2, "the rows are kept");
        }

        var restored = await portal.Get<DeletedRecords>().RestoreAsync("PolicyDocument", portal.DocumentId, EditingPortal.Bert);

        restored.Should().BeEquivalentTo(new
        {
            Outcome = RestoreOutcome.Restored,
            RestoredCount = 2,
            Message = $"Beleidsdocument {portal.DocumentId} is teruggezet, met 1 onderdeel dat ermee verwijderd was.",
        });
        await using (var context = portal.CreateContext())
        {
            (await context.Statements.Where(statement => statement.PolicyDocumentId == portal.DocumentId).Select(statement => statement.Id).ToListAsync())
                .Should().Equal([portal.StatementId], "the statement deleted on its own before stays deleted");
            var document = await context.PolicyDocuments.Include(candidate => candidate.CareTypes).SingleAsync(candidate => candidate.Id == portal.DocumentId);
            document.DeletedAt.Should().BeNull();
            document.CareTypes.Should().ContainSingle("the links to care types were never removed");
            var actions = await context.AuditEntries.Where(entry => entry.EntityType == "PolicyDocument" && entry.EntityKey == Key(portal.DocumentId))
                .OrderBy(entry => entry.Id).Select(entry => new { entry.Action, entry.UserName }).ToListAsync();
            actions.Should().Equal(
                new { Action = AuditAction.Created, UserName = "Systeem" },
                new { Action = AuditAction.Deleted, UserName = "Anna de Vries" },
                new { Action = AuditAction.Restored, UserName = "Bert Jansen" });
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_topic_that_statements_are_about_is_not_deleted(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        await using var context = portal.CreateContext();
        context.Topics.Remove(await context.Topics.SingleAsync(topic => topic.Id == portal.TopicId));

        var save = () => context.SaveChangesAsync();

        (await save.Should().ThrowAsync<RecordInUseException>()).Which.Message.Should().Be(
            $"Onderwerp {portal.TopicId} kan niet worden verwijderd: 1 celtekst verwijst er nog naar. Verwijder of wijzig die eerst.");
        await using var check = portal.CreateContext();
        (await check.Topics.AnyAsync(topic => topic.Id == portal.TopicId)).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_statement_taken_out_of_its_document_is_kept_as_deleted(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        await using (var context = portal.CreateContext())
        {
            context.Actor = EditingPortal.Anna;
            var document = await context.PolicyDocuments.Include(candidate => candidate.Statements).SingleAsync(candidate => candidate.Id == portal.DocumentId);
            document.Statements.Clear();
            await context.SaveChangesAsync();
        }

        var stored = await portal.StoredStatementAsync();
        stored.DeletedAt.Should().Be(portal.Clock.Now);
        stored.DeletedBy.Should().Be("Anna de Vries");
        stored.PolicyDocumentId.Should().Be(portal.DocumentId);
        stored.BodyMarkdown.Should().Be(EditingPortal.OriginalText);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_statement_of_a_deleted_document_cannot_come_back_on_its_own(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        await using (var context = portal.CreateContext())
        {
            context.PolicyDocuments.Remove(await context.PolicyDocuments.SingleAsync(document => document.Id == portal.DocumentId));
            await context.SaveChangesAsync();
        }

        var records = portal.Get<DeletedRecords>();
        var statement = await records.RestoreAsync("Statement", portal.StatementId, EditingPortal.Bert);
        var unknown = await records.RestoreAsync("Statement", 999_999, EditingPortal.Bert);
        var live = await records.RestoreAsync("Topic", portal.TopicId, EditingPortal.Bert);

        statement.Outcome.Should().Be(RestoreOutcome.ParentDeleted);
        statement.Message.Should().Be(
            $"Celtekst {portal.StatementId} hoort bij beleidsdocument {portal.DocumentId}, die ook is verwijderd: zet die eerst terug.");
        unknown.Should().BeEquivalentTo(new { Outcome = RestoreOutcome.NotFound, Message = "Er is geen celtekst met nummer 999999." });
        live.Should().BeEquivalentTo(new { Outcome = RestoreOutcome.NotDeleted, Message = $"Onderwerp {portal.TopicId} is niet verwijderd." });
        (await portal.StoredStatementAsync()).DeletedAt.Should().NotBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deleted_topic_frees_its_slug_and_comes_back_only_while_the_slug_is_free(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        int unusedTopicId;
        await using (var context = portal.CreateContext())
        {
            var unused = new Topic { Slug = "wachttijden-test", Name = "Wachttijden" };
            context.Topics.Add(unused);
            await context.SaveChangesAsync();
            unusedTopicId = unused.Id;
            context.Topics.Remove(unused);
            await context.SaveChangesAsync();
            context.Topics.Add(new Topic { Slug = "wachttijden-test", Name = "Wachttijden (nieuw)" });
            await context.SaveChangesAsync();
        }

        var restore = await portal.Get<DeletedRecords>().RestoreAsync("Topic", unusedTopicId, EditingPortal.Bert);

        restore.Outcome.Should().Be(RestoreOutcome.Duplicate);
        restore.Message.Should().StartWith($"Onderwerp {unusedTopicId} kan niet terug: onderwerp ").And.EndWith(
            " heeft inmiddels dezelfde slug. Wijzig of verwijder die eerst.");
        await using var check = portal.CreateContext();
        (await check.Topics.Where(topic => topic.Slug == "wachttijden-test").Select(topic => topic.Name).ToListAsync())
            .Should().Equal("Wachttijden (nieuw)");
    }

    private static async Task<int> AddStatementAsync(EditingPortal portal, string markdown)
    {
        await using var context = portal.CreateContext();
        var statement = new Statement { PolicyDocumentId = portal.DocumentId, TopicId = portal.TopicId };
        RichTextRenderer.SetBody(statement, markdown);
        context.Statements.Add(statement);
        await context.SaveChangesAsync();
        return statement.Id;
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
