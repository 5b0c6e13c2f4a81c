using System.Text.RegularExpressions;
using InkoopPortal.Application.Persistence;
using InkoopPortal.TestSupport.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.EndToEndTests.Editing;

/// <summary>
/// Issue 14 in Chromium, on an app of its own: an editor uploads a PDF in /redactie/import, reviews what it maps to,
/// publishes, opens a cell's detail, sees "pagina N" and follows the link to the stored original: the PDF byte for
/// byte, as application/pdf, opened at the page (#page=N) the cell's passage stands on in the fixture.
/// </summary>
[Collection(PortalCollection.Name)]
public class PdfImportInBrowserTests(PortalFixture portal, EditorPortal editorPortal) : IClassFixture<EditorPortal>
{
    private const string Fixture = "one-column-numbered";

    [Fact]
    public async Task An_uploaded_pdf_is_published_and_a_cell_links_to_the_page_of_the_original_it_came_from()
    {
        var bytes = await File.ReadAllBytesAsync(FixturePages.PdfPath(Fixture));
        await using var context = await editorPortal.NewContextAsync(portal.Browser);
        var page = await context.NewPageAsync();
        await EditorPortal.SignInAsEditorAsync(page, "/redactie/import");
        // The layout is interactive before InputFile has hooked its change event (after its own first render); a
        // file chosen in between is lost, so wait for blazor.web.js to have set up the input.
        await page.WaitForFunctionAsync("() => document.getElementById('bestand')?._blazorInputFileNextFileId !== undefined");

        await page.GetByLabel(new Regex("^Bestand \\(")).SetInputFilesAsync(new FilePayload
        {
            Name = "wijkverpleging-2027.pdf", MimeType = "application/pdf", Buffer = bytes,
        });
        await Expect(page.GetByTestId("gekozen-bestand")).ToContainTextAsync("wijkverpleging-2027.pdf");
        await page.GetByLabel("Inkoper (bij een beleidstekst of presentatie)").SelectOptionAsync(new SelectOptionValue { Label = "CZ" });
        await page.GetByLabel("Jaar").FillAsync("2027");
        await page.GetByLabel("Medisch-specialistische zorg", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld" }).ClickAsync();

        await Expect(page.GetByTestId("formaat")).ToContainTextAsync("Herkend als beleidstekst");
        await Expect(page.GetByTestId("formaat")).ToContainTextAsync("PDF (tekstlaag)");
        await Expect(page.GetByTestId("importvoorbeeld")).ToBeVisibleAsync();
        // Before anything is stored the preview names each cell's page; there is no original to link to yet.
        await Expect(page.GetByTestId("importvoorbeeld").GetByTestId("bron-pagina-voorbeeld").First).ToHaveTextAsync(new Regex(@"^· pagina \d+$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan als concept" }).ClickAsync();

        // The review of the mapping: the drafts with their cells, then published together.
        await Expect(page).ToHaveURLAsync(new Regex(@"/redactie/import/\d+$"));
        await Expect(page.GetByTestId("importconcepten")).ToContainTextAsync("CZ");
        await Expect(page.GetByTestId("importvoorbeeld")).ToBeVisibleAsync();
        // The review links each cell's page to the stored original.
        await Expect(page.GetByTestId("importvoorbeeld").GetByTestId("bron-pagina").First).ToHaveAttributeAsync("href", new Regex(@"bronnen/\d+/wijkverpleging-2027\.pdf#page=\d+$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Alles publiceren" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, publiceren" }).ClickAsync();
        await Expect(page.GetByTestId("import-resultaat")).ToContainTextAsync("gepubliceerd");

        // A cell of the imported document, and the page its first passage stands on in the fixture's HTML.
        var (topicSlug, location) = await FirstStatementAsync();
        var expectedPage = FixturePages.Of(Fixture).PageOfSection(location);
        expectedPage.Should().NotBeNull($"'{location}' names a heading of the fixture");

        await page.GotoAsync($"/vergelijk/cel?jaar=2027&zorgsoort=msz&inkoper=cz&onderwerp={topicSlug}");
        var link = page.GetByTestId("bron-regel").GetByTestId("bron-pagina");
        await Expect(link).ToHaveTextAsync($"pagina {expectedPage}");
        var href = await link.EvaluateAsync<string>("link => link.href");
        href.Should().EndWith($"#page={expectedPage}").And.Contain("/bronnen/").And.Contain("wijkverpleging-2027.pdf");

        // Following it with the signed-in editor's cookies: the stored original, byte for byte, shown inline as a PDF.
        var original = await page.APIRequest.GetAsync(href);
        original.Status.Should().Be(200);
        original.Headers["content-type"].Should().Be("application/pdf");
        original.Headers["content-disposition"].Should().StartWith("inline");
        original.Headers["content-security-policy"].Should().NotContain("sandbox", "Chromium's PDF viewer does not open in a sandboxed document");
        (await original.BodyAsync()).Should().Equal(bytes);

        // The document page shows the same: the statement's page, linked the same way.
        await page.GotoAsync($"/documenten/{await DocumentIdAsync()}");
        var documentLinks = page.GetByTestId("bron-pagina");
        await Expect(documentLinks.First).ToBeVisibleAsync();
        foreach (var documentLink in await documentLinks.AllAsync())
        {
            (await documentLink.TextContentAsync()).Should().MatchRegex(@"^pagina \d+$");
            (await documentLink.GetAttributeAsync("href")).Should().MatchRegex(@"bronnen/\d+/wijkverpleging-2027\.pdf#page=\d+$");
        }

        await Expect(page.Locator($"[data-testid=bron-pagina][href$='#page={expectedPage}']").First).ToHaveTextAsync($"pagina {expectedPage}");
    }

    private async Task<int> DocumentIdAsync()
    {
        await using var context = editorPortal.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
        return await context.PolicyDocuments.Where(document => document.ImportSource!.FileName == "wijkverpleging-2027.pdf")
            .Select(document => document.Id).SingleAsync();
    }

    private async Task<(string TopicSlug, string Location)> FirstStatementAsync()
    {
        await using var context = editorPortal.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
        var statement = await context.Statements
            .Where(candidate => candidate.SourceDocument!.FileName == "wijkverpleging-2027.pdf" && candidate.SourcePage != null)
            .OrderBy(candidate => candidate.SortOrder)
            .Select(candidate => new { candidate.Topic!.Slug, candidate.SourceLocation })
            .FirstAsync();
        return (statement.Slug, statement.SourceLocation!);
    }
}
