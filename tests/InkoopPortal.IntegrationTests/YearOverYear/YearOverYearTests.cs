using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Content;
using InkoopPortal.Application.Editing;
using InkoopPortal.Application.PolicyYears;
using InkoopPortal.Application.Security;
using InkoopPortal.Application.YearOverYear;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.IntegrationTests.Import;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Security;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.IntegrationTests.YearOverYear;

/// <summary>
/// Year over year and "Wat is er veranderd in &lt;jaar&gt;" on both providers: CZ's 2022 huisartsenzorg policy from the
/// memo, followed by a 2023 policy made through "Nieuw beleidsjaar" and edited through the statement editor.
/// </summary>
public class YearOverYearTests
{
    private static readonly AuditActor Editor = new("redacteur-1", "Rianne Redacteur");
    private const string Regioplan2023 = "- Regioplan voor 1 oktober 2022 indienen bij CZ";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_years_of_a_purchaser_are_compared_per_topic_with_the_edited_text_word_by_word(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var source = await portal.DocumentIdAsync("cz");
        var years = portal.Get<NewPolicyYearService>();
        var draft = (await years.CreateDraftAsync(source, FixedAuthorization.Allowed, Editor)).DocumentId!.Value;
        await EditAsync(portal, draft, "regioplan", StatementStatus.Content, Regioplan2023);
        var statusTopic = await EditAsync(portal, draft, null, StatementStatus.NothingSpecial, "");
        var query = portal.Get<YearOverYearQuery>();
        var request = new YearOverYearRequest("cz", "huisartsenzorg", 2022, 2023, []);

        var beforePublication = await query.GetAsync(request, []);

        beforePublication.Comparison.Should().BeNull("readers never see a draft");
        beforePublication.NotFound.Should().BeFalse();
        beforePublication.Messages.Should().Equal(
            "CZ heeft voor 2023 geen gepubliceerd document voor huisartsenzorg.", "Jaren met een document: 2022.");

        (await years.PublishAsync(draft, FixedAuthorization.Allowed, Editor)).Succeeded.Should().BeTrue();
        var page = await query.GetAsync(request, []);

        page.Messages.Should().BeEmpty();
        var comparison = page.Comparison!;
        comparison.Before.Documents.Select(document => document.Id).Should().Equal(source);
        comparison.After.Documents.Select(document => document.Id).Should().Equal(draft);
        comparison.Topics.Should().HaveCount(11);
        comparison.Differences.Select(topic => topic.Diff.TopicSlug).Should().BeEquivalentTo("regioplan", statusTopic);
        var regioplan = comparison.Differences.Single(topic => topic.Diff.TopicSlug == "regioplan");
        regioplan.Diff.Kind.Should().Be(TopicDiffKind.Changed);
        regioplan.Diff.After!.Markdown.Should().Be(Regioplan2023);
        regioplan.Diff.Words.After.Should().Be("Regioplan voor 1 oktober 2022 indienen bij CZ", "the diff reads as rendered text, without the list syntax");
        regioplan.Diff.Words.Pieces.Should().Contain(piece => piece.Kind == DiffKind.Inserted && piece.Text.Contains("oktober"))
            .And.Contain(piece => piece.Kind == DiffKind.Deleted && piece.Text.Contains("Innovatief aanbod"));
        regioplan.ChangeEntries.Should().ContainSingle().Which.Html.Should().Contain(NewPolicyYearService.GeneratedChangePrefix);
        var status = comparison.Differences.Single(topic => topic.Diff.TopicSlug == statusTopic).Diff;
        (status.StatusChanged, status.After!.StatusText).Should().Be((true, "Geen bijzonderheden"));

        // The same two documents, named by number in either order: the older one is the "before" side.
        foreach (var ids in new[] { new[] { source, draft }, [draft, source] })
        {
            var documents = await query.GetAsync(new YearOverYearRequest(null, null, null, null, ids), []);
            documents.Messages.Should().BeEmpty();
            documents.Comparison!.Before.Documents.Single().Id.Should().Be(source);
            documents.Comparison.Differences.Select(topic => (topic.Diff.TopicSlug, topic.Diff.Kind))
                .Should().BeEquivalentTo(comparison.Differences.Select(topic => (topic.Diff.TopicSlug, topic.Diff.Kind)));
            documents.Request.PurchaserSlug.Should().Be("cz");
            documents.Options.Documents.Select(document => document.Id).Should().Equal(draft, source);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_year_overview_lists_a_change_made_by_editing_and_never_a_draft(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var years = portal.Get<NewPolicyYearService>();
        var document2023 = (await years.CreateDraftAsync(await portal.DocumentIdAsync("cz"), FixedAuthorization.Allowed, Editor)).DocumentId!.Value;
        (await years.PublishAsync(document2023, FixedAuthorization.Allowed, Editor)).Succeeded.Should().BeTrue();
        var overview = portal.Get<YearChangesQuery>();
        var request = new YearChangesRequest(2023, "huisartsenzorg", []);

        var unchanged = await overview.GetAsync(request, []);

        unchanged.Messages.Should().BeEmpty();
        unchanged.Purchasers.Should().BeEmpty("the 2023 policy says what 2022 said");
        unchanged.WithoutPreviousYear.Should().BeEmpty();

        await EditAsync(portal, document2023, "regioplan", StatementStatus.Content, Regioplan2023);
        var edited = await overview.GetAsync(request, []);

        var cz = edited.Purchasers.Should().ContainSingle().Subject;
        cz.Slug.Should().Be("cz");
        var topic = cz.Topics.Should().ContainSingle().Subject;
        (topic.TopicSlug, topic.Mark).Should().Be(("regioplan", CellChange.Changed));
        topic.MatrixUrl.Should().Be("/vergelijk?jaar=2023&zorgsoort=huisartsenzorg#cel-cz-regioplan");
        topic.DiffUrl.Should().Be("/vergelijk/jaren?inkoper=cz&zorgsoort=huisartsenzorg&van=2022&tot=2023#onderwerp-regioplan");
        var matrix = await portal.Get<MatrixService>().GetAsync(new MatrixRequest(2023, "huisartsenzorg", null, ["cz"], ["regioplan"]), []);
        matrix.Matrix!.Groups.SelectMany(group => group.Rows).Single().Cells.Single().Change.Should().Be(CellChange.Changed, "the overview and the matrix agree");

        // A 2024 draft with a changed statement stays out of every reader's view until it is published.
        var draft2024 = (await years.CreateDraftAsync(document2023, FixedAuthorization.Allowed, Editor)).DocumentId!.Value;
        await EditAsync(portal, draft2024, "regioplan", StatementStatus.Content, "- Alleen in het concept");
        var draftYear = await overview.GetAsync(new YearChangesRequest(2024, "huisartsenzorg", []), []);
        draftYear.Purchasers.Should().BeEmpty();
        draftYear.Messages.Should().Equal("Voor huisartsenzorg zijn in 2024 geen gepubliceerde documenten. Kies een ander jaar of een andere zorgsoort.");
        (await overview.GetAsync(request, [])).Purchasers.Single().Topics.Single().TopicSlug.Should().Be("regioplan");
        var asDocuments = await portal.Get<YearOverYearQuery>().GetAsync(new YearOverYearRequest(null, null, null, null, [document2023, draft2024]), []);
        (asDocuments.NotFound, asDocuments.Comparison).Should().Be((true, null));
        asDocuments.Messages.Should().Equal($"Het document met nummer {draft2024} bestaat niet of is niet gepubliceerd.");
    }

    /// <summary>
    /// Edits one statement of the document through the statement editor, as the edit page does: the named topic, or
    /// (null) the first content statement other than the regioplan. Returns the topic's slug.
    /// </summary>
    private static async Task<string> EditAsync(MemoPortal portal, int documentId, string? topicSlug, StatementStatus status, string markdown)
    {
        int statementId;
        string slug;
        await using (var context = portal.Database.CreateContext())
        {
            var statement = await context.Statements.AsNoTracking().Include(candidate => candidate.Topic)
                .Where(candidate => candidate.PolicyDocumentId == documentId
                    && (topicSlug == null ? candidate.Topic!.Slug != "regioplan" && candidate.Status == StatementStatus.Content : candidate.Topic!.Slug == topicSlug))
                .OrderBy(candidate => candidate.Id)
                .FirstAsync();
            (statementId, slug) = (statement.Id, statement.Topic!.Slug);
        }

        var editor = portal.Get<StatementEditor>();
        var edit = (await editor.LoadAsync(statementId))!.Model;
        edit.Status = status;
        edit.Markdown = markdown;
        (await editor.SaveAsync(edit, FixedAuthorization.Allowed, Editor)).Should().BeOfType<SaveResult<StatementEditModel>.Saved>();
        return slug;
    }
}
