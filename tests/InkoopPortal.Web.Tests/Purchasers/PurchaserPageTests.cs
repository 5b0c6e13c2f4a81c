using InkoopPortal.TestSupport;
using System.Net;
using AngleSharp.Dom;
using InkoopPortal.Web.Tests.Documents;
using InkoopPortal.Web.Tests.Support;

namespace InkoopPortal.Web.Tests.Purchasers;

/// <summary>The purchaser pages on the data a first start seeds (reference data and the four shipped sources).</summary>
public class PurchaserPageTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    [Fact]
    public async Task Insurer_page_shows_its_concern_website_and_documents_per_year_with_working_links()
    {
        var client = factory.CreateClient();
        var (response, page) = await client.GetPageAsync("/inkopers/zorg-en-zekerheid");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Title.Should().Be("Zorg en Zekerheid – InkoopPortal");
        page.QuerySelector("h1")!.TextContent.Should().Be("Zorg en Zekerheid");
        page.ShouldHaveOrderedHeadings();
        page.ShouldBeAccessible();

        var facts = Facts(page);
        facts["Soort"].TextContent.Should().Be("Zorgverzekeraar");
        facts["Concern"].NormalizedText().Should().Contain("Zorg en Zekerheid");
        facts["Concern"].QuerySelector("a[href='inkopers/zorgkantoor-zorg-en-zekerheid']")!.TextContent.Should().Be("Zorgkantoor Zorg en Zekerheid");
        facts["Ook geschreven als"].TextContent.Should().Contain("Z&Z");
        var website = facts["Website"].QuerySelector("a")!;
        website.GetAttribute("href").Should().Be("https://www.zorgenzekerheid.nl");
        website.TextContent.Should().Be("zorgenzekerheid.nl");

        var documents = page.QuerySelector("section[aria-labelledby='documenten']")!;
        documents.QuerySelectorAll("h3").Select(heading => heading.TextContent.Trim()).Should().Equal("2024", "2022");
        var msz = DocumentLinks(documents, "2024").Should().ContainSingle().Subject;
        msz.TextContent.Should().Be("Medisch- specialistische zorg zorginkoopbeleid 2024");
        PrecedingHeading(msz, "h4").TextContent.Should().Be("Medisch-specialistische zorg");
        var gp = DocumentLinks(documents, "2022").Should().ContainSingle().Subject;
        gp.TextContent.Should().Be("Inkoopbeleid huisartsenzorg 2022 – Zorg en Zekerheid");
        PrecedingHeading(gp, "h4").TextContent.Should().Be("Huisartsenzorg");

        foreach (var link in new[] { msz, gp })
        {
            var (documentResponse, documentPage) = await client.GetPageAsync("/" + link.GetAttribute("href"));
            documentResponse.StatusCode.Should().Be(HttpStatusCode.OK);
            documentPage.QuerySelector("h1")!.TextContent.Should().Be(link.TextContent);
        }
    }

    [Fact]
    public async Task Care_office_page_lists_its_regions_with_their_source_and_date_in_Dutch()
    {
        var (response, page) = await factory.CreateClient().GetPageAsync("/inkopers/zorgkantoor-zorg-en-zekerheid");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.ShouldHaveOrderedHeadings();
        page.ShouldBeAccessible();
        var regions = page.QuerySelector("section[aria-labelledby='regios']")!;
        var rows = regions.QuerySelectorAll("table tbody tr")
            .Select(row => row.QuerySelectorAll("td, th").Select(cell => cell.NormalizedText()).ToList())
            .ToList();
        rows.Should().HaveCount(2);
        rows[0].Should().Equal("16", "Amstelland en de Meerlanden", "Zorg en Zekerheid");
        rows[1].Should().Equal("17", "Zuid-Holland Noord", "Zorg en Zekerheid");
        regions.QuerySelector("table caption")!.TextContent.Should().Contain("Wlz-regio's van Zorgkantoor Zorg en Zekerheid");

        var source = regions.QuerySelector(".source-note")!.NormalizedText();
        source.Should().Contain("Bron: Besluit aanwijzing zorgkantoren").And.Contain("(BWBR0035987)").And.Contain("10 december 2014");
        regions.QuerySelector(".source-note a")!.GetAttribute("href").Should().Be("https://wetten.overheid.nl/BWBR0035987");
        Facts(page)["Soort"].TextContent.Should().Be("Zorgkantoor");
    }

    [Fact]
    public async Task Multi_year_document_appears_under_each_of_its_years_and_labels_are_shown()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync("/inkopers/asr");

        var labels = Facts(page)["Labels"];
        labels.QuerySelectorAll("li").Select(label => label.NormalizedText())
            .Should().Equal("a.s.r. (asr.nl)", "Ditzo (ditzo.nl)");
        labels.QuerySelector("a[href='https://www.ditzo.nl']").Should().NotBeNull();

        var documents = page.QuerySelector("section[aria-labelledby='documenten']")!;
        documents.QuerySelectorAll("h3").Select(heading => heading.TextContent.Trim()).Should().Equal("2024", "2023", "2022");
        foreach (var year in new[] { "2024", "2023" })
        {
            var link = DocumentLinks(documents, year).Should().ContainSingle().Subject;
            link.TextContent.Should().Be("Inkoopbeleid 2023 & 2024");
            link.ParentElement!.QuerySelector(".document-meta")!.NormalizedText().Should().Contain("geldig voor 2023 en 2024");
            PrecedingHeading(link, "h4").TextContent.Should().Be(
                "Eerstelijnsverblijf, Geriatrische revalidatiezorg, Geneeskundige zorg voor specifieke patiëntgroepen");
        }
    }

    [Fact]
    public async Task Index_lists_every_purchaser_by_kind_and_the_menu_and_start_page_link_to_them()
    {
        var client = factory.CreateClient();
        var (response, page) = await client.GetPageAsync("/inkopers");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.ShouldHaveOrderedHeadings();
        page.ShouldBeAccessible();
        page.QuerySelectorAll("main h2").Select(heading => heading.TextContent.Trim()).Should().Equal("Zorgverzekeraars", "Zorgkantoren");
        var insurers = page.QuerySelector("section[aria-labelledby='soort-1']")!;
        insurers.QuerySelector("a[href='inkopers/cz']")!.TextContent.Should().Be("CZ");
        page.QuerySelector("section[aria-labelledby='soort-2'] a[href='inkopers/zorgkantoor-zorg-en-zekerheid']").Should().NotBeNull();
        page.QuerySelector("nav a[href='inkopers']")!.TextContent.Trim().Should().Be("Inkopers");

        var (_, home) = await client.GetPageAsync("/");
        home.QuerySelector("section[aria-labelledby='inkopers'] th[scope='row'] a[href='inkopers/asr']")!.TextContent.Should().Be("a.s.r.");
    }

    private static Dictionary<string, IElement> Facts(IDocument page) =>
        page.QuerySelectorAll("dl.facts dt").ToDictionary(term => term.TextContent.Trim(), term => term.NextElementSibling!);

    /// <summary>The document links listed under a year's heading (up to the next year).</summary>
    private static List<IElement> DocumentLinks(IElement section, string year)
    {
        var links = new List<IElement>();
        for (var element = section.Heading("h3", year).NextElementSibling; element is not null && element.LocalName != "h3"; element = element.NextElementSibling)
        {
            links.AddRange(element.QuerySelectorAll("a.document-title"));
        }

        return links;
    }

    private static IElement PrecedingHeading(IElement link, string level)
    {
        var list = link.Closest("ul")!;
        var element = list.PreviousElementSibling;
        while (element!.LocalName != level)
        {
            element = element.PreviousElementSibling;
        }

        return element;
    }
}
