using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Editing;
using InkoopPortal.Application.ReferenceData.Editing;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;

namespace InkoopPortal.IntegrationTests.ReferenceData;

/// <summary>The administrator's topic and care type management on both providers.</summary>
public class TopicAdministrationTests
{
    private static readonly MatrixRequest Huisartsenzorg2022 = new(2022, "huisartsenzorg", null, [], []);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_rename_and_an_order_change_show_in_the_matrix_at_once(DatabaseProvider provider)
    {
        await using var portal = await ReferenceDataPortal.CreateAsync(provider);
        var matrix = portal.Get<MatrixService>();
        var administration = portal.Get<TopicAdministration>();
        var rowsBefore = (await matrix.GetAsync(Huisartsenzorg2022, [])).Matrix!.Groups[0].Rows.Select(row => row.TopicSlug).ToList();
        var first = (await administration.ListAsync()).SelectMany(group => group.Topics).Single(topic => topic.Slug == rowsBefore[0]);
        var second = (await administration.ListAsync()).SelectMany(group => group.Topics).Single(topic => topic.Slug == rowsBefore[1]);

        var moved = await administration.MoveAsync(second.Id, -1, ReferenceDataPortal.Admin);
        var edit = (await administration.LoadAsync(first.Id))!;
        var renamed = await administration.SaveAsync(edit.Copy() with { Name = "Regioplan (hernoemd)" }, ReferenceDataPortal.Admin);
        var cannotMove = await administration.MoveAsync(second.Id, -1, ReferenceDataPortal.Admin);

        moved.Should().BeTrue();
        cannotMove.Should().BeFalse("it is first in its group now");
        renamed.Should().BeOfType<SaveResult<TopicEditModel>.Saved>();
        var rowsAfter = (await matrix.GetAsync(Huisartsenzorg2022, [])).Matrix!.Groups[0].Rows;
        rowsAfter.Select(row => row.TopicSlug).Should().Equal([rowsBefore[1], rowsBefore[0], .. rowsBefore.Skip(2)], "the cached matrix was invalidated");
        rowsAfter[1].TopicName.Should().Be("Regioplan (hernoemd)");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_group_is_renamed_once_a_stale_rename_is_a_conflict_and_an_empty_name_is_refused(DatabaseProvider provider)
    {
        await using var portal = await ReferenceDataPortal.CreateAsync(provider);
        var administration = portal.Get<TopicAdministration>();
        await administration.CreateGroupAsync(new TopicGroupEditModel { Name = "Samenwerking" }, ReferenceDataPortal.Admin);
        var shown = (await administration.ListAsync()).Single(group => group.Name == "Samenwerking");

        var empty = await administration.RenameGroupAsync(new TopicGroupRename(shown.Id!.Value, "  ", shown.Version), ReferenceDataPortal.Admin);
        var first = await administration.RenameGroupAsync(new TopicGroupRename(shown.Id.Value, "Samenwerking in de regio", shown.Version), ReferenceDataPortal.OtherAdmin);
        var stale = await administration.RenameGroupAsync(new TopicGroupRename(shown.Id.Value, "Regionale samenwerking", shown.Version), ReferenceDataPortal.Admin);

        empty.Should().BeOfType<SaveResult<TopicGroupRename>.Invalid>();
        first.Should().BeOfType<SaveResult<TopicGroupRename>.Saved>();
        var conflict = stale.Should().BeOfType<SaveResult<TopicGroupRename>.Conflict>().Subject;
        conflict.Theirs.Values.Name.Should().Be("Samenwerking in de regio");
        conflict.Mine.Name.Should().Be("Regionale samenwerking");
        (await administration.ListAsync()).Should().Contain(group => group.Name == "Samenwerking in de regio");

        var again = await administration.RenameGroupAsync(conflict.Mine with { Version = conflict.Theirs.Version }, ReferenceDataPortal.Admin);
        again.Should().BeOfType<SaveResult<TopicGroupRename>.Saved>();
        (await administration.ListAsync()).Should().Contain(group => group.Name == "Regionale samenwerking");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Topics_are_validated_created_in_a_new_group_and_deleted_only_when_unused(DatabaseProvider provider)
    {
        await using var portal = await ReferenceDataPortal.CreateAsync(provider);
        var administration = portal.Get<TopicAdministration>();
        var options = await administration.OptionsAsync();
        var regioplan = (await administration.ListAsync()).SelectMany(group => group.Topics).Single(topic => topic.Slug == "regioplan");
        var historyBefore = await portal.HistoryCountAsync();

        var invalid = await administration.SaveAsync(
            new TopicEditModel { Name = "Nieuw", Slug = "regioplan", Aliases = ["Regioplan"], GuidingQuestions = ["Vraag?", "Vraag?"] }, ReferenceDataPortal.Admin);
        var groupRefused = await administration.CreateGroupAsync(new TopicGroupEditModel { Name = "Groep", Slug = "Groep met spaties" }, ReferenceDataPortal.Admin);
        (await portal.HistoryCountAsync()).Should().Be(historyBefore, "refused edits write nothing");

        var group = await administration.CreateGroupAsync(new TopicGroupEditModel { Name = "Nieuwe groep" }, ReferenceDataPortal.Admin);
        var groupId = (await administration.OptionsAsync()).Groups.Single(candidate => candidate.Name == "Nieuwe groep").Id;
        var created = await administration.SaveAsync(new TopicEditModel
        {
            Name = "Zorg op afstand",
            GroupId = groupId,
            IsPrecondition = true,
            GuidingQuestions = ["Welke zorg op afstand?", ""],
            Aliases = ["E-health"],
            CareTypeIds = [options.CareTypes[0].Id],
        }, ReferenceDataPortal.Admin);
        var fresh = (await administration.ListAsync()).Single(candidate => candidate.Id == groupId).Topics.Single();
        var stored = (await administration.LoadAsync(fresh.Id))!;
        var deleteFresh = await administration.DeleteAsync(fresh.Id, stored.Version, ReferenceDataPortal.Admin);
        var regioplanEdit = (await administration.LoadAsync(regioplan.Id))!;
        var deleteUsed = await administration.DeleteAsync(regioplan.Id, regioplanEdit.Version, ReferenceDataPortal.Admin);

        var messages = invalid.Should().BeOfType<SaveResult<TopicEditModel>.Invalid>().Subject.Messages;
        messages.Should().Contain(message => message.Field == "Slug" && message.Message.Contains("al in gebruik"));
        messages.Should().Contain(message => message.Field == "Aliases" && message.Message.Contains("het onderwerp"));
        messages.Should().Contain(message => message.Field == "GuidingQuestions" && message.Message.Contains("'Vraag?' staat meer dan eens bij de hulpvragen"));
        groupRefused.Should().BeOfType<SaveResult<TopicGroupEditModel>.Invalid>().Which.Messages.Single().Field.Should().Be("Slug");
        group.Should().BeOfType<SaveResult<TopicGroupEditModel>.Saved>();
        created.Should().BeOfType<SaveResult<TopicEditModel>.Saved>();
        stored.Should().BeEquivalentTo(new
        {
            Slug = "zorg-op-afstand",
            GroupId = (int?)groupId,
            IsPrecondition = true,
            GuidingQuestions = new[] { "Welke zorg op afstand?" },
            Aliases = new[] { "E-health" },
            CareTypeIds = new[] { options.CareTypes[0].Id },
        });
        deleteFresh.Should().BeOfType<SaveResult<TopicEditModel>.Saved>();
        deleteUsed.Should().BeOfType<SaveResult<TopicEditModel>.Invalid>()
            .Which.Messages.Single().Message.Should().Contain("is niet verwijderd").And.Contain("celteksten");
        (await administration.LoadAsync(regioplan.Id)).Should().NotBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Care_types_are_created_and_edited_with_duplicate_slugs_and_stale_versions_refused(DatabaseProvider provider)
    {
        await using var portal = await ReferenceDataPortal.CreateAsync(provider);
        var administration = portal.Get<CareTypeAdministration>();
        var huisartsenzorg = (await administration.ListAsync()).Single(careType => careType.Slug == "huisartsenzorg");

        var created = await administration.SaveAsync(
            (await administration.NewAsync()) with { Name = "Wijkverpleging", Law = Domain.Law.Zvw }, ReferenceDataPortal.Admin);
        var duplicate = await administration.SaveAsync(new CareTypeEditModel { Name = "Iets anders", Slug = "wijkverpleging" }, ReferenceDataPortal.Admin);
        var renamed = await administration.SaveAsync(huisartsenzorg with { Name = "Huisartsenzorg en multidisciplinaire zorg" }, ReferenceDataPortal.OtherAdmin);
        var stale = await administration.SaveAsync(huisartsenzorg with { SortOrder = 99 }, ReferenceDataPortal.Admin);

        created.Should().BeOfType<SaveResult<CareTypeEditModel>.Saved>();
        (await administration.ListAsync()).Should().Contain(careType => careType.Slug == "wijkverpleging" && careType.Name == "Wijkverpleging");
        duplicate.Should().BeOfType<SaveResult<CareTypeEditModel>.Invalid>()
            .Which.Messages.Should().ContainSingle().Which.Message.Should().Be("De slug 'wijkverpleging' is al in gebruik door 'Wijkverpleging'. Kies een andere slug.");
        renamed.Should().BeOfType<SaveResult<CareTypeEditModel>.Saved>();
        var conflict = stale.Should().BeOfType<SaveResult<CareTypeEditModel>.Conflict>().Subject;
        conflict.Theirs.Values.Name.Should().Be("Huisartsenzorg en multidisciplinaire zorg");
        (await administration.ListAsync()).Single(careType => careType.Slug == "huisartsenzorg").SortOrder.Should().Be(huisartsenzorg.SortOrder);
    }
}
