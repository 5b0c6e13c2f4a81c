using System.Net;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Documents;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Security;
using InkoopPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Documents;

/// <summary>
/// Finding 1 of issue 12: a 50 MB policy text made /documenten/{id} answer 146 MB to anyone. Every answer that shows
/// a document stays under <see cref="MaximumAnswerBytes"/> however large the document is, and still shows the first
/// part and the way to the rest (ADR-022).
/// </summary>
public class HugeDocumentTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    /// <summary>The bound ADR-022 promises for any page or API answer about one document.</summary>
    private const int MaximumAnswerBytes = 2 * 1024 * 1024;

    private const int Sections = 5_000;

    [Fact]
    public async Task A_50_MB_document_is_shown_in_parts_and_no_anonymous_answer_about_it_exceeds_2_MB()
    {
        var (documentId, lastSectionId) = await StoreHugeDocumentAsync();
        var anonymous = factory.CreateClient();

        var first = await GetAsync(anonymous, $"/documenten/{documentId}");
        first.Should().Contain("Hoofdstuk 1 ").And.Contain("Deel 1 van").And.Contain("volgende").And.NotContain($"Hoofdstuk {Sections} ");
        var second = await GetAsync(anonymous, $"/documenten/{documentId}?deel=2");
        second.Should().Contain("Deel 2 van").And.Contain("vorige").And.NotContain("Hoofdstuk 1 ");
        var linked = await GetAsync(anonymous, $"/documenten/{documentId}?sectie={lastSectionId}");
        linked.Should().Contain($"Hoofdstuk {Sections} ", "a link to a section opens the part that holds it").And.NotContain("volgende ›");
        await GetAsync(anonymous, $"/api/v1/documents/{documentId}");

        // The editors' filing page shows the same parts; its totals still count the whole document.
        var editor = await SignedInEditorAsync();
        var filing = await GetAsync(editor, $"/redactie/documenten/{documentId}/indelen");
        filing.Should().Contain("Hoofdstuk 1 ").And.Contain("Deel 1 van").And.Contain("volgende").And.NotContain($"Hoofdstuk {Sections} ");
        var filingLinked = await GetAsync(editor, $"/redactie/documenten/{documentId}/indelen?sectie={lastSectionId}");
        filingLinked.Should().Contain($"Hoofdstuk {Sections} ").And.Contain("vorige").And.NotContain("Hoofdstuk 1 ");
    }

    [Fact]
    public async Task A_document_with_one_10_MB_section_is_cut_between_paragraphs_and_no_answer_exceeds_2_MB()
    {
        var paragraphs = Enumerable.Range(1, 1_000)
            .Select(number => $"<p>Alinea {number}: " + string.Concat(Enumerable.Repeat("Zorgaanbieders leveren passende zorg. ", 270)) + "</p>")
            .ToList();
        var body = string.Concat(paragraphs);
        body.Length.Should().BeGreaterThan(10_000_000);
        var markdown = string.Join("\n\n", paragraphs.Select(paragraph => paragraph[3..^4]));
        var (documentId, sectionId, cellUrl) = await StoreSectionAsync(body, markdown);
        var anonymous = factory.CreateClient();

        var linked = await GetAsync(anonymous, $"/documenten/{documentId}?sectie={sectionId}");
        linked.Should().Contain("Alinea 1:").And.Contain("volgende ›").And.NotContain("Alinea 1000:");
        var parts = int.Parse(System.Text.RegularExpressions.Regex.Match(linked, @"Deel \d+ van (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        parts.Should().BeGreaterThan(30, "10 MB in parts of 256 K characters");
        var last = await GetAsync(anonymous, $"/documenten/{documentId}?deel={parts}");
        last.Should().Contain("Alinea 1000:").And.Contain("‹ vorige");
        foreach (var page in new[] { linked, last })
        {
            paragraphs.Count(page.Contains).Should().Be(
                System.Text.RegularExpressions.Regex.Matches(page, @"Alinea \d+:").Count, "no paragraph is cut in two");
        }

        // The cell page shows the passage's first blocks and leads to the rest in the document.
        var cell = await GetAsync(anonymous, cellUrl);
        cell.Should().Contain("Alinea 1:").And.NotContain("Alinea 1000:").And.Contain("Lees verder in het document")
            .And.Contain($"/documenten/{documentId}?sectie={sectionId}");

        // So does the editors' filing page for the part that holds the section.
        var filing = await GetAsync(await SignedInEditorAsync(), $"/redactie/documenten/{documentId}/indelen?sectie={sectionId}");
        filing.Should().Contain("Alinea 1:").And.NotContain("Alinea 1000:").And.Contain("Lees verder in het document");
    }

    private async Task<HttpClient> SignedInEditorAsync()
    {
        var email = $"groot-{Guid.NewGuid():N}@voorbeeld.nl";
        await factory.CreateUserAsync(email, InkoopPortal.Application.Accounts.UserRole.Editor, "Gerda Groot");
        var client = factory.CreateBrowser();
        await client.SignInOrFailAsync(email);
        return client;
    }

    /// <summary>
    /// A published policy text (another than the 50 MB one) with one section of <paramref name="bodyHtml"/> added, filed
    /// (confirmed) under a topic the document already has passages on; with the address of that cell's page.
    /// </summary>
    private async Task<(int DocumentId, int SectionId, string CellUrl)> StoreSectionAsync(string bodyHtml, string bodyMarkdown)
    {
        await using var context = factory.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
        context.Actor = AuditActor.System;
        var filed = await context.TopicAssignments
            .Where(assignment => assignment.TopicId != null && assignment.PolicyDocument!.Status == DocumentStatus.Published)
            .OrderByDescending(assignment => assignment.PolicyDocumentId)
            .Select(assignment => new { assignment.PolicyDocumentId, TopicId = assignment.TopicId!.Value, Topic = assignment.Topic!.Slug })
            .FirstAsync();
        var document = await context.PolicyDocuments.Include(candidate => candidate.Purchaser).Include(candidate => candidate.CareTypes)
            .SingleAsync(candidate => candidate.Id == filed.PolicyDocumentId);
        var section = new DocumentSection
        {
            PolicyDocumentId = document.Id,
            Title = "Een heel lang hoofdstuk",
            Level = 1,
            BodyHtml = bodyHtml,
            BodyMarkdown = bodyMarkdown,
            SortOrder = 200_000,
        };
        context.DocumentSections.Add(section);
        context.TopicAssignments.Add(new TopicAssignment
        {
            PolicyDocumentId = document.Id, Section = section, TopicId = filed.TopicId, ConfirmedBy = "Gerda Groot", ConfirmedAt = DateTimeOffset.UtcNow,
        });
        await context.SaveChangesAsync();
        var cellUrl = InkoopPortal.Application.Comparison.MatrixHtmlWriter.CellDetailUrl(
            document.ValidFromYear, document.CareTypes[0].Slug, document.Purchaser!.Slug, filed.Topic);
        return (document.Id, section.Id, cellUrl);
    }

    private static async Task<string> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, path);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Length.Should().BeLessThan(MaximumAnswerBytes, $"{path} answers at most 2 MB");
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    /// <summary>A published policy text of the seeded data with 5,000 sections of 10 KB each added (50 MB of text).</summary>
    private async Task<(int DocumentId, int LastSectionId)> StoreHugeDocumentAsync()
    {
        await using var context = factory.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
        context.Actor = AuditActor.System;
        var document = await context.PolicyDocuments
            .Where(candidate => candidate.Status == DocumentStatus.Published && candidate.Kind == PolicyDocumentKind.PurchasingPolicy)
            .OrderBy(candidate => candidate.Id)
            .FirstAsync();
        var paragraph = "<p>" + string.Concat(Enumerable.Repeat("Zorgaanbieders leveren passende zorg in de regio. ", 200)) + "</p>";
        var sections = Enumerable.Range(1, Sections)
            .Select(number => new DocumentSection
            {
                PolicyDocumentId = document.Id,
                Title = $"Hoofdstuk {number} ",
                Level = 1,
                BodyHtml = paragraph,
                BodyMarkdown = paragraph[3..^4],
                SortOrder = 100_000 + number,
            })
            .ToList();
        context.DocumentSections.AddRange(sections);
        await context.SaveChangesAsync();
        return (document.Id, sections[^1].Id);
    }
}
