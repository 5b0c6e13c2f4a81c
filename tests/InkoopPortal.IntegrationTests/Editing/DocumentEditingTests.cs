using InkoopPortal.Application.Editing;
using InkoopPortal.Application.Editing.Documents;
using InkoopPortal.Application.History;
using InkoopPortal.Application.PolicyYears;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.History;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.IntegrationTests.History;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Security;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.IntegrationTests.Editing;

/// <summary>The document editing services: validation writes nothing, conflicts keep both versions, deletes go to the recycle bin and come back.</summary>
public class DocumentEditingTests
{
    private static readonly IPortalAuthorization Editor = FixedAuthorization.Allowed;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Invalid_document_details_are_refused_with_Dutch_messages_and_write_nothing(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        var editor = portal.Get<DocumentEditor>();
        var loaded = (await editor.LoadAsync(portal.DocumentId))!;
        var historyBefore = await HistoryCountAsync(portal);

        var early = await editor.SaveAsync(loaded.Model with { ValidFromYear = 1800 }, Editor, EditingPortal.Anna);
        var late = await editor.SaveAsync(loaded.Model with { ValidToYear = 3000 }, Editor, EditingPortal.Anna);
        var script = await editor.SaveAsync(loaded.Model with { SourceUrl = "javascript:alert(1)" }, Editor, EditingPortal.Anna);
        var untitled = await editor.SaveAsync(loaded.Model with { Title = "  " }, Editor, EditingPortal.Anna);
        var tooLong = await editor.SaveAsync(loaded.Model with { Title = new string('x', 401) }, Editor, EditingPortal.Anna);
        var reversed = await editor.SaveAsync(loaded.Model with { ValidFromYear = 2027, ValidToYear = 2026 }, Editor, EditingPortal.Anna);

        Message(early, nameof(DocumentEditModel.ValidFromYear)).Should().Be("Het eerste jaar 1800 kan niet: kies een jaar van 2000 tot en met 2100.");
        Message(late, nameof(DocumentEditModel.ValidToYear)).Should().Be("Het laatste jaar 3000 kan niet: kies een jaar van 2000 tot en met 2100.");
        Message(script, nameof(DocumentEditModel.SourceUrl)).Should().StartWith("'javascript:alert(1)' is geen geldig webadres voor de bron");
        Message(untitled, nameof(DocumentEditModel.Title)).Should().Be("Vul de titel in.");
        Message(tooLong, nameof(DocumentEditModel.Title)).Should().Be("De titel is 401 tekens lang; ten hoogste 400 tekens mogen. Kort de tekst in.");
        Message(reversed, nameof(DocumentEditModel.ValidToYear)).Should().StartWith("Het laatste jaar (2026) ligt vóór het eerste jaar (2027)");
        (await HistoryCountAsync(portal)).Should().Be(historyBefore, "nothing invalid is written");
        (await editor.LoadAsync(portal.DocumentId))!.Model.Should().BeEquivalentTo(loaded.Model);

        var saved = await editor.SaveAsync(
            loaded.Model with { Title = "CZ huisartsenzorg 2026 (versie 2)", SourceUrl = "https://www.cz.nl/zorginkoop", PublishedOn = new DateOnly(2025, 4, 1) },
            Editor, EditingPortal.Anna);
        saved.Should().BeOfType<SaveResult<DocumentEditModel>.Saved>();
        var reloaded = (await editor.LoadAsync(portal.DocumentId))!;
        reloaded.Model.Title.Should().Be("CZ huisartsenzorg 2026 (versie 2)");
        reloaded.Model.SourceUrl.Should().Be("https://www.cz.nl/zorginkoop");
        reloaded.Statements.Should().ContainSingle(row => row.StatementId == portal.StatementId).Which.TopicName.Should().Be("Regioplan");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Invalid_parts_are_refused_and_write_nothing(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        var parts = portal.Get<DocumentPartEditor>();
        var historyBefore = await HistoryCountAsync(portal);

        var oldDate = await parts.SaveAsync(DocumentParts.Deadlines, portal.DocumentId,
            new DeadlineEditModel { Description = "Offerte indienen", Date = new DateOnly(1800, 1, 1) }, Editor, EditingPortal.Anna);
        var longText = await parts.SaveAsync(DocumentParts.Changes, portal.DocumentId,
            new PolicyChangeEditModel { Markdown = new string('a', FieldChecks.LongText + 1) }, Editor, EditingPortal.Anna);
        var notANumber = await parts.SaveAsync(DocumentParts.Figures, portal.DocumentId,
            new FigureEditModel { Name = "Tariefpercentage", Value = "veel", Year = 3000 }, Editor, EditingPortal.Anna);
        var badThreshold = await parts.SaveAsync(DocumentParts.Conditions, portal.DocumentId,
            new ContractConditionEditModel { Category = "Algemeen", Text = "Omzet", Thresholds = [new() { Metric = "zorgomzet", Value = "100.000" }] },
            Editor, EditingPortal.Anna);

        Message(oldDate, nameof(DeadlineEditModel.Date)).Should().Be("Het jaar van de datum 1800 kan niet: kies een jaar van 2000 tot en met 2100.");
        Message(longText, nameof(PolicyChangeEditModel.Markdown)).Should().Be("De wijziging is 20.001 tekens lang; ten hoogste 20.000 tekens mogen. Kort de tekst in.");
        Message(notANumber, nameof(FigureEditModel.Value)).Should().Be("'veel' is geen getal: vul de waarde in als getal, bijvoorbeeld 100000 of 95,5.");
        Message(notANumber, nameof(FigureEditModel.Year)).Should().Be("Het jaar 3000 kan niet: kies een jaar van 2000 tot en met 2100.");
        Message(badThreshold, ContractConditionPart.ThresholdField(0)).Should().StartWith("Schrijf bij drempelwaarde 1 de waarde zonder punten");
        (await HistoryCountAsync(portal)).Should().Be(historyBefore, "nothing invalid is written");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_second_edit_of_a_deadline_from_the_same_version_is_a_conflict_with_both_versions(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        var parts = portal.Get<DocumentPartEditor>();
        (await parts.SaveAsync(DocumentParts.Deadlines, portal.DocumentId,
            new DeadlineEditModel { Kind = DeadlineKind.Offer, Description = "Offerte indienen", Date = new DateOnly(2025, 9, 1) },
            Editor, EditingPortal.Anna)).Should().BeOfType<SaveResult<DeadlineEditModel>.Saved>();
        var loaded = (await parts.ListAsync(DocumentParts.Deadlines, portal.DocumentId)).Single();
        loaded.DateText.Should().Be("1 september 2025", "a date without the source's words gets Dutch words");

        portal.Clock.Advance(TimeSpan.FromMinutes(3));
        var annaSaved = await parts.SaveAsync(DocumentParts.Deadlines, portal.DocumentId,
            loaded with { Date = new DateOnly(2025, 10, 1) }, Editor, EditingPortal.Anna);
        var bertSaved = await parts.SaveAsync(DocumentParts.Deadlines, portal.DocumentId,
            loaded with { Date = new DateOnly(2025, 9, 15) }, Editor, EditingPortal.Bert);

        annaSaved.Should().BeOfType<SaveResult<DeadlineEditModel>.Saved>();
        var conflict = bertSaved.Should().BeOfType<SaveResult<DeadlineEditModel>.Conflict>().Subject;
        conflict.Mine.Date.Should().Be(new DateOnly(2025, 9, 15));
        conflict.Theirs.Values.Date.Should().Be(new DateOnly(2025, 10, 1));
        conflict.Theirs.Values.DateText.Should().Be("1 oktober 2025");
        conflict.Theirs.ChangedBy.Should().Be("Anna de Vries");
        conflict.Base!.Date.Should().Be(new DateOnly(2025, 9, 1));
        (await parts.ListAsync(DocumentParts.Deadlines, portal.DocumentId)).Single().Date.Should().Be(new DateOnly(2025, 10, 1), "the refused save wrote nothing");

        var overwritten = await parts.SaveAsync(DocumentParts.Deadlines, portal.DocumentId,
            conflict.Mine with { Version = conflict.Theirs.Version }, Editor, EditingPortal.Bert);
        overwritten.Should().BeOfType<SaveResult<DeadlineEditModel>.Saved>();
        (await parts.ListAsync(DocumentParts.Deadlines, portal.DocumentId)).Single().Date.Should().Be(new DateOnly(2025, 9, 15));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Thresholds_are_saved_with_their_condition_and_a_concurrent_threshold_edit_is_a_conflict(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        var parts = portal.Get<DocumentPartEditor>();
        (await parts.SaveAsync(DocumentParts.Conditions, portal.DocumentId,
            new ContractConditionEditModel
            {
                Category = "Algemeen",
                Text = "€ 100.000 zorgomzet of 25% marktaandeel",
                ThresholdLogic = ThresholdLogic.AnyOf,
                Thresholds = [new() { Metric = "zorgomzet", Value = "100000", Unit = "EUR" }, new() { Metric = "marktaandeel", Value = "25", Unit = "%" }],
            },
            Editor, EditingPortal.Anna)).Should().BeOfType<SaveResult<ContractConditionEditModel>.Saved>();
        var loaded = (await parts.ListAsync(DocumentParts.Conditions, portal.DocumentId)).Single();
        loaded.Thresholds.Select(threshold => (threshold.Metric, threshold.Value)).Should().Equal(("zorgomzet", "100000"), ("marktaandeel", "25"));

        var anna = loaded.Copy();
        anna.Thresholds[1].Value = "30,5";
        var bert = loaded.Copy();
        bert.Thresholds.RemoveAt(0);
        var annaSaved = await parts.SaveAsync(DocumentParts.Conditions, portal.DocumentId, anna, Editor, EditingPortal.Anna);
        var bertSaved = await parts.SaveAsync(DocumentParts.Conditions, portal.DocumentId, bert, Editor, EditingPortal.Bert);

        annaSaved.Should().BeOfType<SaveResult<ContractConditionEditModel>.Saved>("only a threshold changed, and that is a change of the condition");
        var conflict = bertSaved.Should().BeOfType<SaveResult<ContractConditionEditModel>.Conflict>().Subject;
        conflict.Mine.Thresholds.Should().ContainSingle().Which.Metric.Should().Be("marktaandeel");
        conflict.Theirs.Values.Thresholds.Select(threshold => threshold.Value).Should().Equal("100000", "30,5");
        var stored = (await parts.ListAsync(DocumentParts.Conditions, portal.DocumentId)).Single();
        stored.Thresholds.Select(threshold => threshold.Value).Should().Equal("100000", "30,5");

        var merged = await parts.SaveAsync(DocumentParts.Conditions, portal.DocumentId,
            conflict.Theirs.Values with { Thresholds = [conflict.Theirs.Values.Thresholds[1]], Version = conflict.Theirs.Version }, Editor, EditingPortal.Bert);
        merged.Should().BeOfType<SaveResult<ContractConditionEditModel>.Saved>();
        (await parts.ListAsync(DocumentParts.Conditions, portal.DocumentId)).Single().Thresholds
            .Should().ContainSingle().Which.Value.Should().Be("30,5", "the left-out threshold is deleted");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deleted_change_is_in_the_recycle_bin_and_comes_back(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        var parts = portal.Get<DocumentPartEditor>();
        var bin = portal.Get<RecycleBin>();
        await parts.SaveAsync(DocumentParts.Changes, portal.DocumentId,
            new PolicyChangeEditModel { Subject = "Administratief", Markdown = "Het regioplan gaat **digitaal**." }, Editor, EditingPortal.Anna);
        var change = (await parts.ListAsync(DocumentParts.Changes, portal.DocumentId)).Single();
        change.Html.Should().Be("<p>Het regioplan gaat <strong>digitaal</strong>.</p>");

        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        (await parts.DeleteAsync(DocumentParts.Changes, portal.DocumentId, change, Editor, EditingPortal.Bert))
            .Should().BeOfType<SaveResult<PolicyChangeEditModel>.Saved>();

        (await parts.ListAsync(DocumentParts.Changes, portal.DocumentId)).Should().BeEmpty();
        var deleted = (await bin.ListAsync(Editor)).Should().ContainSingle(record => record.EntityType == nameof(PolicyChange)).Subject;
        deleted.Id.Should().Be(change.Id);
        deleted.KindName.Should().Be($"Wijziging {change.Id}");
        deleted.Summary.Should().Be("Administratief");
        deleted.DeletedBy.Should().Be("Bert Jansen");
        deleted.DeletedAt.Should().Be(portal.Clock.Now);

        var restored = await bin.RestoreAsync(deleted.EntityType, deleted.Id, Editor, EditingPortal.Anna);

        restored.Succeeded.Should().BeTrue(restored.Message);
        (await bin.ListAsync(Editor)).Should().NotContain(record => record.EntityType == nameof(PolicyChange));
        (await parts.ListAsync(DocumentParts.Changes, portal.DocumentId)).Should().ContainSingle().Which.Subject.Should().Be("Administratief");
        var again = await bin.RestoreAsync(deleted.EntityType, deleted.Id, Editor, EditingPortal.Anna);
        again.Outcome.Should().Be(RestoreOutcome.NotDeleted);
        again.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Statements_are_added_for_a_topic_without_one_and_deleted_to_the_bin(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        var editor = portal.Get<DocumentEditor>();
        var row = (await editor.LoadAsync(portal.DocumentId))!.Statements.Single(candidate => candidate.StatementId == portal.StatementId);

        (await editor.DeleteStatementAsync(portal.StatementId, row.Version, Editor, EditingPortal.Anna))
            .Should().BeOfType<SaveResult<StatementEditModel>.Saved>();
        var emptyRow = (await editor.LoadAsync(portal.DocumentId))!.Statements.Single(candidate => candidate.TopicId == portal.TopicId);
        emptyRow.StatementId.Should().BeNull("the topic is still listed, now without a statement");
        (await portal.Get<RecycleBin>().ListAsync(Editor)).Should().Contain(record => record.EntityType == nameof(Statement) && record.Id == portal.StatementId);

        var added = await editor.AddStatementAsync(portal.DocumentId, portal.TopicId, Editor, EditingPortal.Anna);
        added.Should().NotBeNull().And.NotBe(portal.StatementId);
        (await portal.Get<StatementEditor>().LoadAsync(added!.Value))!.Model.Status.Should().Be(StatementStatus.NotAnalysed);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_user_without_the_editor_role_writes_nothing(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        var reader = FixedAuthorization.Denied;
        var loaded = (await portal.Get<DocumentEditor>().LoadAsync(portal.DocumentId))!;
        var historyBefore = await HistoryCountAsync(portal);

        var save = () => portal.Get<DocumentEditor>().SaveAsync(loaded.Model with { Title = "Gewijzigd" }, reader, EditingPortal.Anna);
        var add = () => portal.Get<DocumentPartEditor>().SaveAsync(DocumentParts.Figures, portal.DocumentId,
            new FigureEditModel { Name = "Tariefpercentage", Value = "95,5" }, reader, EditingPortal.Anna);
        var restore = () => portal.Get<RecycleBin>().RestoreAsync(nameof(Statement), portal.StatementId, reader, EditingPortal.Anna);
        var statement = (await portal.Get<StatementEditor>().LoadAsync(portal.StatementId))!.Model;
        var firstVersion = (await portal.Get<StatementHistory>().ListVersionsAsync(portal.StatementId))[^1];
        var writes = new Func<Task>[]
        {
            () => portal.Get<StatementEditor>().SaveAsync(statement with { Markdown = "Gewijzigd" }, reader, EditingPortal.Anna),
            () => portal.Get<StatementEditor>().DeleteAsync(portal.StatementId, statement.Version, reader, EditingPortal.Anna),
            () => portal.Get<StatementHistory>().RestoreVersionAsync(portal.StatementId, firstVersion.AuditEntryId, reader, EditingPortal.Anna),
            () => portal.Get<NewPolicyYearService>().CreateDraftAsync(portal.DocumentId, reader, EditingPortal.Anna),
            () => portal.Get<NewPolicyYearService>().PublishAsync(portal.DocumentId, reader, EditingPortal.Anna),
        };

        (await save.Should().ThrowAsync<PortalAccessDeniedException>()).Which.Message.Should().Be("Geen toegang: alleen een redacteur of beheerder mag dit doen.");
        await add.Should().ThrowAsync<PortalAccessDeniedException>();
        await restore.Should().ThrowAsync<PortalAccessDeniedException>();
        await portal.Invoking(p => p.Get<RecycleBin>().ListAsync(reader)).Should()
            .ThrowAsync<PortalAccessDeniedException>("listing deleted records is an editor's use case too");
        foreach (var write in writes)
        {
            await write.Should().ThrowAsync<PortalAccessDeniedException>("every use case that writes checks the role itself");
        }

        (await HistoryCountAsync(portal)).Should().Be(historyBefore);
        (await portal.Get<StatementEditor>().LoadAsync(portal.StatementId))!.Model.Should().BeEquivalentTo(statement);
    }

    private static string Message<TModel>(SaveResult<TModel> result, string field)
        where TModel : class =>
        result.Should().BeOfType<SaveResult<TModel>.Invalid>().Subject.Messages
            .Should().ContainSingle(message => message.Field == field).Subject.Message;

    private static async Task<int> HistoryCountAsync(EditingPortal portal)
    {
        await using var context = portal.CreateContext();
        return await context.AuditEntries.CountAsync();
    }
}
