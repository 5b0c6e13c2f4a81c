using InkoopPortal.TestSupport;
using System.Net;
using AngleSharp.Dom;
using InkoopPortal.Web.Tests.Support;

namespace InkoopPortal.Web.Tests.Comparison;

/// <summary>The prerendered /vergelijk page on a first-start database (the real InEen memo and the policy texts).</summary>
public class ComparisonPageTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    private const string Memo2022 = "/vergelijk?jaar=2022&zorgsoort=huisartsenzorg";

    private static readonly string[] AnalysedInsurers = ["CZ", "Menzis", "VGZ", "Zilveren Kruis", "DSW", "Zorg en Zekerheid", "ENO"];

    private static string Text(IElement? element) => element?.TextContent.Trim() ?? throw new InvalidOperationException("Element not found.");

    private static IReadOnlyList<string> ColumnIds(IDocument page) =>
        page.QuerySelectorAll("table.matrix thead th.matrix-head").Select(header => header.Id!).ToList();

    [Fact]
    public async Task The_2022_memo_has_a_column_per_insurer_a_row_per_topic_and_each_text_in_its_cell()
    {
        var (response, page) = await factory.CreateClient().GetPageAsync(Memo2022);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Title.Should().Be("Vergelijking huisartsenzorg 2022 – InkoopPortal");
        var headers = page.QuerySelectorAll("table.matrix thead th").Select(header => header.TextContent).ToList();
        foreach (var insurer in AnalysedInsurers)
        {
            headers.Should().Contain(header => header.Contains(insurer), $"{insurer} has a column");
        }

        page.QuerySelectorAll("table.matrix thead th[scope='col']").Should().HaveCount(10, "the topic column and nine insurers");
        page.QuerySelectorAll("tbody tr[id^='onderwerp-']").Should().HaveCount(11);
        page.QuerySelectorAll("tbody th[scope='rowgroup']").Select(Text)
            .Should().Equal("N.a.v bouwstenen voor regionale samenwerking", "Overige onderwerpen");

        Text(page.QuerySelector("#cel-zilveren-kruis-regioplan")).Should().Contain("Regioplan voor 1 september");
        Text(page.QuerySelector("#cel-dsw-arbeidsmarktproblematiek")).Should().Contain("Geen bijzonderheden");
        page.QuerySelector("#cel-dsw-arbeidsmarktproblematiek")!.ClassList.Should().Contain("cell--nothing-special");
        Text(page.QuerySelector("#cel-vgz-rossen")).Should().Contain("Geen beleid gepubliceerd");
        page.QuerySelector("#cel-vgz-rossen")!.ClassList.Should().Contain("cell--no-policy");
        foreach (var notAnalysed in new[] { "asr", "caresq" })
        {
            var cell = page.QuerySelector($"#cel-{notAnalysed}-regioplan")!;
            cell.ClassList.Should().Contain("cell--not-analysed");
            Text(cell).Should().Contain("Nog niet geanalyseerd");
        }
    }

    [Fact]
    public async Task Topics_without_content_are_hidden_until_Toon_lege_onderwerpen_shows_the_whole_codebook()
    {
        var client = factory.CreateClient();
        var (_, hidden) = await client.GetPageAsync(Memo2022);
        var (response, shown) = await client.GetPageAsync(Memo2022 + "&lege-onderwerpen=tonen");
        var (refused, refusedPage) = await client.GetPageAsync(Memo2022 + "&lege-onderwerpen=misschien");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var hiddenRows = hidden.QuerySelectorAll("tbody tr[id^='onderwerp-']").Select(row => row.Id).ToList();
        var shownRows = shown.QuerySelectorAll("tbody tr[id^='onderwerp-']").Select(row => row.Id).ToList();
        hiddenRows.Should().HaveCount(11, "only the memo's rows have content in 2022");
        shownRows.Should().Contain(hiddenRows).And.Contain("onderwerp-duurzaamheid", "huisartsenzorg's codebook has duurzaamheid, empty in 2022");
        shown.QuerySelector("[data-testid='lege-onderwerpen']")!.HasAttribute("checked").Should().BeTrue();
        hidden.QuerySelector("[data-testid='lege-onderwerpen']")!.HasAttribute("checked").Should().BeFalse();
        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        Text(refusedPage.Body).Should().Contain("'misschien' is geen geldige keuze voor lege-onderwerpen");
    }

    [Fact]
    public async Task The_matrix_is_an_accessible_table_in_a_labelled_focusable_scroll_region_with_a_legend()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync(Memo2022);

        var region = page.QuerySelector("[role='region'].matrix-scroll")!;
        region.GetAttribute("tabindex").Should().Be("0");
        region.GetAttribute("aria-label").Should().Contain("huisartsenzorg 2022");
        region.QuerySelector("table.matrix > caption")!.TextContent.Should().Contain("Huisartsenzorg 2022");
        page.QuerySelector("#cel-cz-regioplan a.cell-details")!.GetAttribute("href")
            .Should().Be("/vergelijk/cel?jaar=2022&zorgsoort=huisartsenzorg&inkoper=cz&onderwerp=regioplan");
        page.QuerySelector("#onderwerp-regioplan a.topic-timeline")!.GetAttribute("href")
            .Should().Be("/vergelijk/onderwerp?onderwerp=regioplan&zorgsoort=huisartsenzorg");

        var legend = Text(page.QuerySelector(".matrix-legend"));
        legend.Should().ContainAll("Geen bijzonderheden", "Geen beleid gepubliceerd", "Nog niet geanalyseerd", "Geen document", "Nieuw", "Gewijzigd");
        page.QuerySelector("nav a[href='vergelijk']")!.TextContent.Trim().Should().Be("Vergelijken");
    }

    [Fact]
    public async Task The_filters_and_buttons_have_Dutch_labels_and_stable_test_ids()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync(Memo2022);

        foreach (var testId in new[] { "filter-jaar", "filter-zorgsoort", "filter-wet", "filter-inkopers", "filter-onderwerpen", "mijn-regio", "afdrukken" })
        {
            page.QuerySelector($"[data-testid='{testId}']").Should().NotBeNull(testId);
        }

        page.QuerySelectorAll("label").Select(Text).Should().Contain(["Jaar", "Wet", "Zorgsoort", "Mijn regio of inkoper"]);
        foreach (var (testId, label) in new[] { ("filter-inkopers", "Inkopers"), ("filter-onderwerpen", "Onderwerpen") })
        {
            // A closed checklist filter is one button named by its label and summary; its checkboxes are not rendered.
            var button = page.QuerySelector($"[data-testid='{testId}-knop']")!;
            button.GetAttribute("aria-expanded").Should().Be("false");
            var labelledBy = button.GetAttribute("aria-labelledby")!.Split(' ');
            Text(page.GetElementById(labelledBy[0])).Should().Be(label);
            page.GetElementById(labelledBy[1]).Should().NotBeNull();
            page.QuerySelectorAll($"[data-testid='{testId}'] input[type='checkbox']").Should().BeEmpty();
        }

        Text(page.GetElementById("filter-inkopers-samenvatting")).Should().Be("9 inkopers");
        Text(page.QuerySelector("[data-testid='afdrukken']")).Should().Be("Afdrukken");
        page.QuerySelector("[data-testid='kolom-rechts-cz']")!.GetAttribute("aria-label").Should().Be("CZ een plaats naar rechts");
        page.QuerySelector(".print-heading")!.TextContent.Should().Contain("Huisartsenzorg 2022").And.Contain("afgedrukt op");
    }

    [Fact]
    public async Task Without_parameters_the_page_opens_on_the_most_recent_view_that_compares()
    {
        var (response, page) = await factory.CreateClient().GetPageAsync("/vergelijk");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var caption = Text(page.QuerySelector("table.matrix > caption"));
        caption.Should().StartWith("Huisartsenzorg 2022", "the newer documents (2023–2026) have one purchaser per care type");
        page.QuerySelector(".matrix-messages").Should().BeNull();
    }

    [Fact]
    public async Task The_year_list_offers_every_year_whatever_the_care_type_and_says_which_care_types_lack_it()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync("/vergelijk?jaar=2022&zorgsoort=huisartsenzorg");

        page.QuerySelectorAll("#filter-jaar option").Select(Text).Should().Equal("2026", "2025", "2024", "2023", "2022");
        Text(page.QuerySelector("#filter-zorgsoort option[value='elv']")).Should().Be("Eerstelijnsverblijf (geen documenten in 2022)");
        Text(page.QuerySelector("#filter-zorgsoort option[value='huisartsenzorg']")).Should().Be("Huisartsenzorg");
    }

    [Fact]
    public async Task The_table_carries_its_filter_and_the_cell_page_given_it_leads_back_to_it()
    {
        var client = factory.CreateClient();
        var (_, matrix) = await client.GetPageAsync($"{Memo2022}&inkopers=vgz,cz&onderwerpen=regioplan");
        var details = matrix.QuerySelector("#cel-cz-regioplan a.cell-details")!.GetAttribute("href")!;

        var (_, cell) = await client.GetPageAsync(details + matrix.QuerySelector("table.matrix")!.GetAttribute("data-state"));
        var (_, malformed) = await client.GetPageAsync(details + "&inkopers=vgz,%3Cb%3E&onderwerpen=regioplan");

        cell.QuerySelector("[data-testid='terug-naar-vergelijking']")!.GetAttribute("href")
            .Should().Be("/vergelijk?jaar=2022&zorgsoort=huisartsenzorg&inkopers=vgz,cz&onderwerpen=regioplan#cel-cz-regioplan");
        malformed.QuerySelector("[data-testid='terug-naar-vergelijking']")!.GetAttribute("href")
            .Should().Be("/vergelijk?jaar=2022&zorgsoort=huisartsenzorg&inkopers=vgz&onderwerpen=regioplan#cel-cz-regioplan");
    }

    [Fact]
    public async Task With_my_region_the_column_order_chips_start_with_it_as_the_table_does()
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Memo2022);
        request.Headers.Add("Cookie", "mijn-regio=inkoper:menzis");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await (await client.SendAsync(request)).Content.ReadAsStringAsync());

        ColumnIds(page).First().Should().Be("kolom-menzis");
        page.QuerySelectorAll("[data-testid='kolomvolgorde'] li").Select(Text).First().Should().Be("Menzis (Mijn regio)");
        page.QuerySelector("[data-testid='kolom-links-menzis']")!.HasAttribute("disabled").Should().BeTrue();
        page.QuerySelector("[data-testid='kolom-rechts-menzis']")!.HasAttribute("disabled").Should().BeTrue();
        page.QuerySelector("[data-testid='kolom-links-cz']")!.HasAttribute("disabled").Should().BeTrue("CZ is the first column that moves");
    }

    [Fact]
    public async Task Columns_follow_the_order_of_inkopers()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync($"{Memo2022}&inkopers=vgz,cz,dsw");

        ColumnIds(page).Should().Equal("kolom-vgz", "kolom-cz", "kolom-dsw");
        page.QuerySelectorAll("[data-testid='kolomvolgorde'] li").Select(Text).Should().Equal("VGZ", "CZ", "DSW");
    }

    [Fact]
    public async Task A_group_slug_selects_the_topics_of_that_group()
    {
        var (_, page) = await factory.CreateClient().GetPageAsync($"{Memo2022}&onderwerpen=overige-onderwerpen");

        page.QuerySelectorAll("tbody tr[id^='onderwerp-']").Select(row => row.Id).Should().Equal("onderwerp-rossen", "onderwerp-hds", "onderwerp-overig");
    }

    [Fact]
    public async Task The_my_region_cookie_puts_that_purchaser_first_and_highlighted()
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Memo2022);
        request.Headers.Add("Cookie", "mijn-regio=inkoper:vgz");
        var response = await client.SendAsync(request);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        ColumnIds(page).First().Should().Be("kolom-vgz");
        page.QuerySelector("#kolom-vgz")!.ClassList.Should().Contain("is-mine");
        page.QuerySelector("#cel-vgz-regioplan")!.ClassList.Should().Contain("is-mine");
        page.QuerySelectorAll("td.is-mine").Should().HaveCount(11);
        page.QuerySelector("[data-testid='mijn-regio-wis']").Should().NotBeNull();
        page.QuerySelector("input[data-testid='mijn-regio']")!.GetAttribute("value").Should().Be("VGZ");
    }

    [Theory]
    [InlineData("/vergelijk?jaar=2023&zorgsoort=elv")]
    [InlineData("/vergelijk?jaar=2024&zorgsoort=elv")]
    public async Task The_multi_year_asr_document_appears_in_each_of_its_years(string path)
    {
        var (_, page) = await factory.CreateClient().GetPageAsync(path);

        var asr = page.QuerySelector("#kolom-asr")!;
        asr.TextContent.Should().Contain("a.s.r.").And.Contain("Document 2023–2024");
        asr.QuerySelector("a.matrix-document")!.GetAttribute("href").Should().StartWith("/documenten/");
        page.QuerySelectorAll("td.cell--content[id^='cel-asr-']").Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("/vergelijk?jaar=abc", "'abc' is geen geldig jaar")]
    [InlineData("/vergelijk?zorgsoort=../../etc", "is niet geldig")]
    [InlineData("/vergelijk?zorgsoort=onbekend", "De zorgsoort 'onbekend' bestaat niet")]
    [InlineData("/vergelijk?jaar=1995&zorgsoort=huisartsenzorg", "zijn in 1995 geen documenten")]
    [InlineData("/vergelijk?jaar=2022&zorgsoort=huisartsenzorg&inkopers=cz,bestaat-niet", "De inkoper 'bestaat-niet' bestaat niet")]
    [InlineData("/vergelijk?wet=grondwet", "is geen wet die de portal kent")]
    public async Task Bad_input_shows_a_Dutch_message_with_the_filters_still_there(string path, string message)
    {
        var (response, page) = await factory.CreateClient().GetPageAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Text(page.QuerySelector("[data-testid='meldingen']")).Should().Contain(message);
        page.QuerySelector("[data-testid='filter-zorgsoort']").Should().NotBeNull();
        page.Body!.TextContent.Should().NotContain("Exception").And.NotContain("   at ");
    }

    [Fact]
    public async Task A_ten_thousand_character_purchaser_list_is_ignored_with_a_message()
    {
        var (response, page) = await factory.CreateClient().GetPageAsync($"{Memo2022}&inkopers={new string('a', 10_000)}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Text(page.QuerySelector("[data-testid='meldingen']")).Should().Contain("De lijst 'inkopers' is te lang");
        page.QuerySelectorAll("table.matrix thead th.matrix-head").Should().HaveCount(9, "the list was ignored: every insurer with a document");
    }
}
