using System.Globalization;
using InkoopPortal.Application.Content;
using InkoopPortal.Application.Editing;
using InkoopPortal.Application.History;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.History;
using InkoopPortal.Domain.Topics;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Security;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.IntegrationTests.History;

/// <summary>Every change is in the history, with who and when; versions can be compared and put back.</summary>
public class HistoryTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_edits_give_three_versions_that_can_be_compared_and_restored(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        var editor = portal.Get<StatementEditor>();
        var history = portal.Get<StatementHistory>();
        portal.Clock.Advance(TimeSpan.FromHours(1));
        var first = await editor.SaveAsync((await editor.LoadAsync(portal.StatementId))!.Model with
        {
            Markdown = "Zorgaanbieders leveren het nieuwe regioplan in voor 1 september.",
        }, FixedAuthorization.Allowed, EditingPortal.Anna);
        portal.Clock.Advance(TimeSpan.FromHours(1));
        var second = await editor.SaveAsync((await editor.LoadAsync(portal.StatementId))!.Model with
        {
            Status = StatementStatus.Content,
            Markdown = "Zorgaanbieders leveren het nieuwe regioplan in voor 1 oktober.",
        }, FixedAuthorization.Allowed, EditingPortal.Bert);

        first.Should().BeOfType<SaveResult<StatementEditModel>.Saved>();
        second.Should().BeOfType<SaveResult<StatementEditModel>.Saved>();
        var versions = await history.ListVersionsAsync(portal.StatementId);
        versions.Select(version => (version.Number, version.Action, version.UserName, version.At)).Should().Equal(
            (1, AuditAction.Created, "Systeem", new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)),
            (2, AuditAction.Updated, "Anna de Vries", new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero)),
            (3, AuditAction.Updated, "Bert Jansen", new DateTimeOffset(2026, 11, 23, 11, 0, 0, TimeSpan.Zero)));
        versions[1].UserId.Should().Be("user-anna");
        versions[0].Markdown.Should().Be(EditingPortal.OriginalText);

        var diff = (await history.CompareAsync(portal.StatementId, versions[0].AuditEntryId, versions[2].AuditEntryId))!;
        diff.Pieces.Where(piece => piece.Kind == DiffKind.Inserted).Select(piece => piece.Text).Should().Equal("nieuwe ", "oktober");
        diff.Pieces.Where(piece => piece.Kind == DiffKind.Deleted).Select(piece => piece.Text).Should().Equal("september");
        (diff.Before, diff.After).Should().Be((versions[0].Markdown, versions[2].Markdown));

        portal.Clock.Advance(TimeSpan.FromHours(1));
        var restored = await history.RestoreVersionAsync(portal.StatementId, versions[0].AuditEntryId, FixedAuthorization.Allowed, EditingPortal.Anna);

        restored.Should().BeOfType<SaveResult<StatementEditModel>.Saved>();
        var stored = await portal.StoredStatementAsync();
        stored.BodyMarkdown.Should().Be(EditingPortal.OriginalText);
        stored.BodyHtml.Should().Be($"<p>{EditingPortal.OriginalText}</p>");
        var after = await history.ListVersionsAsync(portal.StatementId);
        after.Should().HaveCount(4);
        after[^1].Should().BeEquivalentTo(new
        {
            Number = 4,
            Action = AuditAction.Updated,
            UserName = "Anna de Vries",
            Markdown = EditingPortal.OriginalText,
            At = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero),
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task One_save_is_one_changeset_with_the_generated_keys_and_every_kind_of_record(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);

        await using var context = portal.CreateContext();
        var entries = await context.AuditEntries.OrderBy(entry => entry.Id).ToListAsync();
        var created = entries.Where(entry => entry.ChangesetId == entries[^1].ChangesetId).ToList();

        created.Select(entry => entry.EntityType).Should().BeEquivalentTo(
            "PolicyDocument", "Statement", "Topic", "CareTypePolicyDocument", "CareTypeTopic");
        created.Should().OnlyContain(entry => entry.Action == AuditAction.Created && entry.Before == null && entry.UserId == null);
        created.Single(entry => entry.EntityType == "Statement").EntityKey
            .Should().Be(portal.StatementId.ToString(CultureInfo.InvariantCulture), "the key is the one the database generated");
        var statement = AuditSnapshot.Read<Statement>(created.Single(entry => entry.EntityType == "Statement").After!);
        (statement.Id, statement.PolicyDocumentId, statement.TopicId).Should().Be((portal.StatementId, portal.DocumentId, portal.TopicId));
        statement.RowVersion.Should().Be((await portal.StoredStatementAsync()).RowVersion);
        entries.Should().Contain(entry => entry.EntityType == "Purchaser", "the reference data seeding is in the history too");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failing_save_leaves_neither_the_change_nor_its_history(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        var entriesBefore = await CountAuditEntriesAsync(portal);

        await using (var context = portal.CreateContext())
        {
            context.Actor = EditingPortal.Anna;
            var statement = await context.Statements.SingleAsync(candidate => candidate.Id == portal.StatementId);
            statement.BodyMarkdown = "Deze wijziging mag niet blijven staan.";
            context.Topics.Add(new Topic { Slug = "regioplan-test", Name = "Dubbel" });
            var save = () => context.SaveChangesAsync();

            await save.Should().ThrowAsync<DbUpdateException>("the slug of a topic is unique");
        }

        (await CountAuditEntriesAsync(portal)).Should().Be(entriesBefore);
        (await portal.StoredStatementAsync()).BodyMarkdown.Should().Be(EditingPortal.OriginalText);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_history_is_written_in_the_callers_transaction_and_rolled_back_with_it(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        var entriesBefore = await CountAuditEntriesAsync(portal);

        await using (var context = portal.Database.CreateContext())
        {
            // PostgreSQL retries on failure: a transaction of the caller's own runs inside the execution strategy.
            await context.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await context.Database.BeginTransactionAsync();
                var statement = await context.Statements.SingleAsync(candidate => candidate.Id == portal.StatementId);
                statement.BodyMarkdown = "Teruggedraaid";
                await context.SaveChangesAsync();
                (await context.AuditEntries.CountAsync()).Should().Be(entriesBefore + 1, "inside the transaction the entry is there");
                await transaction.RollbackAsync();
            });
        }

        (await CountAuditEntriesAsync(portal)).Should().Be(entriesBefore);
        (await portal.StoredStatementAsync()).BodyMarkdown.Should().Be(EditingPortal.OriginalText);
    }

    private static async Task<int> CountAuditEntriesAsync(EditingPortal portal)
    {
        await using var context = portal.CreateContext();
        return await context.AuditEntries.CountAsync();
    }
}
