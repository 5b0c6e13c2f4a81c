using System.Text.RegularExpressions;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.EndToEndTests.Editing;

/// <summary>
/// Issue 13, the administrator's points in Chromium on an app of their own: the Markdown toolbar (buttons and Ctrl+B)
/// and its preview, a change's unsaved text kept with a leave warning on the document page, an edited cell's source
/// naming who and when, the new-year page linking the existing and the new draft by title, one edit action per topic,
/// /redactie filtered and sorted through its URL, and a care type's new year clicked twice without duplicates. axe at
/// 1440 and 375 px on each page touched.
/// </summary>
[Collection(PortalCollection.Name)]
public class AdministratorPointsInBrowserTests(PortalFixture portal, EditorPortal editorPortal) : IClassFixture<EditorPortal>
{
    private static readonly (int Width, int Height)[] Widths = [(1440, 900), (375, 740)];

    [Fact]
    public async Task The_toolbar_makes_text_bold_and_a_list_and_an_edited_cell_then_says_who_edited_it_and_when()
    {
        var statementId = await StatementIdAsync("cz", "regioplan");
        await using var context = await editorPortal.NewContextAsync(portal.Browser);
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await EditorPortal.SignInAsEditorAsync(page, $"/redactie/stellingen/{statementId}");

        var text = page.GetByTestId("tekst");
        await text.FillAsync("Regioplan indienen\nSamen met de wijkverpleging");
        await text.PressAsync("Control+a");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opsomming", Exact = true }).ClickAsync();
        await Expect(text).ToHaveValueAsync("- Regioplan indienen\n- Samen met de wijkverpleging");
        await Expect(page.GetByTestId("tekst-voorbeeld").Locator("ul > li")).ToHaveTextAsync(["Regioplan indienen", "Samen met de wijkverpleging"]);

        // Ctrl+B on a selected word, then the numbered list from the toolbar.
        await text.EvaluateAsync("(area) => { const start = area.value.indexOf('Regioplan'); area.setSelectionRange(start, start + 'Regioplan'.length); }");
        await text.PressAsync("Control+b");
        await Expect(text).ToHaveValueAsync("- **Regioplan** indienen\n- Samen met de wijkverpleging");
        await Expect(page.GetByTestId("tekst-voorbeeld").Locator("li strong")).ToHaveTextAsync("Regioplan");
        await text.PressAsync("Control+a");
        await page.GetByRole(AriaRole.Button, new() { Name = "Genummerde lijst" }).ClickAsync();
        await Expect(text).ToHaveValueAsync("1. **Regioplan** indienen\n2. Samen met de wijkverpleging");
        await Expect(page.GetByTestId("tekst-voorbeeld").Locator("ol > li")).ToHaveCountAsync(2);
        await ShouldBeAccessibleAtBothWidthsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("melding")).ToContainTextAsync("opgeslagen");

