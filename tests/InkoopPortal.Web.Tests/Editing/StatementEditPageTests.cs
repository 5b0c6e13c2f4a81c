using System.Net;
using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain.Documents;
using InkoopPortal.TestSupport;
using InkoopPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Editing;

/// <summary>The statement edit page as the server renders it (before the circuit takes over).</summary>
public class StatementEditPageTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    private async Task<HttpClient> SignedInAsync(UserRole role)
    {
        var email = $"stelling-{Guid.NewGuid():N}@voorbeeld.nl";
        await factory.CreateUserAsync(email, role, "Rita Redacteur");
        var client = factory.CreateBrowser();
        await client.SignInOrFailAsync(email);
        return client;
    }

    private async Task<Statement> AnyStatementAsync()
    {
        await using var context = factory.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
        return await context.Statements.AsNoTracking().Include(statement => statement.Topic)
            .Where(statement => statement.Status == StatementStatus.Content).OrderBy(statement => statement.Id).FirstAsync();
    }

    [Fact]
    public async Task An_editor_gets_the_form_with_the_stored_text_the_preview_and_the_history()
    {
        var statement = await AnyStatementAsync();
        var editor = await SignedInAsync(UserRole.Editor);

        var (response, page) = await editor.GetPageAsync($"/redactie/stellingen/{statement.Id}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.Should().Be(statement.Topic!.Name);
        page.QuerySelector("textarea#tekst")!.TextContent.Should().Be(statement.BodyMarkdown);
        page.QuerySelector("#tekst")!.HasAttribute("maxlength").Should().BeFalse("a browser would silently cut a longer paste");
        page.QuerySelector("#tekst-hulp")!.TextContent.Should().Contain("van 20.000 tekens", "the limit the editor validates is shown");
        page.QuerySelector("[data-testid='tekst-voorbeeld'] .cell-body")!.InnerHtml.Should().Be(statement.BodyHtml);
        page.QuerySelector("select#status option[selected]")?.TextContent.Should().Be("Beleid beschreven");
        page.QuerySelector("[data-testid='geschiedenis'] h2")!.TextContent.Should().Be("Geschiedenis");
        page.QuerySelector("[data-testid='versie-1']")!.TextContent.Should().Contain("Aangemaakt");
    }

    [Fact]
    public async Task An_unknown_statement_gets_a_Dutch_message_not_an_error_page()
    {
        var editor = await SignedInAsync(UserRole.Editor);

        var (response, page) = await editor.GetPageAsync("/redactie/stellingen/999999");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.Should().Be("Cel niet gevonden");
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in_and_readers_are_refused()
    {
        var statement = await AnyStatementAsync();
        var reader = await SignedInAsync(UserRole.Reader);

        using var anonymous = await factory.CreateBrowser().GetAsync($"/redactie/stellingen/{statement.Id}");
        using var refused = await reader.GetAsync($"/redactie/stellingen/{statement.Id}");

        anonymous.StatusCode.Should().Be(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.OriginalString.Should().Contain("/account/inloggen?returnUrl=");
        refused.StatusCode.Should().Be(HttpStatusCode.Redirect);
        refused.Headers.Location!.OriginalString.Should().Contain("/account/geen-toegang");
    }
}
