using InkoopPortal.TestSupport;
using InkoopPortal.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace InkoopPortal.Web.Tests.Localization;

public class DutchMudLocalizerTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    [Fact]
    public void MudBlazor_components_get_Dutch_texts_for_the_keys_we_translated()
    {
        var localizer = factory.Services.GetRequiredService<MudLocalizer>();

        localizer["MudAlert_Close"].Value.Should().Be("Sluiten");
        localizer["MudNavGroup_ToggleExpand", "Menu"].Value.Should().Be("Menu in- of uitklappen");
        localizer["Onbekende_Sleutel"].ResourceNotFound.Should().BeTrue("MudBlazor then falls back to its English text");
    }
}
