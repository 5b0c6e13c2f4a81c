using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Content;
using InkoopPortal.Application.Documents;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Overview;
using InkoopPortal.Application.PolicyYears;
using InkoopPortal.Application.Purchasers;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.IntegrationTests.Import;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Security;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.IntegrationTests.PolicyYears;

/// <summary>"Nieuw beleidsjaar" on both providers: draft 2023 from CZ's 2022 huisartsenzorg document, edit, compare, publish.</summary>
public class NewPolicyYearTests
{
    private static readonly AuditActor Editor = new("redacteur-1", "Rianne Redacteur");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_draft_for_2023_copies_the_2022_policy_is_compared_and_published_with_its_change_recorded(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var source = await portal.DocumentIdAsync("cz");
        await AddCalendarConditionFigureAndOwnTextAsync(portal, source);
        var service = portal.Get<NewPolicyYearService>();
        string regioplan2022;

        var created = await service.CreateDraftAsync(source, FixedAuthorization.Allowed, Editor);

        created.Succeeded.Should().BeTrue(created.Message);
        var draftId = created.DocumentId!.Value;
        await using (var context = portal.Database.CreateContext())
        {
            var draft = await LoadAsync(context, draftId);
            var original = await LoadAsync(context, source);
            regioplan2022 = (await context.Statements.SingleAsync(s => s.PolicyDocumentId == source && s.Topic!.Slug == "regioplan")).BodyMarkdown;
            (draft.Status, draft.ValidFromYear, draft.ValidToYear, draft.PredecessorId).Should().Be((DocumentStatus.Draft, 2023, 2023, source));
            draft.Title.Should().Be("Inkoopbeleid huisartsenzorg 2023 – CZ");
            draft.CareTypes.Select(careType => careType.Slug).Should().Equal("huisartsenzorg");
            draft.Statements.Select(s => (s.TopicId, s.Status, s.BodyMarkdown, s.BodyHtml)).Should().BeEquivalentTo(
                original.Statements.Select(s => (s.TopicId, s.Status, s.BodyMarkdown, s.BodyHtml)));
            draft.Statements.Should().HaveCount(11);
            draft.Deadlines.OrderBy(d => d.SortOrder).Select(d => (d.Date, d.EndDate, d.DateText)).Should().Equal(
                (new DateOnly(2022, 11, 12), (DateOnly?)null, "12 november 2022"),
                (new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29), "februari 2024"));
            var condition = draft.Conditions.Should().ContainSingle().Subject;
            condition.Text.Should().Be("Minimaal 85% huisartsen en inwoners");
            condition.Thresholds.Select(t => (t.Metric, t.Operator, t.Value, t.Unit)).Should().Equal(("inwoners", ComparisonOperator.AtLeast, 100000m, ""));
            draft.Figures.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Name = "Tarief inschrijving", Value = 15.5m, Unit = "EUR", Year = (int?)2022 });
            draft.Changes.Should().BeEmpty("last year's own change list is not this year's");
            draft.Sections.Should().BeEmpty("sections are last year's text");
        }

        var again = await service.CreateDraftAsync(source, FixedAuthorization.Allowed, Editor);
        again.Succeeded.Should().BeFalse();
        again.Message.Should().Contain("Er is al een concept van CZ voor 2023");

        var matrices = portal.Get<MatrixService>();
        var before = await matrices.GetAsync(new MatrixRequest(2023, "huisartsenzorg", null, [], []), []);
        before.Matrix.Should().BeNull("readers do not see the draft");
        before.Messages.Should().ContainSingle().Which.Should().Contain("in 2023 geen documenten");

        await EditStatementAsync(portal, draftId, "regioplan", "- Regioplan voor 1 oktober indienen\n- Huisartsen en wijkverpleging samen");

        var diff = (await service.DiffAsync(draftId)).Diff!;
        diff.Previous.Id.Should().Be(source);
        diff.Current.Should().BeEquivalentTo(new { Id = draftId, ValidFromYear = 2023, Status = DocumentStatus.Draft });
        diff.Topics.Should().HaveCount(11);
        var changed = diff.Differences.Should().ContainSingle().Subject;
        (changed.TopicSlug, changed.Kind, changed.StatusChanged, changed.HasChangeEntry).Should().Be(("regioplan", TopicDiffKind.Changed, false, false));
        changed.Before!.Markdown.Should().Be(regioplan2022);
        changed.After!.Html.Should().Contain("<li>Regioplan voor 1 oktober indienen</li>");
        changed.Words.Pieces.Should().Contain(piece => piece.Kind == DiffKind.Inserted && piece.Text.Contains("oktober"));
        changed.Words.Pieces.Should().Contain(piece => piece.Kind == DiffKind.Deleted);

        var published = await service.PublishAsync(draftId, FixedAuthorization.Allowed, Editor);

        published.Succeeded.Should().BeTrue(published.Message);
        published.Details.Should().ContainSingle().Which.Should().Contain("Regioplan");
        var after = await matrices.GetAsync(new MatrixRequest(2023, "huisartsenzorg", null, [], []), []);
        after.Matrix!.Columns.Where(column => column.Document is not null).Select(column => column.PurchaserSlug).Should().Equal("cz");
        after.Matrix.Columns.Should().HaveCount(9, "the insurers with a 2022 document are shown as 'Geen document'");
        var row = after.Matrix.Groups.SelectMany(group => group.Rows).ToList();
        row.Single(r => r.TopicSlug == "regioplan").Cells.Single(cell => cell.PurchaserSlug == "cz").Change.Should().Be(CellChange.Changed);
        row.SelectMany(r => r.Cells).Where(cell => cell.PurchaserSlug != "cz").Should().OnlyContain(cell => cell.State == CellState.NoDocument);
        row.Where(r => r.TopicSlug != "regioplan").SelectMany(r => r.Cells).Should().OnlyContain(cell => cell.Change == CellChange.None);
        await using (var context = portal.Database.CreateContext())
        {
            var change = await context.PolicyChanges.Include(c => c.Topic).SingleAsync(c => c.PolicyDocumentId == draftId);
            (change.IsGenerated, change.Topic!.Slug).Should().Be((true, "regioplan"));
            change.BodyMarkdown.Should().StartWith(NewPolicyYearService.GeneratedChangePrefix).And.Contain("ten opzichte van 2022");
            (await context.PolicyDocuments.SingleAsync(d => d.Id == draftId)).Status.Should().Be(DocumentStatus.Published);
        }

        var cell = await portal.Get<CellDetailService>().GetAsync(new CellDetailRequest(2023, "huisartsenzorg", "cz", "regioplan"));
        cell.Detail!.Change.Should().Be(CellChange.Changed);
        cell.Detail.ChangeEntries.Should().ContainSingle().Which.Html.Should().Contain(NewPolicyYearService.GeneratedChangePrefix);

        var third = await service.CreateDraftAsync(source, FixedAuthorization.Allowed, Editor);
        third.Succeeded.Should().BeFalse();
        third.Message.Should().Contain("CZ heeft voor 2023 al een gepubliceerd document");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Readers_never_see_a_draft_and_editors_list_and_read_it(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var source = await portal.DocumentIdAsync("cz");
        var draftId = (await portal.Get<NewPolicyYearService>().CreateDraftAsync(source, FixedAuthorization.Allowed, Editor)).DocumentId!.Value;

        var overview = await portal.Get<PortalOverviewService>().GetAsync();
        overview.DocumentsByYear.Select(year => year.Year).Should().Equal(2022);
        overview.Purchasers.Single(p => p.Slug == "cz").DocumentCount.Should().Be(1);

        var purchaserPages = portal.Get<PurchaserPageQuery>();
        (await purchaserPages.GetAsync("cz"))!.DocumentsByYear.Select(year => year.Year).Should().Equal(2022);
        (await purchaserPages.GetIndexAsync()).Single(p => p.Slug == "cz").DocumentCount.Should().Be(1);

        (await portal.Get<DocumentPageQuery>().GetAsync(draftId)).Should().BeNull("a draft is as unknown to readers as a wrong id");

        var cell = await portal.Get<CellDetailService>().GetAsync(new CellDetailRequest(2023, "huisartsenzorg", "cz", "regioplan"));
        cell.Detail!.Current.State.Should().Be(CellState.NoDocument);

        var timeline = await portal.Get<TopicTimelineService>().GetAsync(new TopicTimelineRequest("regioplan", "huisartsenzorg", []), []);
        timeline.Timeline!.Rows.Select(r => r.Year).Should().Equal(2022);

        var matrix = await portal.Get<MatrixService>().GetAsync(new MatrixRequest(null, "huisartsenzorg", null, [], []), []);
        matrix.Request.Year.Should().Be(2022, "the most recent year with published data");
        matrix.Options.Years.Should().Equal(2022);

        var drafts = portal.Get<DraftQuery>();
        var listed = (await drafts.ListAsync()).Should().ContainSingle().Subject;
        listed.Should().BeEquivalentTo(new
        {
            Id = draftId, Title = "Inkoopbeleid huisartsenzorg 2023 – CZ", ValidFromYear = 2023, PredecessorId = (int?)source,
            PredecessorTitle = "Inkoopbeleid huisartsenzorg 2022 – CZ", StatementCount = 11,
        });
        listed.Purchaser.Slug.Should().Be("cz");
        var page = await drafts.GetAsync(draftId);
        page!.Status.Should().Be(DocumentStatus.Draft);
        page.TopicGroups.SelectMany(group => group.Topics).Single(topic => topic.Slug == "regioplan").Statements.Should().ContainSingle();
        (await drafts.GetAsync(source)).Should().BeNull("a published document is read through the document page");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Drafts_from_drafts_unknown_ids_and_a_year_taken_meanwhile_are_refused_in_Dutch(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var service = portal.Get<NewPolicyYearService>();
        var source = await portal.DocumentIdAsync("cz");
        var draftId = (await service.CreateDraftAsync(source, FixedAuthorization.Allowed, Editor)).DocumentId!.Value;

        (await service.CreateDraftAsync(draftId, FixedAuthorization.Allowed, Editor)).Message.Should().Contain("is zelf een concept");
        (await service.CreateDraftAsync(987654, FixedAuthorization.Allowed, Editor)).Message.Should().Be("Het document met nummer 987654 bestaat niet.");
        (await service.PublishAsync(source, FixedAuthorization.Allowed, Editor)).Message.Should().Contain("is al gepubliceerd");
        (await service.DiffAsync(source)).Message.Should().Contain("geen vorig jaar om mee te vergelijken");

        // Meanwhile a 2023 comparison table is imported: it gets its own published document and leaves the draft alone.
        var file = Path.Combine(Path.GetTempPath(), $"cz-2023-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "Vergelijking 2023\n\nOnderwerp\tCZ\tVGZ\n" +
            "Regioplan\t<ul style=\"list-style-type: none\"> – CZ 2023\t<ul style=\"list-style-type: none\"> – VGZ 2023\n");
        await portal.Get<ISourceImporter>().ImportAsync(new ImportRequest(file, 2023, ["huisartsenzorg"], null));
        await using (var context = portal.Database.CreateContext())
        {
            (await context.Statements.CountAsync(s => s.PolicyDocumentId == draftId)).Should().Be(11);
        }

        var publish = await service.PublishAsync(draftId, FixedAuthorization.Allowed, Editor);

        publish.Succeeded.Should().BeFalse();
        publish.Message.Should().Contain("is niet gepubliceerd").And.Contain("CZ heeft voor 2023 al een gepubliceerd document");
        await using (var context = portal.Database.CreateContext())
        {
            (await context.PolicyDocuments.SingleAsync(d => d.Id == draftId)).Status.Should().Be(DocumentStatus.Draft);
        }
    }

    private static async Task<PolicyDocument> LoadAsync(PortalDbContext context, int id) =>
        await context.PolicyDocuments.AsNoTracking()
            .Include(d => d.CareTypes).Include(d => d.Statements).Include(d => d.Conditions).ThenInclude(c => c.Thresholds)
            .Include(d => d.Deadlines).Include(d => d.Figures).Include(d => d.Changes).Include(d => d.Sections)
            .AsSplitQuery()
            .SingleAsync(d => d.Id == id);

    /// <summary>The memo has no calendar, conditions or figures of its own; an editor added them to CZ's 2022 document.</summary>
    private static async Task AddCalendarConditionFigureAndOwnTextAsync(MemoPortal portal, int documentId)
    {
        await using var context = portal.Database.CreateContext();
        var document = await context.PolicyDocuments.SingleAsync(d => d.Id == documentId);
        document.Deadlines.Add(new Deadline
        {
            Kind = DeadlineKind.Signing, Description = "Ondertekenen", Date = new DateOnly(2021, 11, 12),
            Precision = DatePrecision.Day, DateText = "12 november 2021", SortOrder = 1,
        });
        document.Deadlines.Add(new Deadline
        {
            Kind = DeadlineKind.Application, Description = "Aanmelden", Date = new DateOnly(2023, 2, 1), EndDate = new DateOnly(2023, 2, 28),
            Precision = DatePrecision.Month, DateText = "februari 2023", SortOrder = 2,
        });
        document.Conditions.Add(new ContractCondition
        {
            Category = "Regio-organisatie", Text = "Minimaal 85% huisartsen en inwoners",
            Thresholds = [new ConditionThreshold { Metric = "inwoners", Operator = ComparisonOperator.AtLeast, Value = 100000m, SortOrder = 1 }],
        });
        document.Figures.Add(new Figure { Name = "Tarief inschrijving", Value = 15.5m, Unit = "EUR", Year = 2022 });
        var change = new PolicyChange { Subject = "Algemeen" };
        RichTextRenderer.SetBody(change, "Doorlopend in 2022.");
        document.Changes.Add(change);
        document.Sections.Add(new DocumentSection { Title = "Inleiding", BodyMarkdown = "Tekst", BodyHtml = "<p>Tekst</p>" });
        await context.SaveChangesAsync();
    }

    /// <summary>What an edit page will do: a new text for one topic of the draft.</summary>
    private static async Task EditStatementAsync(MemoPortal portal, int documentId, string topicSlug, string markdown)
    {
        await using var context = portal.Database.CreateContext();
        var statement = await context.Statements.SingleAsync(s => s.PolicyDocumentId == documentId && s.Topic!.Slug == topicSlug);
        RichTextRenderer.SetBody(statement, markdown);
        await context.SaveChangesAsync();
    }
}
