using System.Net;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Documents;
using InkoopPortal.TestSupport;
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
                BodyMarkdown = "",
                SortOrder = 100_000 + number,
            })
            .ToList();
        context.DocumentSections.AddRange(sections);
        await context.SaveChangesAsync();
        return (document.Id, sections[^1].Id);
    }
}
