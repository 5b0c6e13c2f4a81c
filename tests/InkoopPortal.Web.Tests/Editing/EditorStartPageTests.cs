using System.Net;
using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.PolicyYears;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Documents;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Security;
using InkoopPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Editing;

/// <summary>The editors' start page (/redactie) and its menu link.</summary>
public class EditorStartPageTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    private async Task<HttpClient> SignedInAsync(UserRole role)
    {
        var email = $"start-{Guid.NewGuid():N}@voorbeeld.nl";
        await factory.CreateUserAsync(email, role);
        var client = factory.CreateBrowser();
        await client.SignInOrFailAsync(email);
        return client;
    }

    [Fact]
    public async Task Editors_see_every_document_with_drafts_marked_and_links_to_edit_and_to_a_new_year()
    {
        int sourceId;
        await using (var context = factory.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext())
        {
            sourceId = await context.PolicyDocuments.Where(document => document.Status == DocumentStatus.Published)
                .OrderBy(document => document.Id).Select(document => document.Id).FirstAsync();
        }

        var draft = await factory.Services.GetRequiredService<NewPolicyYearService>().CreateDraftAsync(sourceId, FixedAuthorization.Allowed, AuditActor.System);
        draft.Succeeded.Should().BeTrue(draft.Message);
        var editor = await SignedInAsync(UserRole.Editor);

        var (response, page) = await editor.GetPageAsync("/redactie");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var rows = page.QuerySelectorAll("[data-testid='redactie-documenten'] tbody tr");
        var draftRow = rows.Single(row => row.QuerySelector($"a[href='redactie/documenten/{draft.DocumentId}']") is not null);
        draftRow.TextContent.Should().Contain("Concept");
        draftRow.QuerySelector("a[href$='/nieuw-jaar']").Should().BeNull("a draft is not the start of a new year");
        var sourceRow = rows.Single(row => row.QuerySelector($"a[href='redactie/documenten/{sourceId}']") is not null);
        sourceRow.TextContent.Should().NotContain("Concept");
        sourceRow.QuerySelector($"a[href='redactie/documenten/{sourceId}/nieuw-jaar']").Should().NotBeNull();
        page.QuerySelector("main a[href='redactie/import']").Should().NotBeNull();
        page.QuerySelector("nav a[href='redactie']").Should().NotBeNull("editors get the Redactie menu link");
    }

    [Fact]
    public async Task Readers_get_no_Redactie_menu_link()
    {
        var reader = await SignedInAsync(UserRole.Reader);

        var (_, page) = await reader.GetPageAsync("/");

        page.QuerySelector("nav a[href='inkopers']").Should().NotBeNull();
        page.QuerySelector("nav a[href='redactie']").Should().BeNull();
    }
}
