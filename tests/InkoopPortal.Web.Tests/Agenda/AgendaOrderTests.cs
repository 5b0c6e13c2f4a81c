using System.Net;
using InkoopPortal.TestSupport;
using InkoopPortal.Web.Tests.Documents;
using InkoopPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Agenda;

/// <summary>The agenda drawn on a fixed day (the app's clock set to 15 June 2023): coming deadlines first, then "verlopen".</summary>
public class AgendaOrderTests(AgendaOrderTests.MidSeasonPortal factory) : IClassFixture<AgendaOrderTests.MidSeasonPortal>
{
    /// <summary>The real app whose clock stands on 15 June 2023, noon in the Netherlands.</summary>
    public sealed class MidSeasonPortal : PortalWebApplicationFactory
    {
        public ManualClock Clock { get; } = new(new DateTimeOffset(2023, 6, 15, 12, 0, 0, TimeSpan.FromHours(2)));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    [Fact]
    public async Task Coming_deadlines_come_first_soonest_first_then_the_past_ones_marked_verlopen()
    {
        var (response, page) = await factory.CreateClient().GetPageAsync("/agenda?zorgsoort=msz&inkopers=zorg-en-zekerheid");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var rows = page.QuerySelectorAll("tr[data-testid='termijn']")
            .Select(row => (Date: row.QuerySelector("td.agenda-date")!.NormalizedText(), Expired: row.TextContent.Contains("verlopen", StringComparison.Ordinal)))
            .ToList();
        rows.Should().Equal(
            ("1 september 2023", false),
            ("oktober 2023", false),
            ("9 november 2023", false),
            ("12 november 2023", false),
            ("2023", false),
            ("1 april 2023", true));
    }
}
