using System.Globalization;
using System.Text.RegularExpressions;

namespace InkoopPortal.EndToEndTests.Editing;

/// <summary>
/// The review page "Indelen" in Chromium, on an app of its own (it changes what the matrix shows): an editor opens the
/// seeded msz policy text of Zorg en Zekerheid through the document page, accepts every proposal above the threshold,
/// moves one passage to a topic the document had nothing on, splits a section, and finds both topics' cells in the
/// matrix and their cell detail. Sections and topics are chosen by what the page shows, never by their scores.
/// </summary>
[Collection(PortalCollection.Name)]
public class FilingPageTests(PortalFixture portal, EditorPortal editorPortal, ITestOutputHelper output) : IClassFixture<EditorPortal>
{
    private const string Purchaser = "Zorg en Zekerheid";
    private const string DocumentTitle = "Medisch- specialistische zorg zorginkoopbeleid 2024";
    private const string Matrix = "/vergelijk?jaar=2024&zorgsoort=msz";

    [Fact]
    public async Task An_editor_accepts_moves_and_splits_and_the_matrix_shows_the_cells()
    {
        await using var context = await editorPortal.NewContextAsync(portal.Browser);
        var page = await context.NewPageAsync();
        await OpenFilingPageAsync(page);

        // Accept everything above the default threshold.
        var confirmedBefore = await CountAsync(page, "aantal-bevestigd");
        await page.GetByRole(AriaRole.Button, new() { Name = "Alles boven de drempel overnemen" }).ClickAsync();
        await Expect(page.GetByTestId("indeling-melding")).ToContainTextAsync("overgenomen");
        await Expect(page.GetByTestId("aantal-bevestigd")).Not.ToHaveTextAsync(confirmedBefore.ToString(CultureInfo.InvariantCulture));
        (await CountAsync(page, "aantal-bevestigd")).Should().BeGreaterThan(confirmedBefore);

        // Move the first filed passage to a topic of the codebook on which the document has nothing yet.
        var filed = page.GetByTestId("indeling").First;
        var from = (await filed.GetByTestId("onderwerp").TextContentAsync())!.Trim();
        var moved = page.GetByTestId("passage").Filter(new() { Has = page.GetByTestId("indeling") }).First;
        var movedWords = await LeadWordsAsync(moved);
        var target = await EmptyTopicAsync(page);
        await filed.Locator("select").First.SelectOptionAsync(new SelectOptionValue { Label = target });
        await filed.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Verplaatsen") }).ClickAsync();
        await Expect(page.GetByTestId("indeling-melding")).ToContainTextAsync($"verplaatst naar {target}");
        await Expect(Chips(page.GetByTestId("passage"), target)).ToHaveCountAsync(1);
        output.WriteLine($"Moved a passage from '{from}' to '{target}': '{movedWords}'.");

        // Split a section of several paragraphs that has a confirmed topic (both halves keep it).
        var splittable = page.GetByTestId("passage")
            .Filter(new() { Has = page.GetByLabel("Splitsen vóór alinea") })
            .Filter(new() { Has = page.Locator(".filing-chip.is-confirmed") })
            .Filter(new() { HasNot = page.GetByTestId("onderwerp").Filter(new() { HasTextRegex = Exactly(target) }) })
            .First;
        var section = page.GetByTestId("sectie").Filter(new() { Has = splittable });
        var sectionTitle = (await section.GetByRole(AriaRole.Heading).First.TextContentAsync())!.Trim();
        var splitTopic = (await splittable.Locator(".filing-chip.is-confirmed").First.TextContentAsync())!.Trim();
        // The first paragraph the passage can be split before (it may itself start further down the section).
        var at = int.Parse((await splittable.GetByLabel("Splitsen vóór alinea").Locator("option").First.TextContentAsync())!.Trim(), CultureInfo.InvariantCulture);
        await splittable.GetByRole(AriaRole.Button, new() { Name = "Splitsen" }).ClickAsync();
        await Expect(page.GetByTestId("indeling-melding")).ToContainTextAsync($"gesplitst vóór alinea {at}");
        var passages = page.GetByTestId("sectie")
            .Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = sectionTitle, Exact = true }) })
            .GetByTestId("passage");
        var firstHalf = passages.Filter(new() { Has = page.Locator("summary", new() { HasTextRegex = new Regex($@"^Tekst \(alinea (\d+–)?{at - 1}\)$") }) });
        var secondHalf = passages.Filter(new() { Has = page.Locator("summary", new() { HasTextRegex = new Regex($@"^Tekst \(alinea {at}(–\d+)?\)$") }) });
        await Expect(Chips(firstHalf, splitTopic)).ToHaveCountAsync(1);
        await Expect(Chips(secondHalf, splitTopic)).ToHaveCountAsync(1);
        var secondHalfWords = await LeadWordsAsync(secondHalf);
        output.WriteLine($"Split '{sectionTitle}' ({splitTopic}) before paragraph {at}: '{secondHalfWords}'.");

        // The matrix has both topics' cells with the passages' opening words, and so has their cell detail.
        await page.GotoAsync(Matrix);
        await page.WaitForBlazorAsync();
        foreach (var (topic, words) in new[] { (target, movedWords), (splitTopic, secondHalfWords) })
        {
            var details = page.GetByRole(AriaRole.Link, new() { NameRegex = DetailsOf(topic) });
            var cell = page.Locator("td.cell", new() { Has = details });
            await Expect(cell).ToHaveClassAsync(new Regex("cell--content"));
            await Expect(cell).ToContainTextAsync(words);
        }

        await page.GetByRole(AriaRole.Link, new() { NameRegex = DetailsOf(target) }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/vergelijk/cel\?"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(target);
        await Expect(page.Locator("section[aria-labelledby='uitspraak']")).ToContainTextAsync(movedWords);

        // Every passage behind the cell in full, with who confirmed it and a link to its section in the document.
        var passage = page.GetByTestId("passage").Filter(new() { HasText = movedWords });
        await Expect(passage).ToHaveCountAsync(1);
        await Expect(passage.GetByTestId("passage-status")).ToContainTextAsync("Bevestigd door Rianne Redacteur");
        var sectionLink = passage.Locator("h4 a");
        await Expect(sectionLink).ToHaveAttributeAsync("href", new Regex(@"^/documenten/\d+\?sectie=\d+#sectie-\d+$"));
        await sectionLink.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/documenten/\d+\?sectie=\d+#sectie-\d+$"));
    }

    [Fact]
    public async Task The_filing_page_is_keyboard_usable_and_has_no_serious_accessibility_violations()
    {
        await using var context = await editorPortal.NewContextAsync(portal.Browser);
        var page = await context.NewPageAsync();
        await OpenFilingPageAsync(page);
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        // The threshold, then its button, in that order; the button works with Enter. A threshold out of range
        // changes nothing (the other test in this class accepts) and is answered in the live region.
        var threshold = page.GetByLabel("Drempel (score van 0 tot 100)");
        await threshold.FillAsync("101");
        await page.Keyboard.PressAsync("Tab");
        var accept = page.GetByRole(AriaRole.Button, new() { Name = "Alles boven de drempel overnemen" });
        (await accept.EvaluateAsync<bool>("element => element === document.activeElement")).Should().BeTrue();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("indeling-melding")).ToHaveTextAsync("De drempel is een score van 0 tot en met 100.");

        // With a passage's text and a "Waarom hier?" open, and a result in the live region.
        var passage = page.GetByTestId("passage").Filter(new() { Has = page.GetByTestId("voorstel") }).First;
        await passage.Locator("summary").First.ClickAsync();
        await passage.GetByTestId("voorstel").First.Locator("summary").ClickAsync();
        await Expect(passage.GetByTestId("voorstel").First.Locator("details li, details p").First).ToBeVisibleAsync();
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    }

    /// <summary>Document ids depend on the import order: the filing page is reached from the document page, as an editor does.</summary>
    private static async Task OpenFilingPageAsync(IPage page)
    {
        await EditorPortal.SignInAsEditorAsync(page, "/inkopers");
        await page.GetByRole(AriaRole.Link, new() { Name = Purchaser, Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = DocumentTitle }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(DocumentTitle);
        await page.GetByTestId("indelen-link").GetByRole(AriaRole.Link, new() { Name = "Indelen" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/redactie/documenten/\d+/indelen$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Indelen: {DocumentTitle}");
        await page.WaitForBlazorAsync();
    }

    /// <summary>The topic chips named exactly <paramref name="topic"/> within <paramref name="scope"/>.</summary>
    private static ILocator Chips(ILocator scope, string topic) =>
        scope.GetByTestId("onderwerp").Filter(new() { HasTextRegex = Exactly(topic) });

    /// <summary>The name of a matrix cell's detail link: "Details: Zorg en Zekerheid, Kwaliteit" (its hidden part may read with a space before the colon).</summary>
    private static Regex DetailsOf(string topic) => new($@"^Details\s*:\s*{Regex.Escape(Purchaser)}, {Regex.Escape(topic)}$");

    private static Regex Exactly(string text) => new($@"^\s*{Regex.Escape(text)}\s*$");

    private static async Task<int> CountAsync(IPage page, string testId) =>
        int.Parse((await page.GetByTestId(testId).TextContentAsync())!.Trim(), CultureInfo.InvariantCulture);

    /// <summary>A topic of the codebook panel with no passage of this document yet (its cell then holds only what is moved there).</summary>
    private static async Task<string> EmptyTopicAsync(IPage page)
    {
        var empty = page.GetByTestId("codeboek-onderwerp").Filter(new() { Has = page.Locator(".filing-topic-count", new() { HasTextRegex = new Regex("^0$") }) });
        (await empty.CountAsync()).Should().BePositive("the codebook has topics this document says nothing about");
        return (await empty.First.Locator(".filing-topic-name").TextContentAsync())!.Trim();
    }

    /// <summary>The first words of a passage's first paragraph or list item: the summary in its cell starts with them.</summary>
    private static async Task<string> LeadWordsAsync(ILocator passage)
    {
        var text = await passage.Locator(".filing-passage-text .rich-text").Locator("p, li").First.TextContentAsync();
        var words = Regex.Split(text!.Trim(), @"\s+");
        return string.Join(' ', words.Take(5));
    }
}
