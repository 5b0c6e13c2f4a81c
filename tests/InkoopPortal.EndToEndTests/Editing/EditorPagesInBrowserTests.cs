using System.Text.RegularExpressions;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.EndToEndTests.Editing;

/// <summary>
/// The editors' pages of issue 4 in Chromium, on an app of their own. New year: an editor drafts CZ's 2023 huisartsenzorg policy from 2022, changes a cell, sees the
/// difference and publishes; a reader sees nothing of the draft before, and the changed cell after publication.
/// Import: an uploaded table (after a refused non-text file) with an unknown topic is previewed, the topic confirmed, and the cell is in the matrix.
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
        await Expect(editor).ToHaveURLAsync(new Regex(@"/redactie/concepten/\d+$"));
        var draftPath = new Uri(editor.Url).AbsolutePath;
        await Expect(editor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("2023");
        await Expect(editor.GetByTestId("verschillen-samenvatting")).ToContainTextAsync("0 gewijzigd");

        var topic = editor.GetByTestId("onderwerp-regioplan");
        await Expect(topic.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Bewerken") }))
            .ToHaveAttributeAsync("href", new Regex(@"redactie/stellingen/\d+$"));
        await topic.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Hier bewerken") }).ClickAsync();
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
    public async Task An_editor_uploads_a_table_previews_it_confirms_its_new_topic_and_imports_it_into_the_matrix()
    {
        const string List = "<ul style=\"list-style-type: none\"> – ";
        var table = string.Join('\n',
            "Vergelijking huisartsenzorg 2030, e2e",
            "",
            "Onderwerp\tCZ\tVGZ",
            $"Regioplan/ regiobeeld\t{List}CZ vraagt een regioplan voor 2030\t<p>Geen bijzonderheden</p>",
            $"E2e-droomonderwerp\t{List}CZ droomt in 2030\t{List}VGZ droomt ook",
            "");
        await using var context = await editorPortal.NewContextAsync(portal.Browser);
        var page = await context.NewPageAsync();
        await EditorPortal.SignInAsEditorAsync(page, "/redactie/import");

        // Upload: a file that is not text is refused and what was typed stays; a text file replaces it, undoably.
        var textBox = page.GetByLabel("Tabel (geplakt of uit het bestand)");
        await textBox.FillAsync("Mijn eigen aantekening");
        await textBox.BlurAsync(); // as when the user goes to the file field: the text reaches the server on change
        var fileInput = page.GetByLabel("Bestand (tekst, ten hoogste 2 MB)");
        await fileInput.SetInputFilesAsync(new FilePayload { Name = "plaatje.png", MimeType = "image/png", Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0xFE, 0x00, 0xC3] });
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "geen tekstbestand" })).ToBeVisibleAsync();
        await Expect(textBox).ToHaveValueAsync("Mijn eigen aantekening");
        await fileInput.SetInputFilesAsync(new FilePayload { Name = "tabel.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(table) });
        await Expect(textBox).ToHaveValueAsync(table);
        await page.GetByRole(AriaRole.Button, new() { Name = "Vorige tekst terugzetten" }).ClickAsync();
        await Expect(textBox).ToHaveValueAsync("Mijn eigen aantekening");
        await fileInput.SetInputFilesAsync(new FilePayload { Name = "tabel.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(table) });
        await Expect(textBox).ToHaveValueAsync(table);

        await page.GetByLabel("Jaar").FillAsync("2030");
        await page.GetByLabel("Huisartsenzorg", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld" }).ClickAsync();

        await Expect(page.GetByTestId("importvoorbeeld")).ToContainTextAsync("CZ droomt in 2030");
        var newTopic = page.GetByTestId("importnamen").GetByRole(AriaRole.Row, new() { NameRegex = new Regex("E2e-droomonderwerp") });
        await Expect(newTopic).ToContainTextAsync("nieuw");
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await Expect(page.GetByTestId("importnamen").GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^Regioplan") })).Not.ToContainTextAsync("nieuw");

        // Not confirmed: nothing is stored, and the text stays.
        await page.GetByRole(AriaRole.Button, new() { Name = "Importeren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Niet alle nieuwe namen zijn bevestigd" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Tabel (geplakt of uit het bestand)")).ToHaveValueAsync(table);

        await newTopic.GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Importeren" }).ClickAsync();
        await Expect(page.GetByTestId("geimporteerd")).ToContainTextAsync("is geïmporteerd");
        await page.GetByTestId("geimporteerd").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Huisartsenzorg 2030") }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/vergelijk\?jaar=2030&zorgsoort=huisartsenzorg"));
        await Expect(page.Locator("table.matrix tbody th[scope='row']", new() { HasText = "E2e-droomonderwerp" })).ToHaveCountAsync(1);
        await Expect(page.Locator("table.matrix td.cell", new() { HasText = "CZ droomt in 2030" })).ToHaveCountAsync(1);
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
