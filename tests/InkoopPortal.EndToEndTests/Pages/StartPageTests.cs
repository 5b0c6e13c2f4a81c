namespace InkoopPortal.EndToEndTests.Pages;

public class StartPageTests(PortalFixture portal, ITestOutputHelper output) : PortalPageTest(portal, output)
{
    [Fact]
    public Task Start_page_opens_and_lists_the_purchasers_and_the_seeded_documents() => RunAsync(async () =>
    {
        var response = await OpenAsync("/");

        response!.Status.Should().Be(200);
        await Expect(Page).ToHaveTitleAsync("Start – InkoopPortal");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("InkoopPortal");
        var purchasers = Page.Locator("section[aria-labelledby='inkopers']");
        foreach (var name in new[] { "CZ", "VGZ", "Menzis", "Zilveren Kruis" })
        {
            await Expect(purchasers.GetByRole(AriaRole.Rowheader, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        }

        // The four shipped sources (2022, 2023-2024, 2024, 2024-2026) seeded on the first start, newest year first.
        await Expect(Page.Locator("section[aria-labelledby='documenten'] h3"))
            .ToHaveTextAsync(["2026", "2025", "2024", "2023", "2022"]);
    });

    [Fact]
    public Task Drawer_menu_is_used_by_keyboard_Tab_to_Start_and_Enter_opens_the_start_page() => RunAsync(async () =>
    {
        await OpenAsync("/niet-gevonden");
        var start = Page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })
            .GetByRole(AriaRole.Link, new() { Name = "Start", Exact = true });

        await Page.TabToAsync(start);
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new Uri(Portal.Address, "/").ToString());
        await Expect(Page).ToHaveTitleAsync("Start – InkoopPortal");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("InkoopPortal");
    });
}
