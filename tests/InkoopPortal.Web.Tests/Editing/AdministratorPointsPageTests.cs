using System.Net;
using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Editing;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.PolicyYears;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Documents;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Security;
using InkoopPortal.Web.Tests.Documents;
using InkoopPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Editing;

/// <summary>
/// Issue 13, the administrator's points as the pages render them: /redactie filtered, sorted and with a status column
/// from its URL; the new-year page naming an existing next-year document by title before the click; one edit action
/// per topic on the draft page; the drafts page offering links; the Markdown toolbar; an edited cell's source line.
/// </summary>
public class AdministratorPointsPageTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    private static readonly AuditActor Jansen = new("user-jansen", "A. Jansen");

    private async Task<HttpClient> EditorAsync()
    {
        var email = $"redacteur-{Guid.NewGuid():N}@beheer.test";
        await factory.CreateUserAsync(email, UserRole.Editor);
        var client = factory.CreateBrowser();
        await client.SignInOrFailAsync(email);
        return client;
    }

    private async Task<PolicyYearResult> DraftOfAsync(string purchaserSlug, int year, string careTypeSlug)
    {
        var source = await factory.DocumentIdAsync(purchaserSlug, year, careTypeSlug);
        var services = factory.Services;
        var plan = await services.GetRequiredService<NewPolicyYearService>().PlanAsync(source);
        if (plan!.Existing is { Status: DocumentStatus.Draft } existing)
        {
            return new PolicyYearResult(true, existing.Id, "", []);
        }

        var draft = await services.GetRequiredService<NewPolicyYearService>().CreateDraftAsync(source, FixedAuthorization.Allowed, Jansen);
        draft.Succeeded.Should().BeTrue(draft.Message);
        return draft;
    }

    [Fact]
    public async Task Redactie_filters_sorts_and_shows_each_documents_status_from_its_URL()
    {
        var draft = await DraftOfAsync("cz", 2022, "huisartsenzorg");
        var editor = await EditorAsync();

        var (response, all) = await editor.GetPageAsync("/redactie");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var allRows = all.QuerySelectorAll("[data-testid='redactie-documenten'] tbody tr");
        all.QuerySelectorAll("[data-testid='redactie-documenten'] thead th").Select(th => th.NormalizedText())
            .Should().ContainInOrder("Jaren ↓, sorteren", "Inkoper, sorteren", "Zorgsoort, sorteren", "Document, sorteren", "Status, sorteren", "Cellen, sorteren");
        allRows.Select(row => row.QuerySelector("[data-testid='status']")!.NormalizedText()).Distinct()
            .Should().BeEquivalentTo("Concept", "Gepubliceerd");

        var (_, drafts) = await editor.GetPageAsync("/redactie?status=concept");
        var draftRows = drafts.QuerySelectorAll("[data-testid='redactie-documenten'] tbody tr");
        draftRows.Should().NotBeEmpty().And.OnlyContain(row => row.QuerySelector("[data-testid='status']")!.NormalizedText() == "Concept");
        draftRows.Should().Contain(row => row.QuerySelector($"a[href='redactie/documenten/{draft.DocumentId}']") != null);
        drafts.QuerySelector("#filter-status option[selected]")!.GetAttribute("value").Should().Be("concept");
        drafts.QuerySelector("[data-testid='redactie-aantal']")!.NormalizedText().Should().Be($"{draftRows.Length} {(draftRows.Length == 1 ? "document" : "documenten")} van {allRows.Length}");

        var (_, sorted) = await editor.GetPageAsync("/redactie?zorgsoort=huisartsenzorg&jaar=2022&sorteer=inkoper&richting=af");
        var purchasers = sorted.QuerySelectorAll("[data-testid='redactie-documenten'] tbody tr").Select(row => row.Children[1].NormalizedText()).ToList();
        purchasers.Should().HaveCountGreaterThan(3).And.BeInDescendingOrder(StringComparer.Create(new System.Globalization.CultureInfo("nl-NL"), true));
        sorted.QuerySelectorAll("[data-testid='redactie-documenten'] tbody tr").Should().OnlyContain(row => row.Children[2].NormalizedText().Contains("Huisartsenzorg"));
        sorted.QuerySelector("th[aria-sort='descending']")!.NormalizedText().Should().StartWith("Inkoper");
        sorted.QuerySelector("[data-testid='sorteer-inkoper']")!.GetAttribute("href").Should().Be("redactie?zorgsoort=huisartsenzorg&jaar=2022&sorteer=inkoper&richting=op");
        sorted.QuerySelector("#filter-jaar option[selected]")!.GetAttribute("value").Should().Be("2022");

        var (_, bad) = await editor.GetPageAsync("/redactie?jaar=twintig&status=weg");
        bad.QuerySelector("[data-testid='redactie-meldingen']")!.NormalizedText()
            .Should().Contain("'twintig' is geen jaar").And.Contain("De status 'weg' bestaat niet");
        bad.QuerySelectorAll("[data-testid='redactie-documenten'] tbody tr").Should().HaveCount(allRows.Length, "what cannot be read is left out, not the documents");
        all.ShouldBeAccessible();
    }

    [Fact]
    public async Task The_new_year_page_names_the_next_years_document_by_title_with_a_link_before_the_click()
    {
        var draft = await DraftOfAsync("vgz", 2022, "huisartsenzorg");
        var source = await factory.DocumentIdAsync("vgz", 2022, "huisartsenzorg");
        var editor = await EditorAsync();

        var (_, page) = await editor.GetPageAsync($"/redactie/documenten/{source}/nieuw-jaar");

        var notice = page.QuerySelector("[data-testid='bestaat-al']")!;
        notice.NormalizedText().Should().StartWith("Er is al een concept voor 2023:");
        var link = notice.QuerySelector("a[data-testid='bestaand-document']")!;
        link.GetAttribute("href").Should().Be($"redactie/concepten/{draft.DocumentId}");
        link.NormalizedText().Should().Be("Inkoopbeleid huisartsenzorg 2023 – VGZ");
        page.Body!.TextContent.Should().NotContain($"document {draft.DocumentId}");
        page.QuerySelectorAll("button").Should().NotContain(button => button.NormalizedText().StartsWith("Concept voor"));
        page.ShouldBeAccessible();
    }

    [Fact]
    public async Task The_draft_page_has_one_edit_action_per_topic_and_the_drafts_page_offers_links()
    {
        var draft = await DraftOfAsync("menzis", 2022, "huisartsenzorg");
        var editor = await EditorAsync();

        var (_, page) = await editor.GetPageAsync($"/redactie/concepten/{draft.DocumentId}");

        var topics = page.QuerySelectorAll("article[data-testid^='onderwerp-']");
        topics.Should().NotBeEmpty();
        foreach (var topic in topics)
        {
            topic.QuerySelectorAll("a, button").Count(action => action.NormalizedText().Contains("ewerken"))
                .Should().Be(1, $"one edit action for {topic.GetAttribute("data-testid")}");
        }

        var (_, list) = await editor.GetPageAsync("/redactie/concepten");
        var offers = list.QuerySelector("[data-testid='concept-maken']")!;
        offers.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should()
            .Equal("redactie?status=gepubliceerd", "redactie#zorgsoort-nieuw-jaar-titel", "redactie/import");
    }

    [Fact]
    public async Task Markdown_boxes_have_a_toolbar_with_Dutch_labels_and_shortcuts()
    {
        int statementId;
        await using (var context = factory.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext())
        {
            statementId = await context.Statements.Where(s => s.Status == StatementStatus.Content).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        }

        var editor = await EditorAsync();
        var (_, page) = await editor.GetPageAsync($"/redactie/stellingen/{statementId}");

        var toolbar = page.QuerySelector("[role='toolbar'][aria-controls='tekst']")!;
        toolbar.QuerySelectorAll("button[data-md]").Select(button => button.GetAttribute("aria-label"))
            .Should().Equal("Vet", "Cursief", "Kop", "Opsomming", "Genummerde lijst", "Link");
        toolbar.QuerySelector("button[data-md='bold']")!.GetAttribute("aria-keyshortcuts").Should().Be("Control+B");
        toolbar.QuerySelector("button[data-md='italic']")!.GetAttribute("aria-keyshortcuts").Should().Be("Control+I");
        page.QuerySelector("textarea#tekst[data-markdown]").Should().NotBeNull();
        page.QuerySelector("script[src*='markdown-toolbar']").Should().NotBeNull();
    }

    [Fact]
    public async Task An_edited_cell_says_who_edited_it_and_when_and_what_it_was_imported_from()
    {
        int statementId;
        await using (var context = factory.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext())
        {
            statementId = await context.Statements
                .Where(s => s.PolicyDocument!.Purchaser!.Slug == "dsw" && s.PolicyDocument.Status == DocumentStatus.Published
                    && s.PolicyDocument.ValidFromYear == 2022 && s.Topic!.Slug == "regioplan")
                .Select(s => s.Id).SingleAsync();
        }

        var statements = factory.Services.GetRequiredService<StatementEditor>();
        var saved = await statements.SaveAsync((await statements.LoadAsync(statementId))!.Model with { Status = StatementStatus.Content, Markdown = "- Regioplan per 1 oktober" },
            FixedAuthorization.Allowed, Jansen);
        saved.Should().BeOfType<SaveResult<StatementEditModel>.Saved>();
        var today = InkoopPortal.Application.Presentation.DutchFormat.Date(DateTimeOffset.UtcNow);
        var client = factory.CreateClient();

        var (_, cell) = await client.GetPageAsync("/vergelijk/cel?jaar=2022&zorgsoort=huisartsenzorg&inkoper=dsw&onderwerp=regioplan");

        var line = cell.QuerySelector("section[aria-labelledby='uitspraak'] [data-testid='bron-regel']")!.NormalizedText();
        line.Should().StartWith($"Bewerkt door A. Jansen op {today}; oorspronkelijk geïmporteerd uit INKOOPBELEID ZORGVERZEKERAARS 2022").And.Contain("regel");
        cell.QuerySelector("section[aria-labelledby='uitspraak'] .provenance dt:nth-of-type(2)")!.NormalizedText().Should().Be("Herkomst");

        var (_, document) = await client.GetPageAsync($"/documenten/{await factory.DocumentIdAsync("dsw", 2022, "huisartsenzorg")}");
        var topics = document.QuerySelector("section[aria-labelledby='onderwerpen']")!;
        topics.QuerySelectorAll(".source-reference").Select(source => source.NormalizedText())
            .Should().ContainSingle(text => text.StartsWith($"Bewerkt door A. Jansen op {today}; oorspronkelijk geïmporteerd uit INKOOPBELEID ZORGVERZEKERAARS 2022"));
        topics.QuerySelectorAll(".source-reference").Select(source => source.NormalizedText())
            .Where(text => !text.StartsWith("Bewerkt")).Should().OnlyContain(text => text.StartsWith("Bron: "));
    }
}
