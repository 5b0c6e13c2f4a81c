using System.Globalization;
using System.Net;
using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Codebook;
using InkoopPortal.Application.Codebook.Mapping;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain.Documents;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Security;
using InkoopPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Editing;

/// <summary>
/// The filing page "Indelen" as the server renders it (before the circuit takes over): a seeded policy text's sections
/// beside its care type's codebook, the bar with threshold and counts, and who may open it.
/// </summary>
public class FilingPageTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    private async Task<HttpClient> SignedInAsync(UserRole role)
    {
        var email = $"indelen-{Guid.NewGuid():N}@voorbeeld.nl";
        await factory.CreateUserAsync(email, role, "Ina Indeler");
        var client = factory.CreateBrowser();
        await client.SignInOrFailAsync(email);
        return client;
    }

    /// <summary>A seeded policy text (the first start imports the shipped sources): its sections and assignments as stored.</summary>
    private async Task<SeededText> PolicyTextAsync()
    {
        await using var context = factory.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
        var document = await context.PolicyDocuments.AsNoTracking()
            .Include(candidate => candidate.CareTypes)
            .Where(candidate => candidate.Kind != PolicyDocumentKind.Presentation && candidate.Sections.Any())
            .OrderBy(candidate => candidate.Id)
            .FirstAsync();
        var sections = await context.DocumentSections.AsNoTracking().Where(section => section.PolicyDocumentId == document.Id).ToListAsync();
        var filed = await context.TopicAssignments.AsNoTracking()
            .CountAsync(assignment => assignment.PolicyDocumentId == document.Id && assignment.TopicId != null);
        var careTypeIds = document.CareTypes.Select(careType => careType.Id).ToList();
        var topics = await context.Topics.AsNoTracking().CountAsync(topic => topic.CareTypes.Any(careType => careTypeIds.Contains(careType.Id)));
        return new SeededText(document.Id, document.Title, sections.Count, sections.Count(section => section.Role != SectionRole.Body), filed, topics);
    }

    private sealed record SeededText(int Id, string Title, int Sections, int MatterSections, int FiledAssignments, int CodebookTopics);

    [Fact]
    public async Task An_editor_gets_every_section_beside_the_codebook_with_the_threshold_and_the_counts()
    {
        var text = await PolicyTextAsync();
        var editor = await SignedInAsync(UserRole.Editor);

        var (response, page) = await editor.GetPageAsync($"/redactie/documenten/{text.Id}/indelen");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.Should().Be($"Indelen: {text.Title}");
        page.Title.Should().Be($"Indelen: {text.Title} – Redactie – InkoopPortal");
        page.QuerySelectorAll("nav.breadcrumbs a").Select(link => link.GetAttribute("href")).Should()
            .Equal("redactie", $"redactie/documenten/{text.Id}");
        page.QuerySelectorAll("[data-testid='sectie']").Length.Should().Be(text.Sections);
        page.QuerySelectorAll("[data-testid='sectie'] > h3, [data-testid='sectie'] > h4, [data-testid='sectie'] > h5, [data-testid='sectie'] > h6")
            .Length.Should().Be(text.Sections, "every section has a heading of its own");
        page.QuerySelectorAll("[data-testid='rol']").Length.Should().Be(text.MatterSections);
        page.QuerySelectorAll("[data-testid='codeboek-onderwerp']").Length.Should().Be(text.CodebookTopics);

        page.QuerySelector("input#drempel")!.GetAttribute("value").Should().Be(TopicScorer.Threshold.ToString(CultureInfo.InvariantCulture));
        var automatic = int.Parse(page.QuerySelector("[data-testid='aantal-automatisch']")!.TextContent, CultureInfo.InvariantCulture);
        var confirmed = int.Parse(page.QuerySelector("[data-testid='aantal-bevestigd']")!.TextContent, CultureInfo.InvariantCulture);
        (automatic + confirmed).Should().Be(text.FiledAssignments, "every stored assignment shows on the page");
        page.QuerySelectorAll("[data-testid='indeling']").Length.Should().Be(text.FiledAssignments);
        page.QuerySelector("[role='status'][data-testid='indeling-melding']").Should().NotBeNull("results are announced in a live region");
        page.QuerySelectorAll("button").Select(button => button.TextContent.Trim()).Should().Contain("Alles boven de drempel overnemen");

        // Each topic with a cell in this document links to its summary's edit page.
        await using var context = factory.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
        var statementIds = await context.Statements.AsNoTracking().Where(statement => statement.PolicyDocumentId == text.Id && statement.CareTypeId == null)
            .Select(statement => statement.Id).ToListAsync();
        page.QuerySelectorAll("[data-testid='samenvatting-bewerken']").Select(link => link.GetAttribute("href")).Should()
            .BeEquivalentTo(statementIds.Select(id => $"redactie/stellingen/{id}"), "every summary the filing wrote is editable from here");
    }

    [Fact]
    public async Task A_split_half_whose_topic_was_removed_stays_on_the_page_as_a_passage_without_a_topic()
    {
        var text = await PolicyTextAsync();
        var filing = new DocumentFilingService(
            factory.Services.GetRequiredService<IPortalDbContextFactory>(), FixedAuthorization.Allowed, FixedActor.Editor, TimeProvider.System);
        var before = (await filing.GetAsync(text.Id))!;
        var section = before.Sections.First(candidate =>
            candidate.Role == SectionRole.Body && candidate.ParagraphCount >= 3 && candidate.Passages is [{ IsWholeSection: true }]);
        var topic = before.Codebook.SelectMany(group => group.Topics).First();
        var rest = $"alinea 2–{section.ParagraphCount}";

        (await filing.AssignAsync(text.Id, section.Id, null, null, topic.Id)).Succeeded.Should().BeTrue();
        (await filing.SplitAsync(text.Id, section.Id, 1)).Should().Be(new FilingResult(true, $"'{section.Label}' gesplitst vóór alinea 2."));
        var halves = (await filing.GetAsync(text.Id))!.Sections.Single(candidate => candidate.Id == section.Id).Passages;
        halves.Select(passage => passage.RangeText).Should().Equal("alinea 1", rest);
        halves.Should().AllSatisfy(half => half.Assignments.Should().ContainSingle(assignment => assignment.TopicId == topic.Id && !assignment.IsAutomatic));
        (await filing.SplitAsync(text.Id, section.Id, 1)).Should().Be(new FilingResult(false, "Alinea 2 begint al een eigen passage."));

        (await filing.RemoveAsync(text.Id, halves[1].Assignments.Single(assignment => assignment.TopicId == topic.Id).Id)).Succeeded.Should().BeTrue();

        var after = (await filing.GetAsync(text.Id))!.Sections.Single(candidate => candidate.Id == section.Id).Passages;
        after.Select(passage => passage.RangeText).Should().Equal("alinea 1", rest);
        after[1].Assignments.Where(assignment => assignment.TopicId == topic.Id).Should().BeEmpty();
        var editor = await SignedInAsync(UserRole.Editor);
        var (_, page) = await editor.GetPageAsync($"/redactie/documenten/{text.Id}/indelen");
        var shown = page.QuerySelectorAll("[data-testid='sectie']").Single(candidate => candidate.QuerySelector("h3, h4, h5, h6")!.TextContent == section.Label);
        shown.QuerySelectorAll("[data-testid='passage'] > details > summary").Select(summary => summary.TextContent)
            .Should().Equal("Tekst (alinea 1)", $"Tekst ({rest})");
    }

    [Fact]
    public async Task The_edit_page_and_for_editors_only_the_document_page_link_to_the_filing_page()
    {
        var text = await PolicyTextAsync();
        var editor = await SignedInAsync(UserRole.Editor);
        var filingPath = $"redactie/documenten/{text.Id}/indelen";

        var (_, editPage) = await editor.GetPageAsync($"/redactie/documenten/{text.Id}");
        var (_, documentPage) = await editor.GetPageAsync($"/documenten/{text.Id}");
        var (_, anonymousPage) = await factory.CreateBrowser().GetPageAsync($"/documenten/{text.Id}");

        editPage.QuerySelectorAll($"a[href='{filingPath}']").Select(link => link.TextContent.Trim()).Should().Equal("Indelen");
        documentPage.QuerySelectorAll($"a[href='{filingPath}']").Select(link => link.TextContent.Trim()).Should().Equal("Indelen");
        anonymousPage.QuerySelector("h1")!.TextContent.Should().Be(text.Title);
        anonymousPage.QuerySelectorAll($"a[href='{filingPath}']").Should().BeEmpty();
    }

    [Fact]
    public async Task An_unknown_document_and_a_presentation_get_a_Dutch_message_not_an_error_page()
    {
        await using var context = factory.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
        var presentation = await context.PolicyDocuments.AsNoTracking()
            .Where(document => document.Kind == PolicyDocumentKind.Presentation).Select(document => document.Id).FirstAsync();
        var editor = await SignedInAsync(UserRole.Editor);

        foreach (var id in new[] { 999999, presentation })
        {
            var (response, page) = await editor.GetPageAsync($"/redactie/documenten/{id}/indelen");

            response.StatusCode.Should().Be(HttpStatusCode.OK);
            page.QuerySelector("h1")!.TextContent.Should().Be("Document niet gevonden");
            page.Body!.TextContent.Should().Contain($"Er is geen beleidstekst met hoofdstukken met nummer {id}");
        }
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in_and_readers_are_refused()
    {
        var text = await PolicyTextAsync();
        var path = $"/redactie/documenten/{text.Id}/indelen";
        var reader = await SignedInAsync(UserRole.Reader);

        using var anonymous = await factory.CreateBrowser().GetAsync(path);
        using var refused = await reader.GetAsync(path);

        anonymous.StatusCode.Should().Be(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.OriginalString.Should().Contain("/account/inloggen?returnUrl=");
        refused.StatusCode.Should().Be(HttpStatusCode.Redirect);
        refused.Headers.Location!.OriginalString.Should().Contain("/account/geen-toegang");
    }
}
