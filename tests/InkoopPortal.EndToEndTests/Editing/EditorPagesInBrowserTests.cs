using System.Text.RegularExpressions;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.EndToEndTests.Editing;

/// <summary>
/// The editors' pages of issue 4 in Chromium, on an app of their own. New year: an editor drafts CZ's 2023 huisartsenzorg policy from 2022, changes a cell, sees the
/// difference and publishes; a reader sees nothing of the draft before, and the changed cell after publication.
/// Import: a refused non-text upload, then an Excel paste with a quoted multi-line cell previewed, its new topic confirmed,
/// saved as drafts that readers do not see, and published into the right cells.
/// </summary>
[Collection(PortalCollection.Name)]
public class EditorPagesInBrowserTests(PortalFixture portal, EditorPortal editorPortal) : IClassFixture<EditorPortal>
{
    private const string NewText = "Regioplan 2023 uiterlijk 1 oktober indienen bij de e2e-verzekeraar";

    [Fact]
    public async Task An_editor_drafts_changes_and_publishes_a_new_year_that_readers_only_see_after_publication()
    {
        var sourceId = await CzHuisartsenzorg2022Async();
        await using var editorContext = await editorPortal.NewContextAsync(portal.Browser);
        await using var readerContext = await editorPortal.NewContextAsync(portal.Browser);
        var editor = await editorContext.NewPageAsync();
        var reader = await readerContext.NewPageAsync();

        await EditorPortal.SignInAsEditorAsync(editor, $"/redactie/documenten/{sourceId}/nieuw-jaar");
        await Expect(editor.GetByTestId("wordt-overgenomen")).ToContainTextAsync("termijnen");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Concept voor 2023 maken" }).ClickAsync();
        await editor.GetByTestId("naar-concept").ClickAsync();
        await Expect(editor).ToHaveURLAsync(new Regex(@"/redactie/concepten/\d+$"));
        var draftPath = new Uri(editor.Url).AbsolutePath;
        await Expect(editor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("2023");
        await Expect(editor.GetByTestId("verschillen-samenvatting")).ToContainTextAsync("0 gewijzigd");

        var topic = editor.GetByTestId("onderwerp-regioplan");
        await topic.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Bewerken") }).ClickAsync();
        await Expect(topic.GetByRole(AriaRole.Link, new() { Name = "Geschiedenis van deze cel" }))
            .ToHaveAttributeAsync("href", new Regex(@"redactie/stellingen/\d+$"));
        await topic.GetByLabel("Tekst van de cel (Markdown)").FillAsync($"- {NewText}");
        await topic.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Expect(topic).ToContainTextAsync("gewijzigd");
        await Expect(topic.GetByTestId("woordverschil").Locator("ins", new() { HasText = "Regioplan" })).ToHaveCountAsync(1);
        await Expect(topic.GetByTestId("woordverschil").Locator("del", new() { HasText = "Innovatief" })).ToHaveCountAsync(1);
        await Expect(editor.GetByTestId("verschillen-samenvatting")).ToContainTextAsync("1 gewijzigd");
        await editor.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        // Before publication a reader sees neither the draft page nor its text in the 2023 matrix.
        await reader.GotoAsync("/vergelijk?jaar=2023&zorgsoort=huisartsenzorg&inkopers=cz");
        await Expect(reader.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("e2e-verzekeraar");
        await reader.GotoAsync(draftPath);
        await Expect(reader).ToHaveURLAsync(new Regex("/account/inloggen"));

        await editor.GetByRole(AriaRole.Button, new() { Name = "Publiceren", Exact = true }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Ja, publiceren" }).ClickAsync();
        await Expect(editor.GetByTestId("gepubliceerd")).ToContainTextAsync("is gepubliceerd");
        await editor.GetByTestId("gepubliceerd").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Huisartsenzorg 2023") }).ClickAsync();
        await Expect(editor).ToHaveURLAsync(new Regex(@"/vergelijk\?jaar=2023&zorgsoort=huisartsenzorg"));

        foreach (var page in new[] { editor, reader })
        {
            await page.GotoAsync("/vergelijk?jaar=2023&zorgsoort=huisartsenzorg&inkopers=cz");
            var cell = page.Locator("table.matrix td.cell", new() { HasText = "e2e-verzekeraar" });
            await Expect(cell).ToHaveCountAsync(1);
            await Expect(cell).ToHaveClassAsync(new Regex("cell--changed"));
            await Expect(cell).ToContainTextAsync("Gewijzigd");
        }
    }

    [Fact]
    public async Task An_Excel_paste_with_a_quoted_multi_line_cell_lands_in_the_right_cells_as_a_draft_and_readers_see_it_only_after_publishing()
    {
        // As Excel puts a range on the clipboard: tabs between cells, a cell with line breaks or quotes in quotes.
        var table = string.Join('\n',
            "Onderwerp\tCZ\tVGZ",
            "Regioplan/ regiobeeld\t\"Regioplan indienen\n- voor 1 juli 2031\n- samen met de RHO\"\tGeen bijzonderheden",
            "E2e-droomonderwerp\t\"CZ droomt \"\"groot\"\" in 2031\"\tVGZ droomt ook");
        await using var context = await editorPortal.NewContextAsync(portal.Browser);
        await using var readerContext = await editorPortal.NewContextAsync(portal.Browser);
        var page = await context.NewPageAsync();
        var reader = await readerContext.NewPageAsync();
        await EditorPortal.SignInAsEditorAsync(page, "/redactie/import");

        // A file that is no text is refused by name at the preview; what was typed is kept.
        var textBox = page.GetByLabel("Tekst (geplakt uit Word, Excel of een pdf)");
        await textBox.FillAsync("Mijn eigen aantekening");
        await textBox.BlurAsync();
        await page.GetByLabel(new Regex("^Bestand \\(")).SetInputFilesAsync(new FilePayload
        {
            Name = "plaatje.png", MimeType = "image/png", Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0xFE, 0x00, 0xC3],
        });
        await Expect(page.GetByTestId("gekozen-bestand")).ToContainTextAsync("plaatje.png");
        await page.GetByLabel("Jaar").FillAsync("2031");
        await page.GetByLabel("Huisartsenzorg", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld" }).ClickAsync();
        await Expect(page.GetByTestId("importproblemen")).ToContainTextAsync("'plaatje.png' is een afbeelding (PNG), geen tekstbestand");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bestand weghalen" }).ClickAsync();
        await Expect(textBox).ToHaveValueAsync("Mijn eigen aantekening");

        await textBox.FillAsync(table);
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld" }).ClickAsync();

        var preview = page.GetByTestId("importvoorbeeld");
        await Expect(page.GetByTestId("formaat")).ToContainTextAsync("Herkend als vergelijkingstabel");
        var czRegioplan = preview.Locator("tbody tr", new() { HasText = "Regioplan/ regiobeeld" }).Locator("td").Nth(0);
        await Expect(czRegioplan.Locator("li")).ToHaveTextAsync(["voor 1 juli 2031", "samen met de RHO"]);
        await Expect(preview.Locator("tbody tr", new() { HasText = "Regioplan/ regiobeeld" }).Locator("td").Nth(1)).ToContainTextAsync("Geen bijzonderheden");
        await Expect(preview.Locator("tbody tr", new() { HasText = "E2e-droomonderwerp" }).Locator("td").Nth(0)).ToContainTextAsync("CZ droomt \"groot\" in 2031");
        await Expect(preview).Not.ToContainTextAsync("2031\""); // no quote leaks into a cell or a topic
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        // Not confirmed: nothing is stored, and the text stays.
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan als concept" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Niet alle nieuwe namen zijn bevestigd" })).ToBeVisibleAsync();
        await Expect(textBox).ToHaveValueAsync(table);

        var newTopic = page.GetByTestId("importnamen").GetByRole(AriaRole.Row, new() { NameRegex = new Regex("E2e-droomonderwerp") });
        await newTopic.GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan als concept" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/redactie/import/\d+$"));
        await Expect(page.GetByTestId("importconcepten")).ToContainTextAsync("CZ");
        await Expect(page.GetByTestId("importvoorbeeld")).ToContainTextAsync("samen met de RHO");
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await reader.GotoAsync("/vergelijk?jaar=2031&zorgsoort=huisartsenzorg");
        await Expect(reader.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("samen met de RHO");

        await page.GetByRole(AriaRole.Button, new() { Name = "Alles publiceren" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, publiceren" }).ClickAsync();
        await Expect(page.GetByTestId("import-resultaat")).ToContainTextAsync("gepubliceerd");

        await reader.GotoAsync("/vergelijk?jaar=2031&zorgsoort=huisartsenzorg");
        await Expect(reader.Locator("table.matrix tbody th[scope='row']", new() { HasText = "E2e-droomonderwerp" })).ToHaveCountAsync(1);
        var cell = reader.Locator("#cel-cz-regioplan");
        await Expect(cell.Locator("li")).ToHaveTextAsync(["voor 1 juli 2031", "samen met de RHO"]);
        await Expect(reader.Locator("#cel-vgz-regioplan")).ToContainTextAsync("Geen bijzonderheden");
    }

    [Fact]
    public async Task A_name_like_an_existing_purchaser_asks_Bedoelt_u_and_once_accepted_is_that_purchaser()
    {
        var table = string.Join('\n',
            "Onderwerp\tCZ\tMentis",
            "Regioplan/ regiobeeld\tCZ vraagt een regioplan (e2e 2032)\tMentis vraagt een regioplan (e2e 2032)");
        await using var context = await editorPortal.NewContextAsync(portal.Browser);
        var page = await context.NewPageAsync();
        await EditorPortal.SignInAsEditorAsync(page, "/redactie/import");

        await page.GetByLabel("Tekst (geplakt uit Word, Excel of een pdf)").FillAsync(table);
        await page.GetByLabel("Vergelijkingstabel").CheckAsync();
        await page.GetByLabel("Jaar").FillAsync("2032");
        await page.GetByLabel("Huisartsenzorg", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld" }).ClickAsync();

        var mentis = page.GetByTestId("importnamen").GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^Mentis") });
        await Expect(mentis).ToContainTextAsync("Bedoelt u 'Menzis'?");
        await Expect(mentis.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(0); // a name this close is never created
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await mentis.GetByRole(AriaRole.Button, new() { Name = "Ja, dit is Menzis" }).ClickAsync();

        await Expect(page.GetByTestId("alias-melding")).ToContainTextAsync("'Mentis' is bewaard als andere naam van Menzis");
        await Expect(mentis).ToContainTextAsync("Menzis (via");
        await Expect(mentis).Not.ToContainTextAsync("Bedoelt u");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan als concept" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/redactie/import/\d+$"));
        await Expect(page.GetByTestId("importconcepten")).ToContainTextAsync("Menzis");
    }

    private async Task<int> CzHuisartsenzorg2022Async()
    {
        await using var context = editorPortal.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
        return await context.PolicyDocuments
            .Where(document => document.Purchaser!.Slug == "cz" && document.Status == DocumentStatus.Published
                && document.ValidFromYear <= 2022 && document.ValidToYear >= 2022
                && document.CareTypes.Any(careType => careType.Slug == "huisartsenzorg"))
            .Select(document => document.Id)
            .SingleAsync();
    }
}
