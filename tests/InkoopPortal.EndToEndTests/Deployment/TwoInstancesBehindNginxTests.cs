using System.Text.RegularExpressions;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.EndToEndTests.Deployment;

/// <summary>
/// Several instances for real (ADR-025): two app processes on one PostgreSQL behind nginx running the committed
/// deploy/nginx.conf (ip_hash affinity, WebSocket upgrade, forwarded headers), driven in Chromium through the proxy.
/// </summary>
[Collection(DeploymentCollection.Name)]
public class TwoInstancesBehindNginxTests(ITestOutputHelper output)
{
    private const string AdminEmail = "beheerder@proxy.test";

    [Fact]
    public async Task Signs_in_edits_through_one_instance_reads_through_the_other_and_stays_interactive_through_the_proxy()
    {
        var database = await PostgresServer.Instance.CreateDatabaseAsync("proxy");
        var dataFolder = Path.Combine(Path.GetTempPath(), $"inkoopportal-proxy-{Guid.NewGuid():N}");
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = nameof(DatabaseProvider.Postgres),
            ["ConnectionStrings__Postgres"] = database,
            ["Admin__Email"] = AdminEmail,
            ["Admin__Password"] = Accounts.Password,
            ["DataFolder"] = dataFolder,
        };
        try
        {
            // One after the other: two instances starting at once on an empty database is another test's subject.
            await using var first = await PortalProcess.StartReadyAsync(settings, TimeSpan.FromMinutes(4));
            await using var second = await PortalProcess.StartReadyAsync(settings, TimeSpan.FromMinutes(4));
            await using var proxy = await NginxProxy.StartAsync([first.Address, second.Address]);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await Chromium.LaunchAsync(playwright);
            await using var context = await browser.NewPortalContextAsync(proxy.Address);
            var page = await context.NewPageAsync();
            var sockets = new List<IWebSocket>();
            page.WebSocket += (_, socket) => sockets.Add(socket);
            try
            {
                var (statementId, documentId, original) = await PickStatementAsync(database);
                var marker = $"Gewijzigd via de proxy {Guid.NewGuid():N}.";

                await Accounts.SignInAsync(page, AdminEmail, $"/redactie/stellingen/{statementId}");
                await page.GetByTestId("tekst").FillAsync(original + "\n\n" + marker);
                await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
                await Expect(page.GetByTestId("melding")).ToHaveTextAsync("De cel is opgeslagen.");

                // The browser's instance (ip_hash: every request of this client goes to the same one), and the other.
                var probe = await page.APIRequest.GetAsync("/health/live");
                var served = probe.Headers[NginxProxy.UpstreamHeader.ToLowerInvariant()];
                var other = new[] { first, second }.Single(instance => instance.Address.Authority != served);
                (await page.APIRequest.GetAsync("/health/live")).Headers[NginxProxy.UpstreamHeader.ToLowerInvariant()]
                    .Should().Be(served, "the proxy keeps a client on one instance");
                using var reader = new HttpClient { BaseAddress = other.Address };
                (await reader.GetStringAsync($"documenten/{documentId}")).Should().Contain(marker, $"the edit through {served} is read through {other.Address}");

                // An interactive page through the proxy: a filter change travels over the circuit's WebSocket.
                await page.GotoAsync("/vergelijk?jaar=2022&zorgsoort=huisartsenzorg");
                await page.WaitForBlazorAsync();
                var careType = page.GetByTestId("filter-zorgsoort");
                var elv = await careType.Locator("option", new() { HasText = "Eerstelijnsverblijf" }).First.GetAttributeAsync("value");
                await careType.SelectOptionAsync(elv!);
                await Expect(page).ToHaveURLAsync(new Regex("zorgsoort=elv"));
                await Expect(page.Locator("#kolom-asr")).ToBeVisibleAsync();

                var circuit = sockets.Where(socket => socket.Url.StartsWith($"ws://{proxy.Address.Authority}/_blazor", StringComparison.Ordinal)).ToList();
                circuit.Should().NotBeEmpty("Blazor's circuit runs over a WebSocket through the proxy (no long-polling fallback)");
                circuit.Last().IsClosed.Should().BeFalse();
            }
            catch
            {
                output.WriteLine($"nginx:{Environment.NewLine}{proxy.ErrorLog()}");
                output.WriteLine($"first instance:{Environment.NewLine}{first.Output}");
                output.WriteLine($"second instance:{Environment.NewLine}{second.Output}");
                throw;
            }
        }
        finally
        {
            await PostgresServer.Instance.DropDatabaseAsync(database);
            if (Directory.Exists(dataFolder))
            {
                Directory.Delete(dataFolder, recursive: true);
            }
        }
    }

    /// <summary>A published statement with a short plain text.</summary>
    private static async Task<(int Id, int DocumentId, string Markdown)> PickStatementAsync(string connectionString)
    {
        await using var context = new PortalDbContext(DbContextOptionsConfigurator.Build(new DatabaseSettings(DatabaseProvider.Postgres, connectionString)));
        var statement = await context.Statements.AsNoTracking()
            .Where(candidate => candidate.Status == StatementStatus.Content && candidate.BodyMarkdown.Length > 40 && candidate.BodyMarkdown.Length < 400)
            .OrderBy(candidate => candidate.Id)
            .Select(candidate => new { candidate.Id, candidate.PolicyDocumentId, candidate.BodyMarkdown })
            .FirstAsync();
        return (statement.Id, statement.PolicyDocumentId, statement.BodyMarkdown);
    }
}
