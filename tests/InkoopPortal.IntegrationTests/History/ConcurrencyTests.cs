using InkoopPortal.Application.Editing;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Security;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.IntegrationTests.History;

/// <summary>Two editors of one statement: the second save is refused, nothing is lost, and a merge can be saved.</summary>
public class ConcurrencyTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_second_save_from_the_same_version_is_a_conflict_that_loses_nothing(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        var editor = portal.Get<StatementEditor>();
        var anna = (await editor.LoadAsync(portal.StatementId))!.Model;
        var bert = (await editor.LoadAsync(portal.StatementId))!.Model;
        anna.Version.Should().Be(bert.Version);

        portal.Clock.Advance(TimeSpan.FromMinutes(5));
        var annaSaved = await editor.SaveAsync(
            anna with { Markdown = "Zorgaanbieders leveren het regioplan in voor 1 oktober." }, FixedAuthorization.Allowed, EditingPortal.Anna);
        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        var bertSaved = await editor.SaveAsync(
            bert with { Markdown = "Zorgaanbieders leveren het regioplan digitaal in voor 1 september." }, FixedAuthorization.Allowed, EditingPortal.Bert);

        var newVersion = annaSaved.Should().BeOfType<SaveResult<StatementEditModel>.Saved>().Subject.Version;
        newVersion.Should().NotBe(anna.Version);
        var conflict = bertSaved.Should().BeOfType<SaveResult<StatementEditModel>.Conflict>().Subject;
        conflict.Mine.Markdown.Should().Be("Zorgaanbieders leveren het regioplan digitaal in voor 1 september.");
        conflict.Theirs.Values.Markdown.Should().Be("Zorgaanbieders leveren het regioplan in voor 1 oktober.");
        conflict.Theirs.Version.Should().Be(newVersion);
        conflict.Theirs.ChangedBy.Should().Be("Anna de Vries");
        conflict.Theirs.ChangedAt.Should().Be(new DateTimeOffset(2026, 11, 23, 9, 5, 0, TimeSpan.Zero));
        conflict.Base!.Markdown.Should().Be(EditingPortal.OriginalText);
        (await portal.StoredStatementAsync()).BodyMarkdown.Should().Be(
            "Zorgaanbieders leveren het regioplan in voor 1 oktober.", "the refused save wrote nothing");

        var suggestion = StatementEditor.SuggestMerge(conflict);
        suggestion.Should().Be("Zorgaanbieders leveren het regioplan digitaal in voor 1 oktober.", "the two edits changed different words");
        var merged = await editor.SaveAsync(conflict.Mine with { Markdown = suggestion!, Version = conflict.Theirs.Version }, FixedAuthorization.Allowed, EditingPortal.Bert);

        merged.Should().BeOfType<SaveResult<StatementEditModel>.Saved>();
        var stored = await portal.StoredStatementAsync();
        stored.BodyMarkdown.Should().Be("Zorgaanbieders leveren het regioplan digitaal in voor 1 oktober.");
        stored.BodyHtml.Should().Be("<p>Zorgaanbieders leveren het regioplan digitaal in voor 1 oktober.</p>");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EF_refuses_an_update_based_on_a_stale_row_version(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        await using var first = portal.CreateContext();
        await using var second = portal.CreateContext();
        var firstCopy = await first.Statements.SingleAsync(statement => statement.Id == portal.StatementId);
        var secondCopy = await second.Statements.SingleAsync(statement => statement.Id == portal.StatementId);

        firstCopy.BodyMarkdown = "Eerste";
        await first.SaveChangesAsync();
        secondCopy.BodyMarkdown = "Tweede";
        var save = () => second.SaveChangesAsync();

        await save.Should().ThrowAsync<DbUpdateConcurrencyException>();
        var stored = await portal.StoredStatementAsync();
        stored.BodyMarkdown.Should().Be("Eerste");
        stored.RowVersion.Should().Be(firstCopy.RowVersion, "the first save's new version is the current one");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_save_that_loses_the_race_after_loading_is_a_conflict_too(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        await using var context = portal.CreateContext();
        context.Actor = EditingPortal.Bert;
        var statement = await context.Statements.SingleAsync(candidate => candidate.Id == portal.StatementId);
        var loadedVersion = statement.RowVersion;
        var annaSaved = await portal.Get<StatementEditor>().SaveAsync(
            StatementEditor.ToModel(statement) with { Markdown = "Door Anna" }, FixedAuthorization.Allowed, EditingPortal.Anna);

        // Bert's unit of work still holds the version it read before Anna saved: the database is the one to refuse.
        var result = await OptimisticSave.SaveAsync(
            context, statement, loadedVersion, StatementEditor.ToModel(statement) with { Markdown = "Door Bert" },
            StatementEditor.ToModel, stored => stored.BodyMarkdown = "Door Bert", portal.Clock, CancellationToken.None);

        annaSaved.Should().BeOfType<SaveResult<StatementEditModel>.Saved>();
        var conflict = result.Should().BeOfType<SaveResult<StatementEditModel>.Conflict>().Subject;
        conflict.Mine.Markdown.Should().Be("Door Bert");
        conflict.Theirs.Values.Markdown.Should().Be("Door Anna");
        conflict.Theirs.ChangedBy.Should().Be("Anna de Vries");
        conflict.Base!.Markdown.Should().Be(EditingPortal.OriginalText);
        (await portal.StoredStatementAsync()).BodyMarkdown.Should().Be("Door Anna");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Invalid_and_unknown_edits_write_nothing(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        var editor = portal.Get<StatementEditor>();
        var loaded = (await editor.LoadAsync(portal.StatementId))!;

        var empty = await editor.SaveAsync(loaded.Model with { Markdown = "  " }, FixedAuthorization.Allowed, EditingPortal.Anna);
        var unknown = await editor.SaveAsync(loaded.Model with { StatementId = 999_999, Markdown = "Tekst" }, FixedAuthorization.Allowed, EditingPortal.Anna);
        var noLongerContent = await editor.SaveAsync(loaded.Model with { Status = StatementStatus.NothingSpecial, Markdown = "" }, FixedAuthorization.Allowed, EditingPortal.Anna);

        loaded.TopicName.Should().Be("Regioplan");
        loaded.PurchaserName.Should().Be("CZ");
        empty.Should().BeOfType<SaveResult<StatementEditModel>.Invalid>()
            .Which.Messages.Should().ContainSingle().Which.Field.Should().Be(nameof(StatementEditModel.Markdown));
        unknown.Should().BeOfType<SaveResult<StatementEditModel>.NotFound>();
        noLongerContent.Should().BeOfType<SaveResult<StatementEditModel>.Saved>("an empty text is fine for 'geen bijzonderheden'");
        var stored = await portal.StoredStatementAsync();
        stored.Status.Should().Be(StatementStatus.NothingSpecial);
        stored.BodyHtml.Should().BeEmpty();
    }
}
