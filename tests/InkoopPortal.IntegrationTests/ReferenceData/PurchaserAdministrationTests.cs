using InkoopPortal.Application.Editing;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.Review;
using InkoopPortal.Application.ReferenceData.Editing;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.IntegrationTests.ReferenceData;

/// <summary>The administrator's purchaser management on both providers.</summary>
public class PurchaserAdministrationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Invalid_edits_get_a_Dutch_message_per_field_and_write_nothing(DatabaseProvider provider)
    {
        await using var portal = await ReferenceDataPortal.CreateAsync(provider);
        var administration = portal.Get<PurchaserAdministration>();
        var cz = (await administration.LoadAsync("cz"))!;
        var historyBefore = await portal.HistoryCountAsync();

        var result = await administration.SaveAsync(cz.Copy() with
        {
            Name = " ",
            Slug = "CZ Groep",
            Website = "javascript:alert(1)",
            Aliases = ["CZ groep", "cz groep", "ZK"],
            RegionIds = [1],
        }, ReferenceDataPortal.Admin);
        var taken = await administration.SaveAsync(cz.Copy() with { Slug = "vgz", Name = "Zilverenkruis" }, ReferenceDataPortal.Admin);
        var longName = await administration.SaveAsync(cz.Copy() with { Name = new string('x', 201) }, ReferenceDataPortal.Admin);

        var messages = result.Should().BeOfType<SaveResult<PurchaserEditModel>.Invalid>().Subject.Messages;
        messages.Should().ContainEquivalentOf(new FieldMessage("Name", "Vul de naam in."));
        messages.Should().Contain(message => message.Field == "Slug" && message.Message.Contains("bijvoorbeeld 'cz-groep'"));
        messages.Should().Contain(message => message.Field == "Website" && message.Message.Contains("geen geldig webadres"));
        messages.Should().Contain(message => message.Field == "Aliases" && message.Message.Contains("'CZ groep' en 'cz groep' staat meer dan eens"));
        messages.Should().Contain(message => message.Field == "Aliases" && message.Message.Contains("'ZK' hoort al bij Zilveren Kruis"));
        messages.Should().Contain(message => message.Field == "RegionIds" && message.Message.Contains("Alleen een zorgkantoor"));
        var takenMessages = taken.Should().BeOfType<SaveResult<PurchaserEditModel>.Invalid>().Subject.Messages;
        takenMessages.Should().ContainEquivalentOf(new FieldMessage("Slug", "De slug 'vgz' is al in gebruik door 'VGZ'. Kies een andere slug."));
        takenMessages.Should().Contain(message => message.Field == "Name" && message.Message.Contains("alias van Zilveren Kruis"));
        longName.Should().BeOfType<SaveResult<PurchaserEditModel>.Invalid>()
            .Which.Messages.Should().ContainSingle().Which.Message.Should().Be("De naam is 201 tekens lang; ten hoogste 200 tekens zijn toegestaan.");
        (await portal.HistoryCountAsync()).Should().Be(historyBefore, "a refused edit writes nothing");
        (await portal.PurchaserAsync("cz")).Name.Should().Be("CZ");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_administrators_changing_only_labels_do_not_overwrite_each_other(DatabaseProvider provider)
    {
        await using var portal = await ReferenceDataPortal.CreateAsync(provider);
        var administration = portal.Get<PurchaserAdministration>();
        var first = (await administration.LoadAsync("cz"))!;
        var second = (await administration.LoadAsync("cz"))!;

        var saved = await administration.SaveAsync(first.Copy() with { Labels = [.. first.Labels, "Label van Otto"] }, ReferenceDataPortal.OtherAdmin);
        var refused = await administration.SaveAsync(second.Copy() with { Labels = [.. second.Labels, "Label van Anna"] }, ReferenceDataPortal.Admin);

        saved.Should().BeOfType<SaveResult<PurchaserEditModel>.Saved>();
        var conflict = refused.Should().BeOfType<SaveResult<PurchaserEditModel>.Conflict>().Subject;
        conflict.Theirs.Values.Labels.Should().Contain("Label van Otto");
        conflict.Mine.Labels.Should().Contain("Label van Anna");
        (await administration.LoadAsync("cz"))!.Labels.Should().Contain("Label van Otto").And.NotContain("Label van Anna");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_save_from_an_older_version_is_a_conflict_showing_their_version(DatabaseProvider provider)
    {
        await using var portal = await ReferenceDataPortal.CreateAsync(provider);
        var administration = portal.Get<PurchaserAdministration>();
        var first = (await administration.LoadAsync("cz"))!;
        var second = (await administration.LoadAsync("cz"))!;

        var saved = await administration.SaveAsync(first.Copy() with { Name = "CZ Zorgverzekeraar" }, ReferenceDataPortal.OtherAdmin);
        var refused = await administration.SaveAsync(second.Copy() with { Website = "https://www.cz.nl/zorgaanbieders" }, ReferenceDataPortal.Admin);

        saved.Should().BeOfType<SaveResult<PurchaserEditModel>.Saved>();
        var conflict = refused.Should().BeOfType<SaveResult<PurchaserEditModel>.Conflict>().Subject;
        conflict.Theirs.Values.Name.Should().Be("CZ Zorgverzekeraar");
        conflict.Theirs.ChangedBy.Should().Be("Otto Beheerder");
        conflict.Mine.Website.Should().Be("https://www.cz.nl/zorgaanbieders");
        (await portal.PurchaserAsync("cz")).Website.Should().NotBe("https://www.cz.nl/zorgaanbieders", "the refused save wrote nothing");

        var mineAgain = await administration.SaveAsync(conflict.Mine with { Version = conflict.Theirs.Version }, ReferenceDataPortal.Admin);
        mineAgain.Should().BeOfType<SaveResult<PurchaserEditModel>.Saved>("saved again after seeing their version");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_alias_added_to_a_purchaser_makes_the_table_import_preview_match_that_name(DatabaseProvider provider)
    {
        await using var portal = await ReferenceDataPortal.CreateAsync(provider);
        var import = portal.Get<EditorImport>();
        var input = EditorImportInput.Pasted(
            "Vergelijking huisartsenzorg 2022, aanvulling\n\nOnderwerp\tCentrale Zorgverzekeraars\nRegioplan/ regiobeeld\t<ul style=\"list-style-type: none\"> – Regioplan\n",
            2022, ["huisartsenzorg"]);
        var before = (await import.PreviewAsync(input)).Preview!.Purchasers.Single();
        var administration = portal.Get<PurchaserAdministration>();
        var cz = (await administration.LoadAsync("cz"))!;

        var saved = await administration.SaveAsync(cz.Copy() with { Aliases = [.. cz.Aliases, "Centrale Zorgverzekeraars"] }, ReferenceDataPortal.Admin);
        var after = (await import.PreviewAsync(input)).Preview!.Purchasers.Single();

        saved.Should().BeOfType<SaveResult<PurchaserEditModel>.Saved>();
        before.ExistingSlug.Should().BeNull("nobody is called that yet");
        after.ExistingSlug.Should().Be("cz");
        after.MatchedAlias.Should().Be("Centrale Zorgverzekeraars");
        (await portal.PurchaserAsync("cz")).Aliases.Should().Contain("Centrale Zorgverzekeraars");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Labels_and_regions_are_added_and_removed(DatabaseProvider provider)
    {
        await using var portal = await ReferenceDataPortal.CreateAsync(provider);
        var administration = portal.Get<PurchaserAdministration>();
        var zk = (await administration.LoadAsync("zilveren-kruis"))!;
        var office = (await administration.LoadAsync("zorgkantoor-achmea"))!;
        var regions = (await administration.OptionsAsync()).Regions;
        var elsewhere = regions.First(region => !office.RegionIds.Contains(region.Id));
        var dropped = office.RegionIds[0];

        var labels = await administration.SaveAsync(zk.Copy() with { Labels = ["Zilveren Kruis", "Nieuw Merk"] }, ReferenceDataPortal.Admin);
        var regionsSaved = await administration.SaveAsync(
            office.Copy() with { RegionIds = [.. office.RegionIds.Skip(1), elsewhere.Id] }, ReferenceDataPortal.Admin);

        labels.Should().BeOfType<SaveResult<PurchaserEditModel>.Saved>(Describe(labels));
        regionsSaved.Should().BeOfType<SaveResult<PurchaserEditModel>.Saved>(Describe(regionsSaved));
        zk.Labels.Should().Contain("De Friesland");
        (await portal.PurchaserAsync("zilveren-kruis")).Labels.Select(label => label.Name).Should().BeEquivalentTo("Zilveren Kruis", "Nieuw Merk");
        (await administration.LoadAsync("zorgkantoor-achmea"))!.RegionIds.Should().Contain(elsewhere.Id).And.NotContain(dropped);
        await using var context = portal.Database.CreateContext();
        var removedLabel = await context.Set<PurchaserLabel>().IgnoreQueryFilters().SingleAsync(label => label.Name == "De Friesland");
        removedLabel.DeletedAt.Should().NotBeNull("a removed label is soft-deleted, so the history can bring it back");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_purchaser_can_be_deleted_but_one_with_documents_cannot(DatabaseProvider provider)
    {
        await using var portal = await ReferenceDataPortal.CreateAsync(provider);
        var administration = portal.Get<PurchaserAdministration>();

        var created = await administration.SaveAsync(
            new PurchaserEditModel { Name = "Zorgverzekeraar Nieuw", Website = "https://nieuw.example", Aliases = ["ZV Nieuw"] }, ReferenceDataPortal.Admin);
        var fresh = (await administration.LoadAsync("zorgverzekeraar-nieuw"))!;
        var deleted = await administration.DeleteAsync(fresh.Id, fresh.Version, ReferenceDataPortal.Admin);
        var cz = (await administration.LoadAsync("cz"))!;
        var refused = await administration.DeleteAsync(cz.Id, cz.Version, ReferenceDataPortal.Admin);
        var again = await administration.SaveAsync(new PurchaserEditModel { Name = "Zorgverzekeraar Nieuw" }, ReferenceDataPortal.Admin);

        created.Should().BeOfType<SaveResult<PurchaserEditModel>.Saved>();
        fresh.Aliases.Should().Equal("ZV Nieuw");
        deleted.Should().BeOfType<SaveResult<PurchaserEditModel>.Saved>();
        (await administration.LoadAsync("zorgverzekeraar-nieuw")).Should().NotBeNull("the slug of a deleted purchaser is free again");
        again.Should().BeOfType<SaveResult<PurchaserEditModel>.Saved>();
        refused.Should().BeOfType<SaveResult<PurchaserEditModel>.Invalid>()
            .Which.Messages.Single().Message.Should().StartWith("'CZ' is niet verwijderd: ").And.Contain("beleidsdocument");
        (await administration.LoadAsync("cz")).Should().NotBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_an_administrator_may_write(DatabaseProvider provider)
    {
        await using var portal = await ReferenceDataPortal.CreateAsync(provider);
        var administration = portal.Get<PurchaserAdministration>();
        var cz = (await administration.LoadAsync("cz"))!;
        portal.Authorization.IsAdministrator = false;

        var save = () => administration.SaveAsync(cz.Copy() with { Name = "Door een redacteur" }, ReferenceDataPortal.Admin);

        (await save.Should().ThrowAsync<PortalAccessDeniedException>()).Which.Message.Should().Be("Geen toegang: alleen een beheerder mag dit doen.");
        (await portal.PurchaserAsync("cz")).Name.Should().Be("CZ");
    }

    private static string Describe(SaveResult<PurchaserEditModel> result) =>
        result is SaveResult<PurchaserEditModel>.Invalid invalid ? string.Join("; ", invalid.Messages.Select(message => message.Message)) : result.ToString();
}
