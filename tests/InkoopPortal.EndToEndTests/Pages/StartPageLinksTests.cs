using System.Text.RegularExpressions;

namespace InkoopPortal.EndToEndTests.Pages;

/// <summary>The start page leads on: routes per kind of user, and every document and care type to its page.</summary>
public class StartPageLinksTests(PortalFixture portal, ITestOutputHelper output) : PortalPageTest(portal, output)
{
    [Fact]
    public Task Each_kind_of_user_finds_where_to_go_and_editors_only_when_signed_in_as_one() => RunAsync(async () =>
    {
        await OpenAsync("/");

        var adviser = Page.GetByTestId("start-adviseur");
        await Expect(adviser.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Vergelijken", "Zoeken", "Veranderingen"]);
        await Expect(Page.GetByTestId("start-regio").GetByRole(AriaRole.Link)).ToHaveTextAsync(["Mijn regio", "Agenda"]);
        await Expect(Page.GetByTestId("start-redactie")).ToHaveCountAsync(0, new() { Timeout = 5_000 });

        await Page.GetByTestId("start-regio").GetByRole(AriaRole.Link, new() { Name = "Agenda" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/agenda$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Agenda");
    });

    [Fact]
    public Task A_document_leads_to_its_page_and_its_care_type_to_the_matrix_of_that_year() => RunAsync(async () =>
    {
        await OpenAsync("/");

        var document = Page.GetByTestId("document-link").First;
        var title = (await document.InnerTextAsync()).Trim();
        await document.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/documenten/\\d+$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);

        await OpenAsync("/");
        await Page.GetByTestId("matrix-link").Filter(new() { HasText = "Huisartsenzorg" }).First.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/vergelijk\\?jaar=2022&zorgsoort=huisartsenzorg$"));
        await Expect(Page.Locator("table.matrix")).ToBeVisibleAsync();

        await OpenAsync("/");
        await Page.GetByTestId("zorgsoort-link").Filter(new() { HasText = "Medisch-specialistische zorg" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/vergelijk\\?zorgsoort=msz$"));
        await Expect(Page.Locator("table.matrix")).ToBeVisibleAsync();
    });
}
