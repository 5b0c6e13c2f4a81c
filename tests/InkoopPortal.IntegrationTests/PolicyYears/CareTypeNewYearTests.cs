using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Documents;
using InkoopPortal.Application.Editing;
using InkoopPortal.Application.PolicyYears;
using InkoopPortal.Application.Presentation;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.IntegrationTests.Import;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Security;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.IntegrationTests.PolicyYears;

/// <summary>
/// Issue 13, the administrator's points on both providers: "Nieuw beleidsjaar voor alle documenten van een zorgsoort"
/// (all or nothing, never a duplicate: twice in a row, or two editors at the same moment), the existing document named
/// before the click, and an edited cell's source saying who edited it and when beside what it was imported from.
/// </summary>
public class CareTypeNewYearTests
{
    private static readonly AuditActor Anna = new("user-anna", "A. Jansen");
    private static readonly AuditActor Bert = new("user-bert", "Bert de Vries");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_care_types_new_year_drafts_each_document_once_skips_those_with_a_successor_and_a_second_click_makes_nothing(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var service = portal.Get<NewPolicyYearService>();
        var published = await PublishedIn2022Async(portal);
        published.Count.Should().BeGreaterThan(3, "the memo has a huisartsenzorg column for most insurers");
        (await service.LatestYearAsync("huisartsenzorg")).Should().Be(2022);
        var cz = await portal.DocumentIdAsync("cz");
        var czDraft = await service.CreateDraftAsync(cz, FixedAuthorization.Allowed, Anna);
        czDraft.Succeeded.Should().BeTrue(czDraft.Message);

        var first = await service.CreateDraftsForCareTypeAsync("huisartsenzorg", 2022, FixedAuthorization.Allowed, Anna);

        first.Year.Should().Be(2023);
        first.Created.Select(draft => draft.SourceId).Should().BeEquivalentTo(published.Where(id => id != cz));
        first.Created.Should().OnlyContain(draft => draft.DraftTitle.Contains("2023") || !draft.SourceTitle.Contains("2022"));
        var skippedCz = first.Skipped.Should().ContainSingle().Subject;
        (skippedCz.SourceId, skippedCz.PurchaserName, skippedCz.Reason).Should().Be((cz, "CZ", "er is al een concept voor 2023"));
        skippedCz.Existing!.Id.Should().Be(czDraft.DocumentId);
        skippedCz.Existing.Title.Should().Be("Inkoopbeleid huisartsenzorg 2023 – CZ");
        first.Message.Should().Be($"{published.Count - 1} concepten voor 2023 aangemaakt; 1 overgeslagen.");
        await ShouldHaveOneDraftPerPurchaserAsync(portal, published.Count);

        var second = await service.CreateDraftsForCareTypeAsync("huisartsenzorg", 2022, FixedAuthorization.Allowed, Bert);

        second.Created.Should().BeEmpty();
        second.Skipped.Should().HaveCount(published.Count).And.OnlyContain(skip => skip.Existing != null && skip.Existing.Status == DocumentStatus.Draft);
        second.Message.Should().StartWith("Er is niets aangemaakt");
        await ShouldHaveOneDraftPerPurchaserAsync(portal, published.Count);

        // Before the click, the one-document page knows the draft is there, by its title.
        var plan = (await service.PlanAsync(cz))!;
        (plan.Year, plan.Existing!.Title, plan.Existing.EditorUrl).Should().Be((2023, "Inkoopbeleid huisartsenzorg 2023 – CZ", $"redactie/concepten/{czDraft.DocumentId}"));
        var again = await service.CreateDraftAsync(cz, FixedAuthorization.Allowed, Anna);
        again.Existing!.Id.Should().Be(czDraft.DocumentId);
        again.Message.Should().NotContain("document " + czDraft.DocumentId, "a document is named by its title, not its number");

        // A reader is refused and nothing is written.
        var refused = () => service.CreateDraftsForCareTypeAsync("huisartsenzorg", 2023, FixedAuthorization.Denied, Anna);
        await refused.Should().ThrowAsync<PortalAccessDeniedException>();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_editors_starting_a_care_types_new_year_at_the_same_moment_make_each_draft_once(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var service = portal.Get<NewPolicyYearService>();
        var published = await PublishedIn2022Async(portal);

        var anna = Task.Run(() => service.CreateDraftsForCareTypeAsync("huisartsenzorg", 2022, FixedAuthorization.Allowed, Anna));
        var bert = Task.Run(() => service.CreateDraftsForCareTypeAsync("huisartsenzorg", 2022, FixedAuthorization.Allowed, Bert));
        var single = Task.Run(() => service.CreateDraftAsync(published[0], FixedAuthorization.Allowed, Bert));
        await Task.WhenAll(anna, bert, single);

        ((await anna).Created.Count + (await bert).Created.Count + ((await single).Succeeded ? 1 : 0)).Should().Be(published.Count);
        await ShouldHaveOneDraftPerPurchaserAsync(portal, published.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_edited_cell_says_who_edited_it_and_when_and_what_it_was_imported_from(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var request = new CellDetailRequest(2022, "huisartsenzorg", "cz", "regioplan");
        var cells = portal.Get<CellDetailService>();
        var imported = (await cells.GetAsync(request)).Detail!.Current.Source!;
        imported.Edit.Should().BeNull();
        imported.Line.Should().StartWith("Geïmporteerd uit INKOOPBELEID ZORGVERZEKERAARS 2022").And.Contain("regel");

        var editor = portal.Get<StatementEditor>();
        int statementId;
        await using (var context = portal.Database.CreateContext())
        {
            statementId = await context.Statements.Where(s => s.PolicyDocument!.Purchaser!.Slug == "cz" && s.Topic!.Slug == "regioplan")
                .Select(s => s.Id).SingleAsync();
        }

        var saved = await editor.SaveAsync((await editor.LoadAsync(statementId))!.Model with { Markdown = "- Regioplan per 1 oktober" }, FixedAuthorization.Allowed, Anna);
        saved.Should().BeOfType<SaveResult<StatementEditModel>.Saved>();

        var edited = (await cells.GetAsync(request)).Detail!.Current.Source!;
        edited.Edit!.By.Should().Be("A. Jansen");
        edited.Line.Should().Be($"Bewerkt door A. Jansen op {DutchFormat.Date(edited.Edit.At)}; oorspronkelijk {imported.Line[0..1].ToLowerInvariant()}{imported.Line[1..]}");
        (DateTimeOffset.UtcNow - edited.Edit.At).Should().BeLessThan(TimeSpan.FromMinutes(5));
        var otherCell = (await cells.GetAsync(request with { PurchaserSlug = "vgz" })).Detail!.Current.Source;
        otherCell?.Edit.Should().BeNull("only the edited cell says so");

        var page = (await portal.Get<DocumentPageQuery>().GetAsync(await portal.DocumentIdAsync("cz")))!;
        var entry = page.TopicGroups.SelectMany(group => group.Topics).Single(topic => topic.Slug == "regioplan").Statements.Single();
        entry.Edit!.By.Should().Be("A. Jansen");
        page.TopicGroups.SelectMany(group => group.Topics).Where(topic => topic.Slug != "regioplan")
            .SelectMany(topic => topic.Statements).Should().OnlyContain(statement => statement.Edit == null);
    }

    private static async Task<List<int>> PublishedIn2022Async(MemoPortal portal)
    {
        await using var context = portal.Database.CreateContext();
        return await context.PolicyDocuments
            .Where(document => document.Status == DocumentStatus.Published && document.ValidFromYear == 2022)
            .OrderBy(document => document.Id).Select(document => document.Id).ToListAsync();
    }

    private static async Task ShouldHaveOneDraftPerPurchaserAsync(MemoPortal portal, int expected)
    {
        await using var context = portal.Database.CreateContext();
        var drafts = await context.PolicyDocuments
            .Where(document => document.Status == DocumentStatus.Draft && document.ValidFromYear == 2023)
            .Select(document => document.PurchaserId).ToListAsync();
        drafts.Should().HaveCount(expected).And.OnlyHaveUniqueItems();
    }
}
