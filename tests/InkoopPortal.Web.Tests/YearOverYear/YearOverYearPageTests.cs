using System.Net;
using AngleSharp.Dom;
using InkoopPortal.Application.Content;
using InkoopPortal.Web.Components.Shared;
using InkoopPortal.Web.Tests.Documents;
using InkoopPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InkoopPortal.Web.Tests.YearOverYear;

/// <summary>"Jaren vergelijken" and "Wat is er veranderd in &lt;jaar&gt;" over HTTP: prerendered pages, links, 404s and Dutch messages.</summary>
public class YearOverYearPageTests(YearOverYearPortal portal) : IClassFixture<YearOverYearPortal>
{
    private const string CzYears = "/vergelijk/jaren?inkoper=cz&zorgsoort=huisartsenzorg&van=2022&tot=2023";

    [Fact]
    public async Task Two_years_show_the_changed_topic_word_by_word_and_the_unchanged_ones_collapsed()
    {
        var (response, page) = await portal.CreateClient().GetPageAsync(CzYears);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Title.Should().Be("CZ, huisartsenzorg: 2022 en 2023 vergeleken – InkoopPortal");
        page.ShouldHaveOrderedHeadings();
        page.ShouldBeAccessible();
        page.QuerySelector("[data-testid='meldingen']").Should().BeNull();
        page.QuerySelector("[data-testid='samenvatting']")!.NormalizedText()
            .Should().Be("2022 tegenover 2023: 1 gewijzigd, 0 nieuw, 0 vervallen, 10 ongewijzigd.");
        Selected(page, "kies-inkoper").Should().Be("cz");
        Selected(page, "kies-zorgsoort").Should().Be("huisartsenzorg");
        (Selected(page, "kies-van"), Selected(page, "kies-tot")).Should().Be(("2022", "2023"));

        var regioplan = page.QuerySelector("section[aria-labelledby='per-onderwerp'] article#onderwerp-regioplan")!;
        regioplan.QuerySelector("h3")!.NormalizedText().Should().Be("Regioplan/ regiobeeld gewijzigd");
        var inserted = regioplan.QuerySelectorAll("[data-testid='woordverschil'] ins").Select(element => element.NormalizedText()).ToList();
        inserted.Should().Contain(text => text.StartsWith("toegevoegd:", StringComparison.Ordinal) && text.Contains("oktober"));
        regioplan.QuerySelectorAll("[data-testid='woordverschil'] del").Should().Contain(element => element.TextContent.Contains("Innovatief"));
        var wordDiff = regioplan.QuerySelector("[data-testid='woordverschil']")!;
        wordDiff.QuerySelectorAll("li ins").Should().Contain(element => element.TextContent.Contains("oktober"), "the list is rendered, not shown as Markdown");
        wordDiff.TextContent.Should().NotContain("- Regioplan").And.NotContain("**");
        regioplan.QuerySelectorAll(".side-heading").Select(heading => heading.NormalizedText()).Should().Equal("2022", "2023");
        regioplan.QuerySelector("[data-testid='wijzigingen']")!.TextContent.Should().Contain("Automatisch vastgelegd bij publicatie");
        regioplan.QuerySelector("a[href='/vergelijk?jaar=2023&zorgsoort=huisartsenzorg#cel-cz-regioplan']").Should().NotBeNull();

        var unchanged = page.QuerySelector("details[data-testid='ongewijzigd']")!;
        unchanged.HasAttribute("open").Should().BeFalse("unchanged topics are collapsed");
        unchanged.QuerySelectorAll("article.yoy-topic--unchanged").Should().HaveCount(10);
        page.QuerySelector("a[href='/veranderingen?jaar=2023&zorgsoort=huisartsenzorg']").Should().NotBeNull();
        page.QuerySelectorAll("select[name='documenten']").Should().HaveCount(2);
        page.QuerySelector("nav a[href='vergelijk/jaren']")!.NormalizedText().Should().Be("Jaren vergelijken");
        page.QuerySelector("nav a[href='veranderingen']")!.NormalizedText().Should().Be("Veranderingen");
    }

