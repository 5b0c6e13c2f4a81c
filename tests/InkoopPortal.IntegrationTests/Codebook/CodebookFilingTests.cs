using System.Text.Json;
using InkoopPortal.Application.Codebook;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Topics;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace InkoopPortal.IntegrationTests.Codebook;

/// <summary>
/// Policy texts filed onto the codebook in a real database (issue 11): the first start's seeds, a second insurer's
/// text beside the first, editors' decisions that stay, a re-import, and the <c>codebook</c> command on a database
/// whose topics were made from headings.
/// </summary>
public class CodebookFilingTests(ITestOutputHelper output)
{
    private const string ZorgEnZekerheidMsz = "zorg-en-zekerheid-zorginkoopbeleid-2024-msz.txt";
    private const string AsrPolicy = "asr-inkoopbeleid-2023-2024-elv-grz-gzsp.txt";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_first_start_files_the_seed_policy_texts_onto_the_codebook_and_makes_no_topic_from_a_heading(DatabaseProvider provider)
    {
        await using var portal = await SeededAsync(provider);
        await using var context = portal.Database.CreateContext();

        var codebook = CodebookSlugs();
        var memoTopics = await context.Statements.Where(statement => statement.PolicyDocument!.ImportSource!.FileName!.Contains("memo"))
            .Select(statement => statement.Topic!.Slug).Distinct().ToListAsync();
        (await context.Topics.Select(topic => topic.Slug).ToListAsync()).Should().BeSubsetOf(codebook.Concat(memoTopics),
            "every topic is the codebook's or a comparison table's row; none was made from a heading");

        foreach (var file in new[] { AsrPolicy, ZorgEnZekerheidMsz })
        {
            var document = await context.PolicyDocuments.AsNoTracking()
                .Include(candidate => candidate.CareTypes)
                .Include(candidate => candidate.Sections)
                .Include(candidate => candidate.Assignments)
                .Include(candidate => candidate.Statements).ThenInclude(statement => statement.Topic!.CareTypes)
                .AsSplitQuery()
                .SingleAsync(candidate => candidate.ImportSource!.FileName == file);
            document.Statements.Should().HaveCountGreaterThanOrEqualTo(6, "{0} speaks to many of the codebook's topics", file);
            document.Statements.Should().OnlyContain(statement => statement.GeneratedSummary != null
                && statement.Topic!.CareTypes.Any(careType => document.CareTypes.Select(own => own.Id).Contains(careType.Id)));
            document.Sections.Where(section => section.Role != SectionRole.Body).Should().NotBeEmpty("{0} has contents and contact sections", file);
            document.Assignments.Should().OnlyContain(assignment => assignment.ConfirmedBy == null, "the first start files automatically");
            var matter = document.Sections.Where(section => section.Role != SectionRole.Body).Select(section => section.Id).ToHashSet();
            document.Assignments.Should().NotContain(assignment => matter.Contains(assignment.DocumentSectionId));
        }

        var asrSections = await context.DocumentSections.Where(section => section.SourceDocument!.FileName == AsrPolicy).ToListAsync();
        asrSections.Single(section => section.Title == "Inhoudsopgave").Role.Should().Be(SectionRole.FrontMatter);
        asrSections.Single(section => section.Title == "Contactgegevens").Role.Should().Be(SectionRole.BackMatter);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_second_insurers_msz_text_lines_up_with_Zorg_en_Zekerheid_on_at_least_six_topics(DatabaseProvider provider)
    {
        await using var portal = await SeededAsync(provider);
        var file = LabelledText("msz-2024-vgz.txt");

        var summary = await portal.Importer.ImportAsync(new ImportRequest(file, 2024, ["msz"], "vgz", Format: SourceFormat.PolicyText));

        await using var context = portal.Database.CreateContext();
        var topicsByPurchaser = await context.Statements
            .Where(statement => statement.PolicyDocument!.ValidFromYear <= 2024 && statement.PolicyDocument.ValidToYear >= 2024
                && statement.PolicyDocument.CareTypes.Any(careType => careType.Slug == "msz"))
            .Select(statement => new { Purchaser = statement.PolicyDocument!.Purchaser!.Slug, statement.Topic!.Slug })
            .ToListAsync();
        var shared = topicsByPurchaser.Where(row => row.Purchaser == "vgz").Select(row => row.Slug)
            .Intersect(topicsByPurchaser.Where(row => row.Purchaser == "zorg-en-zekerheid").Select(row => row.Slug))
            .ToList();
        output.WriteLine($"{summary.Statements} onderwerpen voor VGZ; gedeeld met Zorg en Zekerheid: {shared.Count} ({string.Join(", ", shared)})");
        shared.Should().HaveCountGreaterThanOrEqualTo(6, "two insurers' msz policies meet on the same codebook rows");
        summary.Notes.Should().Contain(note => note.StartsWith("Ingedeeld op de onderwerpen van de zorgsoort", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Editors_decisions_are_kept_and_rewrite_the_matrix_statements(DatabaseProvider provider)
    {
        await using var portal = await SeededAsync(provider);
        var filing = portal.Services.GetRequiredService<DocumentFilingService>();
        int documentId;
        await using (var context = portal.Database.CreateContext())
        {
            documentId = await context.PolicyDocuments.Where(document => document.ImportSource!.FileName == ZorgEnZekerheidMsz).Select(document => document.Id).SingleAsync();
        }

        var before = (await filing.GetAsync(documentId))!;
        var passage = before.Sections.SelectMany(section => section.Passages.Select(passage => (Section: section, Passage: passage)))
            .First(item => item.Passage.Assignments.Count == 1 && item.Section.ParagraphCount >= 2);
        var moved = passage.Passage.Assignments[0];
        var target = before.Codebook.SelectMany(group => group.Topics).First(topic => topic.Id != moved.TopicId && topic.Slug == "innovatie");
        var nowhere = before.Sections.SelectMany(section => section.Passages.Select(passage => (Section: section, Passage: passage)))
            .First(item => item.Section.Id != passage.Section.Id && item.Passage.Assignments.Count > 0);

        (await filing.AcceptAboveAsync(documentId, 60)).Succeeded.Should().BeTrue();
        (await filing.MoveAsync(documentId, moved.Id, target.Id)).Succeeded.Should().BeTrue();
        (await filing.LeaveUnassignedAsync(documentId, nowhere.Section.Id, nowhere.Passage.FirstParagraph, nowhere.Passage.LastParagraph)).Succeeded.Should().BeTrue();
        (await filing.SplitAsync(documentId, passage.Section.Id, 1)).Succeeded.Should().BeTrue();
        var report = await portal.Services.GetRequiredService<CodebookUpgrade>().RunAsync();

        report.DocumentsFiled.Should().Be(0, "every policy text already has its filing");
        var after = (await filing.GetAsync(documentId))!;
        var movedSection = after.Sections.Single(section => section.Id == passage.Section.Id);
        movedSection.Passages.Should().HaveCountGreaterThanOrEqualTo(2, "the section was split");
        movedSection.Passages.SelectMany(item => item.Assignments).Should().Contain(assignment => assignment.TopicId == target.Id && !assignment.IsAutomatic);
        after.Sections.Single(section => section.Id == nowhere.Section.Id).Passages
            .Single(item => item.FirstParagraph == nowhere.Passage.FirstParagraph).LeftUnassigned.Should().BeTrue();

        await using var check = portal.Database.CreateContext();
        var innovation = await check.Statements.SingleAsync(statement => statement.PolicyDocumentId == documentId && statement.Topic!.Slug == "innovatie");
        innovation.GeneratedSummary.Should().NotBeNull();
        innovation.SourceLocation.Should().Contain(passage.Section.Title);
        (await check.AuditEntries.CountAsync(entry => entry.EntityType == nameof(TopicAssignment) && entry.UserId == FixedActor.Editor.Actor.UserId))
            .Should().BeGreaterThan(0, "every decision is in the history under the editor's name");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_seed_imported_again_after_its_document_was_deleted_is_filed_the_same_way(DatabaseProvider provider)
    {
        await using var portal = await SeededAsync(provider);
        List<string> first;
        await using (var context = portal.Database.CreateContext())
        {
            var document = await context.PolicyDocuments.Include(candidate => candidate.Statements).ThenInclude(statement => statement.Topic)
                .SingleAsync(candidate => candidate.ImportSource!.FileName == AsrPolicy);
            first = document.Statements.Select(statement => statement.Topic!.Slug).Order().ToList();
            context.PolicyDocuments.Remove(document);
            await context.SaveChangesAsync();
        }

        await portal.Importer.ImportAsync(new ImportRequest(RepositoryPaths.Source(AsrPolicy), 2023, ["elv", "grz", "gzsp"], "asr", Format: SourceFormat.PolicyText));

        await using var check = portal.Database.CreateContext();
        var again = await check.Statements.Where(statement => statement.PolicyDocument!.Purchaser!.Slug == "asr" && statement.PolicyDocument.ValidFromYear == 2023)
            .Select(statement => statement.Topic!.Slug).ToListAsync();
        again.Order().Should().Equal(first, "the same text against the same codebook gives the same filing");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_codebook_command_retires_heading_topics_and_moves_an_editors_statement_with_its_history(DatabaseProvider provider)
    {
        await using var portal = await SeededAsync(provider);
        int documentId, editedId, untouchedId;
        await using (var context = portal.Database.CreateContext())
        {
            // A database from before the codebook: the policy text's cells stand on topics made from its headings.
            var document = await context.PolicyDocuments.Include(candidate => candidate.Assignments).Include(candidate => candidate.Statements)
                .SingleAsync(candidate => candidate.ImportSource!.FileName == ZorgEnZekerheidMsz);
            documentId = document.Id;
            context.TopicAssignments.RemoveRange(document.Assignments);
            context.Statements.RemoveRange(document.Statements);
            var msz = await context.CareTypes.SingleAsync(careType => careType.Slug == "msz");
            var vision = new Topic { Slug = "dit-zijn-wij", Name = "Dit zijn wij", CareTypes = [msz] };
            var green = new Topic { Slug = "groene-ok", Name = "Groene OK", CareTypes = [msz] };
            var untouched = new Statement { Topic = vision, Status = StatementStatus.Content, BodyMarkdown = "Wij zijn een coöperatieve zorgverzekeraar.", BodyHtml = "<p>Wij zijn een coöperatieve zorgverzekeraar.</p>", SourceLocation = "Dit zijn wij" };
            var edited = new Statement { Topic = green, Status = StatementStatus.Content, BodyMarkdown = "Ziekenhuizen verminderen hun CO2-uitstoot en afval.", BodyHtml = "<p>Ziekenhuizen verminderen hun CO2-uitstoot en afval.</p>", SourceLocation = "Groene OK" };
            document.Statements.AddRange([untouched, edited]);
            await context.SaveChangesAsync();
            (editedId, untouchedId) = (edited.Id, untouched.Id);

            context.Actor = FixedActor.Editor.Actor;
            edited.BodyMarkdown = "Ziekenhuizen verminderen hun CO2-uitstoot, afval en energiegebruik (green deal duurzame zorg).";
            edited.BodyHtml = "<p>Ziekenhuizen verminderen hun CO2-uitstoot, afval en energiegebruik (green deal duurzame zorg).</p>";
            await context.SaveChangesAsync();
        }

        var report = await portal.Services.GetRequiredService<CodebookUpgrade>().RunAsync();
        var again = await portal.Services.GetRequiredService<CodebookUpgrade>().RunAsync();

        output.WriteLine($"{report.DocumentsFiled} ingedeeld, {report.StatementsReplaced} vervangen, {report.StatementsMoved} verplaatst, {report.TopicsRetired} opgeheven");
        (report.DocumentsFiled, report.StatementsReplaced, report.StatementsMoved, report.TopicsRetired).Should().Be((1, 1, 1, 2));
        (again.DocumentsFiled, again.StatementsMoved, again.TopicsRetired, again.TopicsAdded).Should().Be((0, 0, 0, 0), "the command is idempotent");
        await using var check = portal.Database.CreateContext();
        (await check.Topics.AnyAsync(topic => topic.Slug == "dit-zijn-wij" || topic.Slug == "groene-ok")).Should().BeFalse("heading-topics are retired");
        var moved = await check.Statements.Include(statement => statement.Topic).SingleAsync(statement => statement.Id == editedId);
        moved.Topic!.Slug.Should().Be("duurzaamheid", "the editor's text is about sustainability");
        moved.BodyMarkdown.Should().Contain("green deal", "the editor's change is kept");
        (await check.Statements.AnyAsync(statement => statement.Id == untouchedId)).Should().BeFalse("a statement nobody changed is replaced by the filing");
        (await check.Statements.CountAsync(statement => statement.PolicyDocumentId == documentId && statement.Topic!.Slug == "duurzaamheid"))
            .Should().Be(1, "the editor's statement takes the place of the filed summary on its topic");
        (await check.TopicAssignments.CountAsync(assignment => assignment.PolicyDocumentId == documentId)).Should().BeGreaterThan(5);
    }

    private static HashSet<string> CodebookSlugs()
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryPaths.Root, "data", "reference", "codebook.json"));
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.GetProperty("topics").EnumerateArray().Select(topic => topic.GetProperty("slug").GetString()!).ToHashSet();
    }

    /// <summary>A policy text of the labelled set, wherever it stands (tuning or held-out).</summary>
    private static string LabelledText(string fileName) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "InkoopPortal.TestSupport", "Codebook"), fileName, SearchOption.AllDirectories).Single();

    private static async Task<Seeded> SeededAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        var services = PortalServices.For(database, collection => collection
            .AddSingleton<IPortalAuthorization>(FixedAuthorization.Allowed)
            .AddSingleton<ICurrentActor>(FixedActor.Editor));
        await services.GetRequiredService<FirstStartSeeder>().SeedIfEmptyAsync(importShippedSources: true, CancellationToken.None);
        return new Seeded(database, services);
    }

    private sealed record Seeded(TestDatabase Database, ServiceProvider Services) : IAsyncDisposable
    {
        public ISourceImporter Importer => Services.GetRequiredService<ISourceImporter>();

        public async ValueTask DisposeAsync()
        {
            await Services.DisposeAsync();
            await Database.DisposeAsync();
        }
    }
}
