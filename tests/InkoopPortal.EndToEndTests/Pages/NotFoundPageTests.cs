namespace InkoopPortal.EndToEndTests.Pages;

public class NotFoundPageTests(PortalFixture portal, ITestOutputHelper output) : PortalPageTest(portal, output)
{
    [Fact]
    public Task Unknown_address_shows_the_Dutch_not_found_page_with_a_way_back() => RunAsync(async () =>
    {
        var response = await OpenAsync("/deze-pagina-bestaat-niet");

        response!.Status.Should().Be(404);
        await Expect(Page).ToHaveTitleAsync("Pagina niet gevonden – InkoopPortal");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pagina niet gevonden");
        await Expect(Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Naar de startpagina" })).ToBeVisibleAsync();
    });
}
