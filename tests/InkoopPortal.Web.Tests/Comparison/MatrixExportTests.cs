using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CsvHelper;
using InkoopPortal.Application.Export;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Export;
using InkoopPortal.Web.Tests.Support;

namespace InkoopPortal.Web.Tests.Comparison;

/// <summary>
/// The matrix exports on a first-start database (the real 2022 InEen memo): the downloaded .xlsx opened with the
/// Open XML SDK and the CSV read with CsvHelper hold the matrix that the prerendered /vergelijk page shows.
/// </summary>
public partial class MatrixExportTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    private const string Memo2022 = "?jaar=2022&zorgsoort=huisartsenzorg";
    private const int HeaderRow = MatrixWorkbook.HeaderRow;

    [Fact]
    public async Task The_xlsx_holds_the_matrix_the_page_shows_with_the_header_frozen()
    {
        var page = await PageAsync(Memo2022);
        using var response = await factory.CreateClient().GetAsync("/vergelijk/export.xlsx" + Memo2022);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileName.Should().Be("inkoopbeleid-huisartsenzorg-2022.xlsx");
        using var workbook = Workbooks.Open(await response.Content.ReadAsByteArrayAsync());

        workbook.SheetNames.Should().Equal("Vergelijking", "Bronnen");
        workbook.FrozenAt("Vergelijking").Should().Be($"C{HeaderRow + 1}", "the header row and the group and topic columns stay in view");
        workbook.HasNoFormulas.Should().BeTrue();
        var rows = workbook.Rows("Vergelijking");
        rows[1][0].Should().Be("Vergelijking zorginkoopbeleid huisartsenzorg 2022 (Zvw)");
        rows[HeaderRow].Should().Equal(["Onderwerpgroep", "Onderwerp", .. PurchaserNames(page), "Hulpvragen"], "the purchasers in the page's column order");
        PurchaserNames(page).Should().HaveCount(9);
        rows.Keys.Where(row => row > HeaderRow).Select(row => rows[row][1]).Should().Equal(TopicNames(page));
        rows.Keys.Where(row => row > HeaderRow).Select(row => rows[row][0]).Distinct()
            .Should().Equal(page.QuerySelectorAll("tbody th[scope='rowgroup']").Select(group => group.TextContent.Trim()));

        var cells = ExportedCells(page, rows);
        foreach (var (id, pageCell) in PageCells(page))
        {
            cells[id].Should().Be(pageCell, $"cell {id} says in the export what it says on the page");
        }

        cells.Should().HaveCount(11 * 9);
        cells["cel-zilveren-kruis-regioplan"].Should().Contain("Regioplan voor 1 september");
        cells["cel-dsw-arbeidsmarktproblematiek"].Should().Be("Geen bijzonderheden");
        cells["cel-vgz-rossen"].Should().Be("Geen beleid gepubliceerd");
        cells["cel-asr-regioplan"].Should().Be("Nog niet geanalyseerd");

        var sources = workbook.Rows("Bronnen");
        sources[1].Should().Equal("Inkoper", "Document", "Geldig", "Bron");
        sources.Keys.Where(row => row > 1).Select(row => sources[row][0]).Should().Equal(PurchaserNames(page));
        sources.Values.Should().Contain(row => row[0] == "Zilveren Kruis" && row[2] == "2022" && row[3].Contains("zilverenkruis.nl"));
    }

    [Fact]
    public async Task The_csv_read_back_is_the_same_grid_as_the_xlsx()
    {
        var client = factory.CreateClient();
        using var xlsx = Workbooks.Open(await client.GetByteArrayAsync("/vergelijk/export.xlsx" + Memo2022));
        using var response = await client.GetAsync("/vergelijk/export.csv" + Memo2022);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/csv; charset=utf-8");
        response.Content.Headers.ContentDisposition!.FileName.Should().Be("inkoopbeleid-huisartsenzorg-2022.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal(new byte[] { 0xEF, 0xBB, 0xBF }, "Excel reads UTF-8 only with the byte order mark");
        var csv = CsvFiles.Rows(bytes);

        var sheet = xlsx.Rows("Vergelijking");
        var grid = sheet.Keys.Where(row => row >= HeaderRow).Select(row => sheet[row]).ToList();
        csv.Should().HaveCount(grid.Count);
        for (var index = 0; index < grid.Count; index++)
        {
            csv[index].Should().Equal(grid[index], $"CSV row {index + 1} equals the sheet's row {index + HeaderRow}");
        }
    }

    [Fact]
    public async Task A_filtered_request_exports_just_those_purchasers_and_topics_in_that_order()
    {
        const string filter = Memo2022 + "&inkopers=dsw,cz&onderwerpen=regioplan,overige-onderwerpen";
        var page = await PageAsync(filter);

        using var workbook = Workbooks.Open(await factory.CreateClient().GetByteArrayAsync("/vergelijk/export.xlsx" + filter));
        var csv = CsvFiles.Rows(await factory.CreateClient().GetByteArrayAsync("/vergelijk/export.csv" + filter));

        var rows = workbook.Rows("Vergelijking");
        rows[HeaderRow].Should().Equal("Onderwerpgroep", "Onderwerp", "DSW", "CZ", "Hulpvragen");
        rows.Keys.Where(row => row > HeaderRow).Select(row => rows[row][1]).Should().Equal(TopicNames(page));
        TopicNames(page).Should().HaveCount(4, "regioplan and the three topics of the group 'overige onderwerpen'");
        rows[2][0].Should().Contain("Inkopers: DSW, CZ");
        csv.Select(row => row[1]).Should().Equal(["Onderwerp", .. TopicNames(page)]);
        csv[0].Should().Equal("Onderwerpgroep", "Onderwerp", "DSW", "CZ", "Hulpvragen");
    }

    [Fact]
    public async Task The_my_region_cookie_puts_that_purchaser_first_as_on_the_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/vergelijk/export.xlsx" + Memo2022);
        request.Headers.Add("Cookie", "mijn-regio=inkoper:vgz");
        using var response = await factory.CreateClient().SendAsync(request);
        using var workbook = Workbooks.Open(await response.Content.ReadAsByteArrayAsync());

        var rows = workbook.Rows("Vergelijking");
        rows[HeaderRow][2].Should().Be("VGZ");
        rows[2][0].Should().Contain("Mijn regio: VGZ");
    }

    [Theory]
    [InlineData("export.xlsx?jaar=abc&zorgsoort=huisartsenzorg", "&#x27;abc&#x27; is geen geldig jaar")]
    [InlineData("export.csv?zorgsoort=onbekend", "De zorgsoort &#x27;onbekend&#x27; bestaat niet")]
    [InlineData("export.xlsx?jaar=1995&zorgsoort=huisartsenzorg", "zijn in 1995 geen documenten")]
    [InlineData("export.csv?inkopers=%3Cscript%3E", "is niet geldig en is weggelaten")]
    public async Task A_query_the_page_cannot_show_gets_its_Dutch_message_as_a_400_page(string path, string message)
    {
        using var response = await factory.CreateClient().GetAsync("/vergelijk/" + path);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/html; charset=utf-8");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("Exporteren niet gelukt").And.Contain(message).And.NotContain("<script>");
        new HtmlParser().ParseDocument(html).QuerySelector("a[href^='/vergelijk']")!.TextContent.Should().Be("Terug naar de vergelijking");
    }

    [Fact]
    public async Task The_page_links_the_exports_of_its_current_filter()
    {
        var page = await PageAsync(Memo2022 + "&inkopers=cz,vgz&onderwerpen=regioplan");

        page.QuerySelector("a[data-testid='exporteren-excel']")!.GetAttribute("href")
            .Should().Be("vergelijk/export.xlsx?jaar=2022&zorgsoort=huisartsenzorg&inkopers=cz,vgz&onderwerpen=regioplan");
        page.QuerySelector("a[data-testid='exporteren-csv']")!.GetAttribute("href")
            .Should().Be("vergelijk/export.csv?jaar=2022&zorgsoort=huisartsenzorg&inkopers=cz,vgz&onderwerpen=regioplan");
        page.QuerySelector("a[data-testid='exporteren-excel']")!.TextContent.Should().Be("Exporteren naar Excel");
        page.QuerySelector("a[data-testid='exporteren-csv']")!.HasAttribute("download").Should().BeTrue();
    }

    private async Task<IDocument> PageAsync(string query)
    {
        var (response, page) = await factory.CreateClient().GetPageAsync("/vergelijk" + query);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return page;
    }

    private static List<string> PurchaserNames(IDocument page) =>
        page.QuerySelectorAll("table.matrix thead th.matrix-head a.matrix-purchaser").Select(link => link.TextContent.Trim()).ToList();

    /// <summary>The topic names as the page shows them, with "(R)" in words.</summary>
    private static List<string> TopicNames(IDocument page) =>
        page.QuerySelectorAll("tbody tr[id^='onderwerp-'] th[scope='row']")
            .Select(topic => topic.QuerySelector(".topic-name")!.TextContent.Trim() + (topic.QuerySelector("abbr.precondition") is null ? "" : " (randvoorwaarde)"))
            .ToList();

    /// <summary>
    /// Each cell of the page by id, as words: its change mark in brackets, then its text or state. The export writes
    /// lists as lines with bullets; both sides are compared as words without bullets or white space differences.
    /// </summary>
    private static IEnumerable<(string Id, string Text)> PageCells(IDocument page) =>
        page.QuerySelectorAll("table.matrix td.cell").Select(cell =>
        {
            var mark = cell.QuerySelector(".cell-change") is { } change ? $"[{Words(change.TextContent)}] " : "";
            var body = cell.QuerySelector(".cell-body") ?? cell.QuerySelector(".cell-state")!;
            return (cell.Id!, mark + Words(body.TextContent));
        });

    /// <summary>The exported cells by the page's cell id (purchaser and topic slugs are taken from the page's own ids).</summary>
    private static Dictionary<string, string> ExportedCells(IDocument page, IReadOnlyDictionary<int, IReadOnlyList<string>> rows)
    {
        var purchasers = page.QuerySelectorAll("table.matrix thead th.matrix-head").Select(head => head.Id!["kolom-".Length..]).ToList();
        var topics = page.QuerySelectorAll("tbody tr[id^='onderwerp-']").Select(row => row.Id!["onderwerp-".Length..]).ToList();
        var cells = new Dictionary<string, string>();
        var topicRows = rows.Keys.Where(row => row > HeaderRow).Order().ToList();
        for (var topic = 0; topic < topics.Count; topic++)
        {
            for (var purchaser = 0; purchaser < purchasers.Count; purchaser++)
            {
                var text = rows[topicRows[topic]][purchaser + 2];
                cells[$"cel-{purchasers[purchaser]}-{topics[topic]}"] = Words(BulletMarker().Replace(text, ""));
            }
        }

        return cells;
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"• ", "  – " or "1. " at the start of a line: the export's list markers.</summary>
    [GeneratedRegex(@"^[ ]*(•|–|\d+\.) ", RegexOptions.Multiline)]
    private static partial Regex BulletMarker();
}
