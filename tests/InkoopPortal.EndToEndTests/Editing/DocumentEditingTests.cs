using System.Text.RegularExpressions;
using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Editing.Documents;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Documents;
using InkoopPortal.TestSupport.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.EndToEndTests.Editing;

/// <summary>
/// An editor in Chromium: a bad source address gets its Dutch message, a deadline's new date shows on the public
/// document page, and a deleted change is found in the recycle bin and restored. The deadline's date is put back.
/// </summary>
public class DocumentEditingTests(PortalFixture portal, ITestOutputHelper output) : PortalPageTest(portal, output)
{

    [Fact]
    public Task An_editor_changes_a_deadline_and_restores_a_deleted_change_from_the_recycle_bin() => RunAsync(async () =>
    {
        var parts = Portal.Services.GetRequiredService<DocumentPartEditor>();
        var documentId = await PickDocumentAsync();
        var deadlines = await parts.ListAsync(DocumentParts.Deadlines, documentId);
        var deadlineIndex = deadlines.ToList().FindIndex(deadline => deadline.Precision == DatePrecision.Day && deadline.Date is not null);
        var original = deadlines[deadlineIndex];
        var change = (await parts.ListAsync(DocumentParts.Changes, documentId))[0];
        try
        {
            var path = $"/redactie/documenten/{documentId}";
            await SignInAsync(path);

            await Page.Locator("#bron").FillAsync("javascript:alert(1)");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Gegevens opslaan" }).ClickAsync();
            await Expect(Page.GetByTestId("melding-SourceUrl")).ToContainTextAsync("'javascript:alert(1)' is geen geldig webadres voor de bron");
            await Expect(Page.Locator("#bron")).ToHaveValueAsync("javascript:alert(1)");

            var deadlineSection = Page.GetByTestId("termijnen");
            await deadlineSection.GetByRole(AriaRole.Button, new() { Name = $"Bewerken (termijn {deadlineIndex + 1})" }).ClickAsync();
            await deadlineSection.Locator($"#termijnen-{original.Id}-Date").FillAsync("2030-03-15");
            await deadlineSection.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
            await Expect(Page.GetByTestId("termijnen-melding")).ToHaveTextAsync("De termijn is opgeslagen.");

            await Page.GotoAsync($"/documenten/{documentId}");
            await Expect(Page.GetByRole(AriaRole.Main)).ToContainTextAsync("15 maart 2030");

            await Page.GotoAsync(path);
            await Page.WaitForBlazorAsync();
            var changeSection = Page.GetByTestId("wijzigingen");
            await changeSection.GetByRole(AriaRole.Button, new() { Name = "Verwijderen (wijziging 1)" }).ClickAsync();
            await changeSection.GetByRole(AriaRole.Button, new() { Name = "Ja, verwijderen" }).ClickAsync();
            await Expect(Page.GetByTestId("wijzigingen-melding")).ToHaveTextAsync("De wijziging is verwijderd. U vindt hem in de prullenbak.");

            await Page.GotoAsync("/redactie/prullenbak");
            await Page.WaitForBlazorAsync();
            var row = Page.GetByTestId("prullenbak-item").Filter(new() { HasText = $"Wijziging {change.Id}" });
            await Expect(row).ToContainTextAsync("Rita Redacteur");
            await row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Terugzetten") }).ClickAsync();
            await Expect(Page.GetByTestId("melding")).ToBeVisibleAsync();
            await Expect(Page.GetByTestId("prullenbak-item").Filter(new() { HasText = $"Wijziging {change.Id}" })).ToHaveCountAsync(0);
            (await parts.ListAsync(DocumentParts.Changes, documentId)).Should().Contain(restored => restored.Id == change.Id);
        }
        finally
        {
            var current = (await parts.ListAsync(DocumentParts.Deadlines, documentId)).Single(deadline => deadline.Id == original.Id);
            await parts.SaveAsync(DocumentParts.Deadlines, documentId, original with { Version = current.Version }, FixedAuthorization.Allowed, AuditActor.System);
        }
    });

    private async Task SignInAsync(string path) =>
        await Accounts.SignInAsync(Page, await Accounts.CreateAsync(Portal.Services, PortalRoles.Editor, "Rita Redacteur"), path);

    /// <summary>A shipped, published document with a day-exact deadline and a change of its own.</summary>
    private async Task<int> PickDocumentAsync()
    {
        await using var context = Portal.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
        return await context.PolicyDocuments.AsNoTracking()
            .Where(document => document.Status == DocumentStatus.Published
                && document.Changes.Any()
                && document.Deadlines.Any(deadline => deadline.Precision == DatePrecision.Day && deadline.Date != null))
            .OrderBy(document => document.Id)
            .Select(document => document.Id)
            .FirstAsync();
    }
}
