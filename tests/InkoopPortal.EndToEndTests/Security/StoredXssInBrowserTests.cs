using InkoopPortal.Application.Import;
using InkoopPortal.TestSupport.Security;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.EndToEndTests.Security;

/// <summary>
/// The XSS corpus imported into an app of its own (so the other tests' data stays as shipped) and shown in Chromium:
/// no dialog opens and no payload runs, on the matrix and on a cell's detail page.
/// </summary>
[Collection(PortalCollection.Name)]
public class StoredXssInBrowserTests(PortalFixture portal)
{
    [Fact]
    public async Task Stored_payloads_run_nothing_in_the_browser()
    {
        await using var app = new KestrelPortalFactory();
        var address = app.Start();
        var import = await XssTable.ImportAsync(app.Services.GetRequiredService<ISourceImporter>());
        await using var context = await portal.Browser.NewContextAsync(new() { BaseURL = address.ToString(), Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            lock (dialogs)
            {
                dialogs.Add(dialog.Message);
            }

            await dialog.DismissAsync();
        };
        // A payload that runs calls window.__xss(n) or alert(n); the first is recorded here.
        await page.AddInitScriptAsync("window.__xssCalls = []; window.__xss = n => window.__xssCalls.push(n);");

        await page.GotoAsync($"/vergelijk?jaar={XssTable.Year}&zorgsoort=huisartsenzorg&inkopers=cz,vgz");
        await page.WaitForBlazorAsync();
        await Expect(page.Locator("table.matrix tbody th[scope='row']", new() { HasText = "Payload " })).ToHaveCountAsync(import.Accepted.Count);
        // Hover and click over every cell, for payloads that wait for the mouse.
        foreach (var cell in await page.Locator("table.matrix td.cell .cell-body").AllAsync())
        {
            await cell.HoverAsync();
        }

        var tableHtml = await page.Locator("table.matrix").InnerHTMLAsync();
        ExecutableHtml.Find(tableHtml).Should().BeEmpty();

        var first = import.Accepted[0] + 1;
        await page.GotoAsync($"/vergelijk/cel?jaar={XssTable.Year}&zorgsoort=huisartsenzorg&inkoper=cz&onderwerp=payload-{first}");
        await page.WaitForBlazorAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Payload {first}");
        ExecutableHtml.Find(await page.Locator("main").InnerHTMLAsync()).Should().BeEmpty();

        (await page.EvaluateAsync<int>("window.__xssCalls.length")).Should().Be(0);
        dialogs.Should().BeEmpty();
    }
}