        await page.GotoAsync("/vergelijk/cel?jaar=2022&zorgsoort=huisartsenzorg&inkoper=cz&onderwerp=regioplan");
        var line = page.Locator("section[aria-labelledby='uitspraak'] [data-testid='bron-regel']");
        await Expect(line).ToHaveTextAsync(new Regex(
            $@"^\s*Bewerkt door {EditorPortal.EditorName} op \d{{1,2}} [a-z]+ 20\d\d; oorspronkelijk geïmporteerd uit INKOOPBELEID ZORGVERZEKERAARS 2022 \(InEen\), regel \d+"));
        await Expect(page.Locator("section[aria-labelledby='uitspraak'] .statement-body ol > li")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task A_change_on_the_document_page_has_the_toolbar_keeps_its_unsaved_text_and_warns_on_leaving()
    {
        var documentId = await DocumentIdAsync("menzis");
        await using var context = await editorPortal.NewContextAsync(portal.Browser);
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            lock (dialogs)
            {
                dialogs.Add(dialog.Type);
            }

            // Stay when the portal asks; let a reload go on.
            if (dialog.Type == DialogType.BeforeUnload)
            {
                await dialog.AcceptAsync();
            }
            else
            {
                await dialog.DismissAsync();
            }
        };
        await EditorPortal.SignInAsEditorAsync(page, $"/redactie/documenten/{documentId}");

        var changes = page.GetByTestId("wijzigingen");
        await changes.GetByRole(AriaRole.Button, new() { Name = "Wijziging toevoegen" }).ClickAsync();
        var box = changes.Locator("textarea[data-markdown]");
        await box.FillAsync("Nieuw: ");
        await box.PressAsync("End");
        await changes.GetByRole(AriaRole.Button, new() { Name = "Vet", Exact = true }).ClickAsync();
        await Expect(box).ToHaveValueAsync("Nieuw: **vette tekst**");
        await box.PressAsync("Control+i");
        await Expect(box).ToHaveValueAsync("Nieuw: ***vette tekst***");
        await box.FillAsync("- Eerste punt\n- **Tweede** punt");
        await changes.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld" }).ClickAsync();
        await Expect(changes.Locator(".markdown-preview li strong")).ToHaveTextAsync("Tweede");
        await ShouldBeAccessibleAtBothWidthsAsync(page);
        await changes.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld" }).ClickAsync();

        // An in-app link asks first; staying keeps the text.
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Prullenbak" }).First.ClickAsync();
        for (var waited = 0; dialogs.Count == 0 && waited < 150; waited++)
        {
            await Task.Delay(100);
        }

        dialogs.Should().Equal([DialogType.Confirm], "leaving unsaved Markdown asks first");
        await Expect(page).ToHaveURLAsync(new Regex($"redactie/documenten/{documentId}$"));
        await Expect(box).ToHaveValueAsync("- Eerste punt\n- **Tweede** punt");

        // A reload: the browser's own warning, and the text is offered back when the form is opened again.
        await page.ReloadAsync();
        await page.WaitForBlazorAsync();
        dialogs.Should().Contain(DialogType.BeforeUnload);
        await changes.GetByRole(AriaRole.Button, new() { Name = "Wijziging toevoegen" }).ClickAsync();
        var offer = changes.Locator("[data-testid$='-herstel']");
        await Expect(offer).ToContainTextAsync("Niet opgeslagen tekst hersteld van");
        await offer.GetByRole(AriaRole.Button, new() { Name = "Terugzetten" }).ClickAsync();
        await Expect(box).ToHaveValueAsync("- Eerste punt\n- **Tweede** punt");

        await changes.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("wijzigingen-melding")).ToContainTextAsync("toegevoegd");
        await Expect(changes.Locator("li strong", new() { HasText = "Tweede" })).ToHaveCountAsync(1);
        await page.WaitForFunctionAsync("() => !Object.keys(localStorage).some(key => key.startsWith('inkoopportal:niet-opgeslagen:'))");
    }

    [Fact]
    public async Task New_years_link_drafts_by_title_redactie_filters_and_sorts_and_a_care_types_new_year_twice_makes_no_duplicates()
    {
        var vgz = await DocumentIdAsync("vgz");
        await using var context = await editorPortal.NewContextAsync(portal.Browser);
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await EditorPortal.SignInAsEditorAsync(page, $"/redactie/documenten/{vgz}/nieuw-jaar");

        // One document: nothing there yet; after the click a link to the new draft by its title.
        await Expect(page.GetByTestId("bestaat-al")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Concept voor 2023 maken" }).ClickAsync();
        var toDraft = page.GetByTestId("naar-concept");
        await Expect(toDraft).ToHaveTextAsync("Naar het concept Inkoopbeleid huisartsenzorg 2023 – VGZ");
        await ShouldBeAccessibleAtBothWidthsAsync(page);
        await toDraft.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/redactie/concepten/\d+$"));
        var draftPath = new Uri(page.Url).AbsolutePath;
        var regioplan = page.GetByTestId("onderwerp-regioplan");
        await Expect(regioplan.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("ewerken") })).ToHaveCountAsync(1);
        await Expect(regioplan.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("ewerken") })).ToHaveCountAsync(0);
        await regioplan.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Bewerken") }).ClickAsync();
        await Expect(regioplan.GetByRole(AriaRole.Toolbar)).ToBeVisibleAsync();
        await ShouldBeAccessibleAtBothWidthsAsync(page);
        await regioplan.GetByRole(AriaRole.Button, new() { Name = "Annuleren" }).ClickAsync();

        // Back on the new-year page: before any click it names that draft, with a link.
        await page.GotoAsync($"/redactie/documenten/{vgz}/nieuw-jaar");
        var existing = page.GetByTestId("bestaand-document");
        await Expect(existing).ToHaveTextAsync("Inkoopbeleid huisartsenzorg 2023 – VGZ");
        await Expect(existing).ToHaveAttributeAsync("href", draftPath.TrimStart('/'));
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Concept voor") })).ToHaveCountAsync(0);

        // /redactie: filters go into the URL at once, a column header sorts.
        await page.GotoAsync("/redactie");
        await page.WaitForBlazorAsync();
        await page.Locator("#filter-zorgsoort").SelectOptionAsync("huisartsenzorg");
        await Expect(page).ToHaveURLAsync(new Regex(@"/redactie\?zorgsoort=huisartsenzorg$"));
        await page.Locator("#filter-status").SelectOptionAsync("gepubliceerd");
        await Expect(page).ToHaveURLAsync(new Regex(@"zorgsoort=huisartsenzorg&status=gepubliceerd$"));
        var rows = page.Locator("[data-testid='redactie-documenten'] tbody tr");
        var published = await rows.CountAsync();
        published.Should().BeGreaterThan(3);
        await Expect(rows.Locator("[data-testid='status']")).ToHaveTextAsync(Enumerable.Repeat("Gepubliceerd", published).ToArray());
        await page.GetByTestId("sorteer-inkoper").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("sorteer=inkoper&richting=op"));
        await Expect(page.Locator("th[aria-sort='ascending']")).ToContainTextAsync("Inkoper");
        var names = await rows.Locator("td:nth-child(2)").AllInnerTextsAsync();
        names.Should().BeInAscendingOrder(StringComparer.Create(new System.Globalization.CultureInfo("nl-NL"), true));

        // A care type's new year: VGZ is skipped with a link to its draft; the rest are made; twice makes nothing new.
        var section = page.GetByTestId("zorgsoort-nieuw-jaar");
        await Expect(section.GetByTestId("nieuw-jaar-uitleg")).ToContainTextAsync("Van 2022 naar 2023");
        await section.GetByTestId("nieuw-jaar-zorgsoort-knop").ClickAsync();
        var result = section.GetByTestId("nieuw-jaar-resultaat");
        await Expect(result.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{published - 1} concepten voor 2023 aangemaakt; 1 overgeslagen.");
        await Expect(result.GetByTestId("nieuw-jaar-aangemaakt").Locator("li")).ToHaveCountAsync(published - 1);
        await Expect(result.GetByTestId("nieuw-jaar-overgeslagen").GetByRole(AriaRole.Link, new() { Name = "Inkoopbeleid huisartsenzorg 2023 – VGZ" }))
            .ToHaveAttributeAsync("href", draftPath.TrimStart('/'));
        await ShouldBeAccessibleAtBothWidthsAsync(page);

        await section.GetByTestId("nieuw-jaar-zorgsoort-knop").ClickAsync();
        await Expect(result.GetByRole(AriaRole.Status)).ToContainTextAsync("Er is niets aangemaakt");
        await Expect(result.GetByTestId("nieuw-jaar-overgeslagen").Locator("li")).ToHaveCountAsync(published);
        (await DraftsFor2023Async()).Should().HaveCount(published).And.OnlyHaveUniqueItems();

        await page.GotoAsync("/redactie/concepten");
        await Expect(page.GetByTestId("concept-maken").GetByRole(AriaRole.Link)).ToHaveCountAsync(3);
        await ShouldBeAccessibleAtBothWidthsAsync(page);
    }

    private static async Task ShouldBeAccessibleAtBothWidthsAsync(IPage page)
    {
        foreach (var (width, height) in Widths)
        {
            await page.SetViewportSizeAsync(width, height);
            await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        }

        await page.SetViewportSizeAsync(1440, 900);
    }

    private async Task<int> DocumentIdAsync(string purchaserSlug)
    {
        await using var context = editorPortal.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
        return await context.PolicyDocuments
            .Where(document => document.Purchaser!.Slug == purchaserSlug && document.ValidFromYear == 2022 && document.Status == DocumentStatus.Published
                && document.CareTypes.Any(careType => careType.Slug == "huisartsenzorg"))
            .Select(document => document.Id).SingleAsync();
    }

    private async Task<int> StatementIdAsync(string purchaserSlug, string topicSlug)
    {
        var documentId = await DocumentIdAsync(purchaserSlug);
        await using var context = editorPortal.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
        return await context.Statements.Where(statement => statement.PolicyDocumentId == documentId && statement.Topic!.Slug == topicSlug)
            .Select(statement => statement.Id).SingleAsync();
    }

    private async Task<List<int>> DraftsFor2023Async()
    {
        await using var context = editorPortal.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
        return await context.PolicyDocuments
            .Where(document => document.Status == DocumentStatus.Draft && document.ValidFromYear == 2023 && document.CareTypes.Any(careType => careType.Slug == "huisartsenzorg"))
            .Select(document => document.PurchaserId).ToListAsync();
    }
}
