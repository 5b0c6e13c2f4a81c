using InkoopPortal.TestSupport;
using InkoopPortal.Web.Tests.Support;

namespace InkoopPortal.Web.Tests.Components.Pages.Home;

/// <summary>
/// On a first start the portal fills its database with the known purchasers (first-start seeding), so the start
/// page lists them without any import.
/// </summary>
public class StartPageListsPurchasersTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    [Fact]
    public async Task Start_page_after_a_first_start_lists_the_large_health_insurers()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync("/");

        page.SectionText("inkopers").Should().ContainAll("CZ", "VGZ", "Menzis", "Zilveren Kruis");
    }
}
