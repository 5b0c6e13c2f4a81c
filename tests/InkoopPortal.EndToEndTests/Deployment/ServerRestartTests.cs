using System.Diagnostics;
using System.Text.RegularExpressions;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.EndToEndTests.Deployment;

/// <summary>
/// The server goes away under open pages and comes back on the same address with no memory of their circuits
/// (ADR-026): the pages block input behind a Dutch banner while it is down, reload themselves once it answers again
/// (their state is in the URL), and the editor offers back the text that was typed but not saved.
/// </summary>
[Collection(DeploymentCollection.Name)]
public class ServerRestartTests(ITestOutputHelper output)
{
    private const string AdminEmail = "beheerder@herstart.test";

    /// <summary>Marks a page before the restart; a reloaded page no longer has it.</summary>
    private const string BeforeRestart = "window.__beforeRestart = true";

    private const string ReloadedAndInteractive = "marker => window.__beforeRestart === undefined && document.querySelector(marker) !== null";

    [Fact]
    public async Task After_a_restart_open_pages_recover_by_themselves_and_the_editor_offers_its_unsaved_text_back()
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), $"inkoopportal-restart-{Guid.NewGuid():N}");
        var settings = new Dictionary<string, string>
        {
            ["Admin__Email"] = AdminEmail,
            ["Admin__Password"] = Accounts.Password,
            ["DataFolder"] = dataFolder,
        };
        var port = PortalProcess.FreePort();
        PortalProcess? server = await PortalProcess.StartReadyAsync(settings, TimeSpan.FromMinutes(4), port);
        var outputs = new List<string>();
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await Chromium.LaunchAsync(playwright);
            await using var context = await browser.NewPortalContextAsync(server.Address);

            var matrix = await context.NewPageAsync();
            await matrix.GotoAsync("/vergelijk?jaar=2022&zorgsoort=huisartsenzorg");
            await matrix.WaitForBlazorAsync();
            await ChooseCareTypeAsync(matrix, "Eerstelijnsverblijf", "elv", "#kolom-asr");

            var (statementId, original) = await PickStatementAsync(dataFolder);
            var editor = await context.NewPageAsync();
            await Accounts.SignInAsync(editor, AdminEmail, $"/redactie/stellingen/{statementId}");
            var typed = original + "\n\nNog niet opgeslagen zin van voor de herstart.";
            await editor.GetByTestId("tekst").FillAsync(typed);
            await Expect(editor.GetByTestId("tekst-voorbeeld")).ToContainTextAsync("Nog niet opgeslagen zin van voor de herstart.");

            await matrix.EvaluateAsync(BeforeRestart);
            await editor.EvaluateAsync(BeforeRestart);
            outputs.Add(server.Output);
            await server.DisposeAsync();
            server = null;

            // While the server is down: the Dutch banner, announced, and the page behind it takes no input.
            foreach (var page in new[] { matrix, editor })
            {
                var banner = page.Locator("#components-reconnect-modal");
                await Expect(banner).ToBeVisibleAsync();
                await Expect(banner.GetByRole(AriaRole.Alert)).ToContainTextAsync("Verbinding verbroken — opnieuw verbinden");
            }

            (await matrix.EvaluateAsync<bool>("document.querySelector('#components-reconnect-modal').matches(':modal')"))
                .Should().BeTrue("a modal dialog makes the page behind it inert");
            (await matrix.EvaluateAsync<bool>(
                """
                () => {
                    const select = document.querySelector('[data-testid=filter-zorgsoort]');
                    const box = select.getBoundingClientRect();
                    return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === select;
                }
                """)).Should().BeFalse("a click on a filter does not reach it while the connection is down");
            await matrix.ShouldHaveNoSeriousAccessibilityViolationsAsync();

            await Task.Delay(TimeSpan.FromSeconds(15));
            server = await PortalProcess.StartReadyAsync(settings, TimeSpan.FromMinutes(4), port);
            var sinceBack = Stopwatch.StartNew();

            // Within 30 s of the server's return both pages have reloaded themselves and are interactive again.
            foreach (var page in new[] { matrix, editor })
            {
                await page.WaitForFunctionAsync(ReloadedAndInteractive, Blazor.InteractiveMarker, new() { Timeout = 30_000 - (float)sinceBack.Elapsed.TotalMilliseconds });
            }

            output.WriteLine($"Both pages interactive again {sinceBack.Elapsed.TotalSeconds:0.0} s after the server was ready.");
            await Expect(matrix).ToHaveURLAsync(new Regex("zorgsoort=elv"), new() { Timeout = 1 });
            await ChooseCareTypeAsync(matrix, "Huisartsenzorg", "huisartsenzorg", "#kolom-cz");

            var offer = editor.GetByTestId("tekst-herstel");
            await Expect(offer).ToContainTextAsync("Niet opgeslagen tekst hersteld van");
            await editor.ShouldHaveNoSeriousAccessibilityViolationsAsync();
            await offer.GetByRole(AriaRole.Button, new() { Name = "Terugzetten" }).ClickAsync();
            await Expect(editor.GetByTestId("tekst")).ToHaveValueAsync(typed);
            await editor.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
            await Expect(editor.GetByTestId("melding")).ToHaveTextAsync("De cel is opgeslagen.");
            (await StoredMarkdownAsync(dataFolder, statementId)).Should().Be(typed);

            // Saved: the browser no longer keeps it, so a reload offers nothing.
            await editor.ReloadAsync();
            await editor.WaitForBlazorAsync();
            await Expect(editor.GetByTestId("tekst")).ToHaveValueAsync(typed);
            await Expect(editor.GetByTestId("tekst-herstel")).ToHaveCountAsync(0);
        }
        catch
        {
            if (server is not null)
            {
                outputs.Add(server.Output);
            }

            output.WriteLine(string.Join($"{Environment.NewLine}--- restart ---{Environment.NewLine}", outputs));
            throw;
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }

            if (Directory.Exists(dataFolder))
            {
                Directory.Delete(dataFolder, recursive: true);
            }
        }
    }

    private static async Task ChooseCareTypeAsync(IPage page, string name, string slug, string column)
    {
        var careType = page.GetByTestId("filter-zorgsoort");
        var value = await careType.Locator("option", new() { HasText = name }).First.GetAttributeAsync("value");
        await careType.SelectOptionAsync(value!);
        await Expect(page).ToHaveURLAsync(new Regex($"zorgsoort={slug}"));
        await Expect(page.Locator(column)).ToBeVisibleAsync();
    }

    private static PortalDbContext Open(string dataFolder) =>
        new(DbContextOptionsConfigurator.Build(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataFolder, "inkoopportal.db")};Pooling=False")));

    /// <summary>A published statement with a short plain text.</summary>
    private static async Task<(int Id, string Markdown)> PickStatementAsync(string dataFolder)
    {
        await using var context = Open(dataFolder);
        var statement = await context.Statements.AsNoTracking()
            .Where(candidate => candidate.Status == StatementStatus.Content && candidate.BodyMarkdown.Length > 40 && candidate.BodyMarkdown.Length < 400)
            .OrderBy(candidate => candidate.Id)
            .Select(candidate => new { candidate.Id, candidate.BodyMarkdown })
            .FirstAsync();
        return (statement.Id, statement.BodyMarkdown);
    }

    private static async Task<string> StoredMarkdownAsync(string dataFolder, int statementId)
    {
        await using var context = Open(dataFolder);
        return await context.Statements.AsNoTracking().Where(statement => statement.Id == statementId).Select(statement => statement.BodyMarkdown).SingleAsync();
    }
}
