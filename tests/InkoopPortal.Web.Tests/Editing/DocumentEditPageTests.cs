using System.Net;
using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Persistence;
using InkoopPortal.TestSupport;
using InkoopPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Editing;

/// <summary>The document edit page and the recycle bin as the server renders them (before the circuit takes over).</summary>
public class DocumentEditPageTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    private async Task<HttpClient> SignedInAsync(UserRole role)
    {
        var email = $"document-{Guid.NewGuid():N}@voorbeeld.nl";
        await factory.CreateUserAsync(email, role, "Rita Redacteur");
        var client = factory.CreateBrowser();
        await client.SignInOrFailAsync(email);
        return client;
    }

    [Fact]
    public async Task An_editor_gets_the_details_form_the_cells_per_topic_and_the_lists_of_the_document()
    {
        await using var context = factory.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
        var document = await context.PolicyDocuments.AsNoTracking()
            .Where(candidate => candidate.Deadlines.Any() && candidate.Statements.Any())
            .Select(candidate => new { candidate.Id, candidate.Title, Deadlines = candidate.Deadlines.Count, Statements = candidate.Statements.Count })
            .FirstAsync();
        var editor = await SignedInAsync(UserRole.Editor);

        var (response, page) = await editor.GetPageAsync($"/redactie/documenten/{document.Id}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.Should().Be(document.Title);
        page.QuerySelector("input#titel")!.GetAttribute("value").Should().Be(document.Title);
        page.QuerySelector("[data-testid='document-status']")!.TextContent.Should().BeOneOf("Gepubliceerd", "Concept");
        page.QuerySelectorAll("[data-testid='cellen'] a[href^='redactie/stellingen/']").Length.Should().Be(document.Statements);
        page.QuerySelectorAll("[data-testid='termijnen-item']").Length.Should().Be(document.Deadlines);
        page.QuerySelector("[data-testid='kengetallen'] h2")!.TextContent.Should().Be("Kengetallen");
    }

    [Fact]
    public async Task An_unknown_document_gets_a_Dutch_message_not_an_error_page()
    {
        var editor = await SignedInAsync(UserRole.Editor);

        var (response, page) = await editor.GetPageAsync("/redactie/documenten/999999");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.Should().Be("Document niet gevonden");
    }

    [Theory]
    [InlineData("/redactie/documenten/1")]
    [InlineData("/redactie/prullenbak")]
    public async Task Anonymous_users_are_sent_to_sign_in_and_readers_are_refused(string path)
    {
        var reader = await SignedInAsync(UserRole.Reader);

        using var anonymous = await factory.CreateBrowser().GetAsync(path);
        using var refused = await reader.GetAsync(path);

        anonymous.StatusCode.Should().Be(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.OriginalString.Should().Contain("/account/inloggen?returnUrl=");
        refused.StatusCode.Should().Be(HttpStatusCode.Redirect);
        refused.Headers.Location!.OriginalString.Should().Contain("/account/geen-toegang");
    }

    [Fact]
    public async Task The_recycle_bin_opens_for_an_editor()
    {
        var editor = await SignedInAsync(UserRole.Editor);

        var (response, page) = await editor.GetPageAsync("/redactie/prullenbak");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.Should().Be("Prullenbak");
        (page.QuerySelector("[data-testid='prullenbak']") ?? page.QuerySelector("[data-testid='prullenbak-leeg']")).Should().NotBeNull();
    }
}
