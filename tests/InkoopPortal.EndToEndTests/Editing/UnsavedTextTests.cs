using System.Text.RegularExpressions;
using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.EndToEndTests.Editing;

/// <summary>
/// Unsaved text in the statement editor (ADR-026): leaving asks first (an in-app link and the tab's reload), and the
/// text is kept in the browser and offered back after the reload. The statement itself is never saved here.
/// </summary>
public class UnsavedTextTests(PortalFixture portal, ITestOutputHelper output) : PortalPageTest(portal, output)
{
    [Fact]
    public Task Leaving_the_editor_with_unsaved_text_warns_and_a_reload_offers_the_text_back() => RunAsync(async () =>
    {
        var (id, original) = await PickStatementAsync();
        var dialogs = new List<(string Type, string Message)>();
        Page.Dialog += async (_, dialog) =>
        {
            lock (dialogs)
            {
                dialogs.Add((dialog.Type, dialog.Message));
            }

            // Stay on the page when asked inside the portal; let the reload go on.
            if (dialog.Type == DialogType.BeforeUnload)
            {
                await dialog.AcceptAsync();
            }
            else
            {
                await dialog.DismissAsync();
            }
        };
        var email = await Accounts.CreateAsync(Portal.Services, PortalRoles.Editor, "Rita Redacteur");
        await Accounts.SignInAsync(Page, email, $"/redactie/stellingen/{id}");
        var typed = original + "\n\nTekst die nog niet is opgeslagen.";
        await Page.GetByTestId("tekst").FillAsync(typed);
        await Expect(Page.GetByTestId("tekst-voorbeeld")).ToContainTextAsync("Tekst die nog niet is opgeslagen.");

        // An in-app link: the portal asks, and "Annuleren" keeps the page and the text.
        await Page.GetByRole(AriaRole.Main).Locator("a[href^='redactie/documenten/']").First.ClickAsync();
        for (var waited = 0; dialogs.Count == 0 && waited < 150; waited++)
        {
            await Task.Delay(100);
        }

        dialogs.Should().NotBeEmpty("an in-app link asks before leaving unsaved text");
        dialogs[0].Type.Should().Be(DialogType.Confirm);
        dialogs[0].Message.Should().Contain("nog niet is opgeslagen");
        await Expect(Page).ToHaveURLAsync(new Regex($"redactie/stellingen/{id}$"));
        await Expect(Page.GetByTestId("tekst")).ToHaveValueAsync(typed);

        // Reloading the tab: the browser's own warning, then the kept text is offered back.
        await Page.ReloadAsync();
        await Page.WaitForBlazorAsync();
        dialogs.Select(dialog => dialog.Type).Should().Contain(DialogType.BeforeUnload);
        var offer = Page.GetByTestId("tekst-herstel");
        await Expect(offer).ToContainTextAsync("Niet opgeslagen tekst hersteld van");
        await Expect(Page.GetByTestId("tekst")).ToHaveValueAsync(original);
        await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await offer.GetByRole(AriaRole.Button, new() { Name = "Terugzetten" }).ClickAsync();
        await Expect(Page.GetByTestId("tekst")).ToHaveValueAsync(typed);

        // Back to the stored text and "Weggooien" after a reload: nothing is kept, nothing is asked any more.
        await Page.GetByTestId("tekst").FillAsync(original);
        await Expect(Page.GetByTestId("tekst-voorbeeld")).Not.ToContainTextAsync("Tekst die nog niet is opgeslagen.");
        // The kept entry goes and the leave warning is switched off after the same render, over the circuit.
        await Page.WaitForFunctionAsync("() => !Object.keys(localStorage).some(key => key.startsWith('inkoopportal:niet-opgeslagen:'))");
        await Page.WaitForTimeoutAsync(1000);
        var asked = dialogs.Count;
        await Page.ReloadAsync();
        await Page.WaitForBlazorAsync();
        await Expect(Page.GetByTestId("tekst")).ToHaveValueAsync(original);
        await Expect(Page.GetByTestId("tekst-herstel")).ToHaveCountAsync(0);
        dialogs.Count.Should().Be(asked, "without unsaved text the page leaves without asking");
        (await Page.EvaluateAsync<int>("Object.keys(localStorage).filter(key => key.startsWith('inkoopportal:niet-opgeslagen:')).length"))
            .Should().Be(0);
    });

    private async Task<(int Id, string Markdown)> PickStatementAsync()
    {
        await using var context = Portal.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
        var statement = await context.Statements.AsNoTracking()
            .Where(candidate => candidate.Status == StatementStatus.Content && candidate.BodyMarkdown.Length > 40 && candidate.BodyMarkdown.Length < 400)
            .OrderByDescending(candidate => candidate.Id)
            .Skip(3)
            .Select(candidate => new { candidate.Id, candidate.BodyMarkdown })
            .FirstAsync();
        return (statement.Id, statement.BodyMarkdown);
    }
}
