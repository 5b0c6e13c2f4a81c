using InkoopPortal.TestSupport;
using System.Net;
using InkoopPortal.Web.Tests.Documents;
using InkoopPortal.Web.Tests.Support;

namespace InkoopPortal.Web.Tests.Comparison;

public class CellDetailPageTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    [Fact]
    public async Task A_memo_cell_shows_topic_questions_statement_document_source_and_the_way_back()
    {
        var (response, page) = await factory.CreateClient()
            .GetPageAsync("/vergelijk/cel?jaar=2022&zorgsoort=huisartsenzorg&inkoper=zilveren-kruis&onderwerp=regioplan");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.Should().Contain("Regioplan");
        page.QuerySelector(".detail-kicker")!.TextContent.Should().Contain("Zilveren Kruis").And.Contain("2022");
        page.QuerySelector("section[aria-labelledby='hulpvragen']").Should().NotBeNull();
        page.QuerySelector("section[aria-labelledby='uitspraak'] .statement-body")!.TextContent.Should().Contain("Regioplan voor 1 september");
        page.QuerySelector("[data-testid='status']")!.TextContent.Should().Be("Beleid");

        var provenance = page.QuerySelector("section[aria-labelledby='uitspraak'] .provenance")!;
        provenance.QuerySelector("a[href^='/documenten/']")!.TextContent.Should().Be("Inkoopbeleid huisartsenzorg 2022 – Zilveren Kruis");
        provenance.TextContent.Should().Contain("Geldig 2022").And.Contain("INKOOPBELEID ZORGVERZEKERAARS 2022").And.Contain("InEen").And.Contain("regel");
        provenance.QuerySelector("a[target='_blank']")!.GetAttribute("href").Should().StartWith("https://www.zilverenkruis.nl/");

        page.QuerySelector("section[aria-labelledby='vorig-jaar']")!.TextContent.Should().Contain("niets om mee te vergelijken");
        page.QuerySelector("[data-testid='terug-naar-vergelijking']")!.GetAttribute("href")
            .Should().Be("/vergelijk?jaar=2022&zorgsoort=huisartsenzorg#cel-zilveren-kruis-regioplan");
    }

    [Fact]
    public async Task A_cell_of_a_multi_year_document_says_the_same_document_covers_both_years_and_lists_its_changes()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync("/vergelijk/cel?jaar=2024&zorgsoort=elv&inkoper=asr&onderwerp=duurzaamheid");

        page.QuerySelector("[data-testid='zelfde-document']")!.TextContent.Should().Contain("geldig 2023–2024").And.Contain("2023 en 2024");
        page.QuerySelector("section[aria-labelledby='uitspraak']")!.TextContent.Should().Contain("Geldig 2023–2024");
        page.QuerySelector("[data-testid='wijzigingen']")!.TextContent.Should().Contain("Duurzaamheid");
    }

    [Fact]
    public async Task A_cell_narrowed_to_its_sector_also_shows_the_documents_general_statement_on_the_topic()
    {
        var (response, page) = await factory.CreateClient()
            .GetPageAsync("/vergelijk/cel?jaar=2024&zorgsoort=wlz-vv&inkoper=zorgkantoor-zorg-en-zekerheid&onderwerp=inkoopdoelen");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var statement = page.QuerySelector("section[aria-labelledby='uitspraak']")!;
        statement.QuerySelector(".cell-version .statement-body")!.TextContent.Should().Contain("Binnen de V&V ligt de focus op kwaliteit van leven");
        var general = statement.QuerySelector("[data-testid='algemene-uitspraak']")!;
        general.QuerySelector("h3")!.TextContent.Should().Be("Algemeen, voor alle zorgsoorten van dit document");
        general.QuerySelector(".statement-body")!.TextContent.Should().Contain("Hoofddoelstellingen").And.NotContain("Binnen de V&V");
        general.QuerySelector(".source-location")!.TextContent.Should().Contain("Presentatie Zorginkoop Wlz 2024-2026");
        page.ShouldHaveOrderedHeadings();
    }

    [Fact]
    public async Task A_cell_that_shows_the_general_statement_does_not_repeat_it()
    {
        var (_, page) = await factory.CreateClient()
            .GetPageAsync("/vergelijk/cel?jaar=2024&zorgsoort=wlz-vv&inkoper=zorgkantoor-zorg-en-zekerheid&onderwerp=maatwerkafspraken");

        page.QuerySelector("section[aria-labelledby='uitspraak'] .statement-body")!.TextContent.Should().Contain("Maatwerkafspraken");
        page.QuerySelector("[data-testid='algemene-uitspraak']").Should().BeNull();
    }

    [Fact]
    public async Task A_pipe_table_in_a_cell_is_a_table_not_pipes()
    {
        var (_, page) = await factory.CreateClient()
            .GetPageAsync("/vergelijk/cel?jaar=2024&zorgsoort=wlz-vv&inkoper=zorgkantoor-zorg-en-zekerheid&onderwerp=bekostiging");

        var body = page.QuerySelector("section[aria-labelledby='uitspraak'] .statement-body")!;
        body.QuerySelectorAll("table tbody tr td").Select(cell => cell.TextContent).Should().ContainInOrder("VV", "95,5%");
        body.TextContent.Should().NotContain("| VV |");
    }

    [Theory]
    [InlineData("/vergelijk/cel?jaar=2022&zorgsoort=huisartsenzorg&inkoper=bestaat-niet&onderwerp=regioplan", "De inkoper 'bestaat-niet' bestaat niet")]
    [InlineData("/vergelijk/cel?jaar=2022&zorgsoort=huisartsenzorg&inkoper=cz&onderwerp=onbekend", "Het onderwerp 'onbekend' bestaat niet")]
    [InlineData("/vergelijk/cel?jaar=abc&zorgsoort=../../etc", "is geen geldig jaar")]
    [InlineData("/vergelijk/cel", "niet volledig aangegeven")]
    public async Task Unknown_or_malformed_cells_get_a_Dutch_message(string path, string message)
    {
        var (response, page) = await factory.CreateClient().GetPageAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.Should().Be("Cel niet gevonden");
        page.QuerySelector("[data-testid='meldingen']")!.TextContent.Should().Contain(message);
        page.Body!.TextContent.Should().NotContain("Exception");
    }
}
