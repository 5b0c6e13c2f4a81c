using InkoopPortal.TestSupport;
using System.Net;
using InkoopPortal.Web.Tests.Support;

namespace InkoopPortal.Web.Tests.Comparison;

public class TopicTimelinePageTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    [Fact]
    public async Task One_topic_has_a_column_per_purchaser_and_a_row_per_year_with_data_newest_first()
    {
        var (response, page) = await factory.CreateClient().GetPageAsync("/vergelijk/onderwerp?onderwerp=duurzaamheid&zorgsoort=elv");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.Should().Be("Duurzaamheid");
        var table = page.QuerySelector("[data-testid='tijdlijn'] table.matrix")!;
        table.QuerySelectorAll("thead th.matrix-head").Select(header => header.Id).Should().Equal("kolom-asr");
        table.QuerySelectorAll("tbody tr").Select(row => row.Id).Should().Equal("jaar-2024", "jaar-2023");
        page.QuerySelector("#cel-asr-2024")!.TextContent.Should().Contain("duurzaamheid");
        page.QuerySelector("#jaar-2023 th a")!.GetAttribute("href").Should().Be("/vergelijk?jaar=2023&zorgsoort=elv#onderwerp-duurzaamheid");
        page.QuerySelector("[data-testid='terug-naar-vergelijking']")!.GetAttribute("href").Should().Be("/vergelijk?zorgsoort=elv#onderwerp-duurzaamheid");
    }

    [Fact]
    public async Task A_memo_topic_shows_the_memo_year_for_the_chosen_purchasers()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync("/vergelijk/onderwerp?onderwerp=regioplan&zorgsoort=huisartsenzorg&inkopers=zilveren-kruis,cz");

        page.QuerySelectorAll("thead th.matrix-head").Select(header => header.Id).Should().Equal("kolom-zilveren-kruis", "kolom-cz");
        page.QuerySelector("#cel-zilveren-kruis-2022")!.TextContent.Should().Contain("Regioplan voor 1 september");
    }

    [Fact]
    public async Task An_unknown_topic_gets_a_Dutch_message()
    {
        var (response, page) = await factory.CreateClient().GetPageAsync("/vergelijk/onderwerp?onderwerp=bestaat-niet");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("[data-testid='meldingen']")!.TextContent.Should().Contain("Het onderwerp 'bestaat-niet' bestaat niet");
    }
}
