using System.Text.RegularExpressions;
using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Editing;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Documents;
using InkoopPortal.TestSupport.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.EndToEndTests.Editing;

/// <summary>
/// An editor edits a statement in Chromium: live preview, save, history with a word diff, restoring a version, and a
/// save conflict with someone else that ends in a merge. Each test puts the statement's original text back.
/// </summary>
public class StatementEditingTests(PortalFixture portal, ITestOutputHelper output) : PortalPageTest(portal, output)
{
    private static readonly AuditActor Anna = new("user-anna", "Anna de Vries");

    [Fact]
    public Task An_editor_edits_saves_compares_and_restores_the_first_version() => RunAsync(async () =>
    {
        var (id, original) = await PickStatementAsync();
        try
        {
            await SignInAndOpenAsync(id);
            var edited = original + "\n\nExtra zin van de redactie.";

            await Page.GetByTestId("tekst").FillAsync(edited);
            await Expect(Page.GetByTestId("tekst-voorbeeld")).ToContainTextAsync("Extra zin van de redactie.");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();

            await Expect(Page.GetByTestId("melding")).ToHaveTextAsync("De cel is opgeslagen.");
            (await StoredMarkdownAsync(id)).Should().Be(edited);

            await Page.GetByRole(AriaRole.Button, new() { Name = "Vergelijk versie 1 met de huidige" }).ClickAsync();
            var inserted = Page.GetByTestId("verschil").Locator("ins");
            await Expect(inserted).ToContainTextAsync("Extra zin van de redactie");
            await Expect(inserted.Locator(".visually-hidden").First).ToHaveTextAsync("toegevoegd: ");

            await Page.GetByRole(AriaRole.Button, new() { Name = "Deze versie terugzetten" }).ClickAsync();
            await Page.GetByRole(AriaRole.Button, new() { Name = "Ja, versie 1 terugzetten" }).ClickAsync();

            await Expect(Page.GetByTestId("melding")).ToHaveTextAsync("Versie 1 is teruggezet.");
            await Expect(Page.GetByTestId("tekst")).ToHaveValueAsync(original);
            (await StoredMarkdownAsync(id)).Should().Be(original, "the first version's text is back in the database");
        }
        finally
        {
            await PutBackAsync(id, original);
        }
    });

    [Fact]
    public Task A_second_editor_gets_both_versions_and_saves_a_merge_without_losing_either() => RunAsync(async () =>
    {
        var (id, original) = await PickStatementAsync();
        try
        {
            await SignInAndOpenAsync(id);
            var mine = original + "\n\nToevoeging van de tweede redacteur.";
            await Page.GetByTestId("tekst").FillAsync(mine);

            // Anna saves first, from the same version the page loaded.
            var editor = Portal.Services.GetRequiredService<StatementEditor>();
            var theirs = "Anna begint zo. " + original;
            var annaSave = await editor.SaveAsync((await editor.LoadAsync(id))!.Model with { Markdown = theirs }, FixedAuthorization.Allowed, Anna);
            annaSave.Should().BeOfType<SaveResult<StatementEditModel>.Saved>();

            await Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();

            var conflict = Page.GetByTestId("conflict");
            await Expect(conflict).ToContainTextAsync("Iemand anders heeft deze tekst intussen gewijzigd (Anna de Vries,");
            await Expect(Page.GetByTestId("hun-versie")).ToHaveTextAsync(theirs);
            await Expect(Page.GetByTestId("uw-versie")).ToHaveTextAsync(mine);
            var merged = "Anna begint zo. " + original + "\n\nToevoeging van de tweede redacteur.";
            await Expect(Page.GetByTestId("samengevoegd")).ToHaveValueAsync(merged);

            await Page.GetByRole(AriaRole.Button, new() { Name = "Samengevoegde tekst opslaan" }).ClickAsync();

            await Expect(Page.GetByTestId("melding")).ToHaveTextAsync("De cel is opgeslagen.");
            (await StoredMarkdownAsync(id)).Should().Be(merged, "both edits are in the saved text");
        }
        finally
        {
            await PutBackAsync(id, original);
        }
    });

    [Fact]
    public Task Typed_xss_payloads_open_no_dialog_and_the_preview_has_no_executable_html() => RunAsync(async () =>
    {
        var (id, _) = await PickStatementAsync();
        var dialogs = new List<string>();
        Page.Dialog += async (_, dialog) =>
        {
            lock (dialogs)
            {
                dialogs.Add(dialog.Message);
            }

            await dialog.DismissAsync();
        };
        await Page.AddInitScriptAsync("window.__xssCalls = []; window.__xss = n => window.__xssCalls.push(n);");
        await SignInAndOpenAsync(id);

        foreach (var payload in XssCorpus.Payloads.Take(6).Append("[klik](javascript:alert(99))"))
        {
            await Page.GetByTestId("tekst").FillAsync(payload + " einde");
            var preview = Page.GetByTestId("tekst-voorbeeld");
            await Expect(preview).ToContainTextAsync("einde");
            ExecutableHtml.Find(await preview.InnerHTMLAsync()).Should().BeEmpty($"the preview of {payload} is inert");
        }

        (await Page.EvaluateAsync<int>("window.__xssCalls.length")).Should().Be(0);
        dialogs.Should().BeEmpty();
    });

    private async Task SignInAndOpenAsync(int statementId)
    {
        await Accounts.SignInAsync(Page, await CreateEditorAsync(), $"/redactie/stellingen/{statementId}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Geschiedenis" })).ToBeVisibleAsync();
    }

    private Task<string> CreateEditorAsync() => Accounts.CreateAsync(Portal.Services, PortalRoles.Editor, "Rita Redacteur");

    /// <summary>A shipped statement with a short plain text, away from the matrix the other tests look at.</summary>
    private async Task<(int Id, string Markdown)> PickStatementAsync()
    {
        await using var context = Portal.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
        var statement = await context.Statements.AsNoTracking()
            .Where(candidate => candidate.Status == StatementStatus.Content && candidate.BodyMarkdown.Length > 40 && candidate.BodyMarkdown.Length < 400)
            .OrderByDescending(candidate => candidate.Id)
            .Select(candidate => new { candidate.Id, candidate.BodyMarkdown })
            .FirstAsync();
        return (statement.Id, statement.BodyMarkdown);
    }

    private async Task<string> StoredMarkdownAsync(int statementId)
    {
        await using var context = Portal.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
        return await context.Statements.AsNoTracking().Where(statement => statement.Id == statementId)
            .Select(statement => statement.BodyMarkdown).SingleAsync();
    }

    private async Task PutBackAsync(int statementId, string original)
    {
        var editor = Portal.Services.GetRequiredService<StatementEditor>();
        if (await editor.LoadAsync(statementId) is { } current && current.Model.Markdown != original)
        {
            await editor.SaveAsync(current.Model with { Markdown = original, Status = StatementStatus.Content }, FixedAuthorization.Allowed, AuditActor.System);
        }
    }
}
