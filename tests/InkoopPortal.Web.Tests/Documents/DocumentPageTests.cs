using InkoopPortal.TestSupport;
using System.Net;
using AngleSharp.Dom;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Documents;

/// <summary>
/// The document pages on the data a first start seeds. Run on both providers: the page's query (split query,
/// nested projections, enums stored as text) must read the same from SQLite and PostgreSQL.
/// </summary>
public abstract class DocumentPageTests(PortalWebApplicationFactory factory)
{
    [Fact]
    public async Task Policy_text_page_shows_facts_conditions_with_thresholds_planning_changes_and_sections()
    {
        var id = await factory.DocumentIdAsync("zorg-en-zekerheid", 2024, "msz");
        var (response, page) = await factory.CreateClient().GetPageAsync($"/documenten/{id}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Title.Should().Be("Medisch- specialistische zorg zorginkoopbeleid 2024 – InkoopPortal");
        page.ShouldHaveOrderedHeadings();
        page.ShouldBeAccessible();

        var facts = page.QuerySelectorAll("dl.facts dt").ToDictionary(term => term.NormalizedText(), term => term.NextElementSibling!);
        facts["Inkoper"].QuerySelector("a[href='inkopers/zorg-en-zekerheid']").Should().NotBeNull();
        facts["Zorgsoorten"].NormalizedText().Should().Be("Medisch-specialistische zorg");
        facts["Geldig voor"].NormalizedText().Should().Be("2024");
        facts["Status"].NormalizedText().Should().Be("Gepubliceerd");
        facts["Gepubliceerd op"].NormalizedText().Should().Be("1 april 2023");
        var source = facts["Bron"].QuerySelector("a")!;
        source.GetAttribute("href").Should().Be("https://www.zorgenzekerheid.nl/zorgprofessionals/zorginkoop.htm");
        source.GetAttribute("rel").Should().Contain("noopener");
        facts["Geïmporteerd uit"].NormalizedText().Should().Contain("Beleidstekst van Zorg en Zekerheid")
            .And.Contain("zorg-en-zekerheid-zorginkoopbeleid-2024-msz.txt").And.Contain("Herkomst: Zorg en Zekerheid");

        // The ZBC condition: three thresholds of which one is enough.
        var conditions = page.QuerySelector("section[aria-labelledby='voorwaarden']")!;
        var zbc = conditions.Heading("h3", "Minimum- en kwaliteitseisen – Zelfstandige behandelcentra (ZBC's)").NextElementSibling!;
        var withThresholds = zbc.QuerySelectorAll("li.condition").Single(condition => condition.QuerySelectorAll(".threshold").Length == 3);
        withThresholds.QuerySelectorAll(".threshold").Select(threshold => threshold.NormalizedText())
            .Should().Equal("zorgomzet ≥ € 100.000", "marktaandeel ≥ 25%", "jaren in bedrijf ≥ 2 jaar");
        withThresholds.QuerySelectorAll(".threshold-joiner").Select(joiner => joiner.NormalizedText()).Should().Equal("of", "of");
        withThresholds.QuerySelector(".condition-kind")!.NormalizedText().Should().Be("Eis");

        // Planning in date order, each date as exact as its source.
        var planning = page.QuerySelector("section[aria-labelledby='planning'] table")!;
        planning.QuerySelectorAll("thead th").Select(header => header.NormalizedText()).Should().Equal("Datum", "Wat", "Soort", "Wie");
        planning.QuerySelectorAll("tbody tr td:first-child").Select(cell => cell.NormalizedText())
            .Should().Equal("2023", "1 april 2023", "1 september 2023", "oktober 2023", "9 november 2023", "12 november 2023");
        var signing = planning.QuerySelectorAll("tbody tr").Single(row => row.QuerySelector("td")!.NormalizedText() == "9 november 2023");
        signing.QuerySelector("td:nth-of-type(2)")!.NormalizedText().Should().Be("Ondertekenen");

        var changes = page.QuerySelector("section[aria-labelledby='wijzigingen']")!;
        changes.QuerySelectorAll("li").Should().HaveCount(16);
        changes.QuerySelectorAll("li").Select(change => change.NormalizedText()).Should().Contain(text =>
            text.StartsWith("Passende zorg (zie hoofdstuk 3.3)", StringComparison.Ordinal));

        var sections = page.QuerySelector("section[aria-labelledby='volledige-tekst']")!;
        sections.QuerySelectorAll("details > summary").Select(summary => summary.NormalizedText()).Should().Contain(["6.3 Planning", "Bijlage 1: Aanvullende minimum- en kwaliteitseisen"]);
        sections.QuerySelectorAll("details details").Should().NotBeEmpty("subsections are nested in their chapter");

        // Statements: the summaries of the passages filed under the codebook's topics, with the sections they cite.
        var topics = page.QuerySelector("section[aria-labelledby='onderwerpen']")!;
        var passendeZorg = topics.Heading("h4", "Passende zorg").ParentElement!;
        passendeZorg.QuerySelector(".rich-text")!.NormalizedText().Should().NotBeEmpty();
        passendeZorg.QuerySelector(".source-reference")!.NormalizedText().Should().Contain("3.3 Passende zorg");
    }

    [Fact]
    public async Task Wlz_presentation_shows_tariff_figures_and_the_question_deadline_with_its_time()
    {
        var id = await factory.DocumentIdAsync("zorgkantoor-zorg-en-zekerheid", 2024, "wlz-vv");
        var (response, page) = await factory.CreateClient().GetPageAsync($"/documenten/{id}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.ShouldHaveOrderedHeadings();
        page.ShouldBeAccessible();
        page.QuerySelector(".page-subtitle")!.NormalizedText().Should().Contain("geldig voor 2024–2026");

        var figures = page.QuerySelector("section[aria-labelledby='cijfers'] table")!;
        var vv = figures.QuerySelectorAll("tbody tr").Single(row => row.QuerySelector("th")!.NormalizedText().StartsWith("Tariefpercentage VV", StringComparison.Ordinal));
        vv.QuerySelector("td.number")!.NormalizedText().Should().Be("95,5%");
        vv.NormalizedText().Should().Contain("75e percentiel");

        var planning = page.QuerySelector("section[aria-labelledby='planning'] table")!;
        planning.QuerySelectorAll("tbody tr td:first-child").Select(cell => cell.NormalizedText())
            .Should().Equal("15 juni 2023, 12:00 uur", "30 juni 2023");

        var topics = page.QuerySelector("section[aria-labelledby='onderwerpen']")!;
        topics.QuerySelectorAll("h3").Select(heading => heading.NormalizedText()).Should().Equal("Wlz-inkoop");
        topics.QuerySelectorAll(".scope-note").Select(note => note.NormalizedText()).Should().Contain("Alleen voor Wlz verpleging en verzorging");
        topics.QuerySelectorAll("h4").Select(heading => heading.NormalizedText()).Should()
            .NotContain("Herschikking", "no Wlz document of these years speaks to it: the page lists the topics in use, not the whole codebook");
    }

    [Fact]
    public async Task Policy_text_with_exclusions_marks_them_as_grounds_for_exclusion()
    {
        var id = await factory.DocumentIdAsync("asr", 2023, "elv");
        var (_, page) = await factory.CreateClient().GetPageAsync($"/documenten/{id}");

        page.ShouldHaveOrderedHeadings();
        var exclusions = page.QuerySelectorAll("section[aria-labelledby='voorwaarden'] li.condition-exclusion");
        exclusions.Should().HaveCount(5);
        exclusions.Select(exclusion => exclusion.QuerySelector(".condition-kind")!.NormalizedText()).Should().OnlyContain(kind => kind == "Uitsluitingsgrond");
        exclusions[0].NormalizedText().Should().Contain("sanctieregeling");
        page.QuerySelectorAll("li.condition-requirement .condition-kind").Should().OnlyContain(kind => kind.NormalizedText() == "Eis");

        var planning = page.QuerySelector("section[aria-labelledby='planning'] table")!;
        planning.QuerySelectorAll("tbody tr td:first-child").Select(cell => cell.NormalizedText()).Should().StartWith(["30 juni 2022", "juli – oktober 2022"]);
        page.QuerySelector("dl.facts")!.NormalizedText().Should().Contain("Geldig voor 2023 en 2024");
    }

    [Fact]
    public async Task Memo_document_shows_each_topic_state_in_Dutch_and_an_unread_document_says_not_analysed()
    {
        var client = factory.CreateClient();
        var (_, dsw) = await client.GetPageAsync($"/documenten/{await factory.DocumentIdAsync("dsw", 2022, "huisartsenzorg")}");

        dsw.ShouldHaveOrderedHeadings();
        dsw.ShouldBeAccessible();
        var topics = dsw.QuerySelector("section[aria-labelledby='onderwerpen']")!;
        topics.QuerySelectorAll("h3").Select(heading => heading.NormalizedText())
            .Should().Equal("N.a.v bouwstenen voor regionale samenwerking", "Overige onderwerpen");
        StatusOf(topics, "Arbeidsmarktproblematiek / toegankelijkheid").Should().Be("Geen bijzonderheden");
        StatusOf(topics, "ROS'sen").Should().Be("Geen beleid gepubliceerd");
        topics.Heading("h4", "ROS'sen").ParentElement!.QuerySelector(".source-reference")!.NormalizedText()
            .Should().Be("Bron: INKOOPBELEID ZORGVERZEKERAARS 2022, regel 80, kolom 2");
        dsw.QuerySelector("section[aria-labelledby='volledige-tekst']").Should().BeNull("a memo column has no text of its own");

        var (_, asr) = await client.GetPageAsync($"/documenten/{await factory.DocumentIdAsync("asr", 2022, "huisartsenzorg")}");
        var asrTopics = asr.QuerySelector("section[aria-labelledby='onderwerpen']")!;
        asrTopics.QuerySelector("[role='alert'], .mud-alert")!.NormalizedText().Should().StartWith("Nog niet geanalyseerd");
        asrTopics.QuerySelectorAll(".topic-status-list li").Should().HaveCount(11)
            .And.OnlyContain(topic => topic.QuerySelector(".statement-status")!.NormalizedText() == "Nog niet geanalyseerd");
    }

    [Fact]
    public async Task Each_deadline_shows_where_it_was_read_and_one_from_a_sentence_shows_the_sentence()
    {
        var id = await factory.DocumentIdAsync("asr", 2023, "elv");
        var (_, page) = await factory.CreateClient().GetPageAsync($"/documenten/{id}");

        var rows = page.QuerySelectorAll("section[aria-labelledby='planning'] tbody tr").ToList();
        var fromSentence = rows.Single(row => row.QuerySelector("td")!.NormalizedText() == "30 juni 2023");
        fromSentence.QuerySelector("th")!.NormalizedText().Should().StartWith("Wilt u een contract voor 2024 dan dient u dit ook vóór 1 juli 2023 bij ons aan te geven");
        fromSentence.QuerySelector(".deadline-location")!.NormalizedText().Should().Be("Inkoopbeleid 2023 & 2024, regel 264");

        var fromTable = rows.Single(row => row.QuerySelector("td")!.NormalizedText() == "12 november 2022");
        fromTable.QuerySelector("q.deadline-source")!.NormalizedText().Should().Be("Publicatie gecontracteerde partijen op de website | a.s.r. | 12 november");
        fromTable.QuerySelector(".deadline-location")!.NormalizedText().Should().Be("Inkoopbeleid 2023 & 2024, regel 277");
        rows.Should().NotContain(row => row.QuerySelector("td")!.NormalizedText() == "1 januari 2023", "'vanaf 1 januari 2023' is a starting point");
    }

    [Fact]
    public async Task A_draft_is_not_shown_to_readers()
    {
        int draftId;
        await using (var context = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            var purchaser = await context.Purchasers.SingleAsync(candidate => candidate.Slug == "zorg-en-zekerheid");
            var draft = new PolicyDocument { Title = "Concept zorginkoopbeleid 2031", PurchaserId = purchaser.Id, ValidFromYear = 2031, ValidToYear = 2031, Status = DocumentStatus.Draft };
            context.PolicyDocuments.Add(draft);
            await context.SaveChangesAsync();
            draftId = draft.Id;
        }

        var client = factory.CreateClient();
        var (response, page) = await client.GetPageAsync($"/documenten/{draftId}");
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        page.QuerySelector("h1")!.NormalizedText().Should().Be("Pagina niet gevonden");

        var (_, purchaserPage) = await client.GetPageAsync("/inkopers/zorg-en-zekerheid");
        purchaserPage.Body!.NormalizedText().Should().NotContain("Concept zorginkoopbeleid 2031");
    }

    private static string StatusOf(IElement topics, string topic) =>
        topics.Heading("h4", topic).ParentElement!.QuerySelector(".statement-status")!.NormalizedText();
}

public class DocumentPageOnSqliteTests(PortalWebApplicationFactory factory)
    : DocumentPageTests(factory), IClassFixture<PortalWebApplicationFactory>;

public class DocumentPageOnPostgresTests(PostgresWebApplicationFactory factory)
    : DocumentPageTests(factory), IClassFixture<PostgresWebApplicationFactory>;