    [Fact]
    public async Task Two_documents_chosen_on_the_form_are_compared_older_first()
    {
        var client = portal.CreateClient();

        var (response, page) = await client.GetPageAsync($"/vergelijk/jaren?documenten={portal.Document2023}&documenten={portal.Document2022}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("h1")!.NormalizedText().Should().Be("Twee documenten vergeleken");
        page.QuerySelector("[data-testid='samenvatting']")!.NormalizedText().Should().StartWith("Inkoopbeleid huisartsenzorg 2022 – CZ tegenover Inkoopbeleid huisartsenzorg 2023 – CZ: 1 gewijzigd");
        page.QuerySelector("details.document-choice")!.HasAttribute("open").Should().BeTrue();
        Selected(page, "kies-document-1").Should().Be(portal.Document2023.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.QuerySelector("article#onderwerp-regioplan [data-testid='woordverschil']").Should().NotBeNull();
    }

    [Fact]
    public async Task The_year_overview_lists_the_change_with_links_to_the_diff_and_the_matrix_cell_and_filters_by_purchaser()
    {
        var client = portal.CreateClient();

        var (response, page) = await client.GetPageAsync("/veranderingen?jaar=2023&zorgsoort=huisartsenzorg");
        var (_, otherPurchaser) = await client.GetPageAsync("/veranderingen?jaar=2023&zorgsoort=huisartsenzorg&inkopers=vgz");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Title.Should().Be("Wat is er veranderd in 2023? – InkoopPortal");
        page.ShouldHaveOrderedHeadings();
        page.ShouldBeAccessible();
        page.QuerySelector("[data-testid='samenvatting']")!.NormalizedText().Should().Be("1 inkoper met veranderingen in 2023 voor huisartsenzorg.");
        var cz = page.QuerySelector("section[data-testid='veranderingen-cz']")!;
        cz.QuerySelector("h2")!.NormalizedText().Should().Be("CZ");
        var change = cz.QuerySelector("li[data-testid='verandering-regioplan']")!;
        change.QuerySelector(".cell-change")!.NormalizedText().Should().Be("Gewijzigd");
        change.QuerySelectorAll("a").Select(link => link.GetAttribute("href")).Should().Contain([
            "/vergelijk/jaren?inkoper=cz&zorgsoort=huisartsenzorg&van=2022&tot=2023#onderwerp-regioplan",
            "/vergelijk?jaar=2023&zorgsoort=huisartsenzorg#cel-cz-regioplan"]);
        change.QuerySelector("[data-testid='wijzigingen']")!.TextContent.Should().Contain("Automatisch vastgelegd bij publicatie");
        Selected(page, "filter-jaar").Should().Be("2023");

        otherPurchaser.QuerySelector("[data-testid='samenvatting']")!.NormalizedText().Should().Be("Geen veranderingen gevonden in 2023 voor huisartsenzorg.");
        otherPurchaser.QuerySelector("input[name='inkopers'][value='vgz']")!.HasAttribute("checked").Should().BeTrue();
    }

    [Fact]
    public async Task The_year_in_the_path_redirects_to_the_overview_with_the_rest_of_the_filter()
    {
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/veranderingen/2023?zorgsoort=huisartsenzorg&inkopers=cz");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().EndWith("/veranderingen?jaar=2023&zorgsoort=huisartsenzorg&inkopers=cz");
    }

    public static TheoryData<string, string> UnknownNames => new()
    {
        { "/vergelijk/jaren?inkoper=bestaat-niet&zorgsoort=huisartsenzorg&van=2022&tot=2023", "De inkoper 'bestaat-niet' bestaat niet. Kies een inkoper uit de lijst." },
        { "/vergelijk/jaren?inkoper=cz&zorgsoort=tandzorg", "De zorgsoort 'tandzorg' bestaat niet. Kies een zorgsoort uit de lijst." },
        { "/vergelijk/jaren?documenten=999998,999999", "Het document met nummer 999998 bestaat niet of is niet gepubliceerd." },
        { "/veranderingen?jaar=2023&zorgsoort=tandzorg", "De zorgsoort 'tandzorg' bestaat niet. Kies een zorgsoort uit de lijst." },
        { "/veranderingen?jaar=2023&zorgsoort=huisartsenzorg&inkopers=bestaat-niet", "De inkoper 'bestaat-niet' bestaat niet. Kies inkopers uit de lijst." },
    };

    [Theory]
    [MemberData(nameof(UnknownNames))]
    public async Task An_unknown_purchaser_care_type_or_document_is_a_404_that_names_it(string path, string message)
    {
        var (response, page) = await portal.CreateClient().GetPageAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        page.DocumentElement.GetAttribute("lang").Should().Be("nl");
        Messages(page).Should().Contain(message);
        page.QuerySelector("form").Should().NotBeNull("the reader can choose again");
        page.Body!.TextContent.Should().NotContain("Exception");
    }

    public static TheoryData<string, string> BadChoices => new()
    {
        { "/vergelijk/jaren?inkoper=cz&zorgsoort=huisartsenzorg&van=2022&tot=2022", "Kies twee verschillende jaren: 'van' en 'tot' zijn allebei 2022." },
        { "/vergelijk/jaren?inkoper=cz&zorgsoort=huisartsenzorg&van=twintig&tot=2023", "'twintig' is geen geldig jaar. Kies een jaar tussen 1990 en 2100." },
        { "/vergelijk/jaren?documenten=12,x", "'x' is geen documentnummer: gebruik alleen cijfers." },
        { "/vergelijk/jaren?documenten=12&documenten=", "Kies precies twee documenten om te vergelijken; er is er 1 gekozen." },
        { "/vergelijk/jaren?inkoper=cz&zorgsoort=huisartsenzorg&van=2020&tot=2021", "CZ heeft voor 2020 geen gepubliceerd document voor huisartsenzorg." },
        { "/vergelijk/jaren?zorgsoort=huisartsenzorg", "Kies een inkoper om te vergelijken." },
        { "/veranderingen?jaar=abc", "'abc' is geen geldig jaar. Kies een jaar tussen 1990 en 2100." },
        { "/veranderingen?jaar=2019&zorgsoort=huisartsenzorg", "Voor huisartsenzorg zijn in 2019 geen gepubliceerde documenten. Kies een ander jaar of een andere zorgsoort." },
    };

    [Theory]
    [MemberData(nameof(BadChoices))]
    public async Task A_choice_that_cannot_be_compared_is_answered_with_a_Dutch_message_on_the_page(string path, string message)
    {
        var (response, page) = await portal.CreateClient().GetPageAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Messages(page).Should().Contain(message);
        page.QuerySelectorAll("article.yoy-topic").Should().BeEmpty();
    }

    [Fact]
    public async Task Without_a_choice_the_page_asks_for_one_without_a_message()
    {
        var (response, page) = await portal.CreateClient().GetPageAsync("/vergelijk/jaren");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("h1")!.NormalizedText().Should().Be("Jaren vergelijken");
        page.QuerySelector("[data-testid='meldingen']").Should().BeNull();
        page.QuerySelectorAll("select[name='inkoper'] option").Should().HaveCountGreaterThan(10);
    }

    [Fact]
    public async Task The_cell_detail_and_the_topic_timeline_link_to_the_year_comparison_and_the_overview()
    {
        var client = portal.CreateClient();

        var (_, cell) = await client.GetPageAsync("/vergelijk/cel?jaar=2023&zorgsoort=huisartsenzorg&inkoper=cz&onderwerp=regioplan");
        var (_, timeline) = await client.GetPageAsync("/vergelijk/onderwerp?onderwerp=regioplan&zorgsoort=huisartsenzorg");

        cell.QuerySelector("[data-testid='jaren-vergelijken'] a")!.GetAttribute("href")
            .Should().Be("/vergelijk/jaren?inkoper=cz&zorgsoort=huisartsenzorg&van=2022&tot=2023#onderwerp-regioplan");
        timeline.QuerySelector("[data-testid='veranderingen-link'] a")!.GetAttribute("href").Should().Be("/veranderingen?jaar=2023&zorgsoort=huisartsenzorg");
    }

    [Fact]
    public async Task A_word_diff_is_encoded_and_tells_screen_readers_what_was_removed_and_added()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>());
        var parameters = new Dictionary<string, object?> { ["Diff"] = RichTextDiff.Compare("<b> & **oud**", "<b> & **nieuw**") };

        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TextDiffView>(ParameterView.FromDictionary(parameters))).ToHtmlString());

        html.Should().Be("<div class=\"rich-text text-diff\" data-testid=\"verschil\"><p>&lt;b&gt; &amp; "
            + "<del><span class=\"visually-hidden\">verwijderd: </span><strong>oud</strong></del>"
            + "<ins><span class=\"visually-hidden\">toegevoegd: </span><strong>nieuw</strong></ins></p></div>");
    }

    private static string? Selected(IDocument page, string selectId) =>
        page.QuerySelector($"select#{selectId} option[selected]")?.GetAttribute("value");

    private static List<string> Messages(IDocument page) =>
        page.QuerySelectorAll("[data-testid='meldingen'] li").Select(item => item.NormalizedText()).ToList();
}
