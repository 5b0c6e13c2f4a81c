using AngleSharp.Html.Parser;
using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Content;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Purchasers;

namespace InkoopPortal.UnitTests.Content;

/// <summary>Footnote ids and links made unique per body where several bodies share a page.</summary>
public class FootnoteIdsTests
{
    private static readonly string Body = RichTextRenderer.ToHtml("Tarief 95,5%[^1] en opslag[^2]\n\n[^1]: Exclusief.\n[^2]: Per jaar.");

    [Fact]
    public void Ids_and_links_of_one_body_get_the_prefix_and_still_point_at_each_other()
    {
        var html = FootnoteIds.Scope(Body, "cel-cz-regioplan");
        var document = new HtmlParser().ParseDocument(html);

        var ids = document.QuerySelectorAll("[id]").Select(element => element.Id!).ToList();
        ids.Should().BeEquivalentTo("cel-cz-regioplan-fnref:1", "cel-cz-regioplan-fnref:2", "cel-cz-regioplan-fn:1", "cel-cz-regioplan-fn:2");
        document.QuerySelectorAll("a[href]").Select(link => link.GetAttribute("href")![1..])
            .Should().OnlyContain(target => ids.Contains(target)).And.HaveCount(4);
    }

    [Fact]
    public void Text_that_reads_like_an_id_stays_as_it_is()
    {
        var html = RichTextRenderer.ToHtml("Schrijf id=\"fn:1\" en href=\"#fn:1\" niet over.");

        FootnoteIds.Scope(html, "x").Should().Be(html);
    }

    [Fact]
    public void Two_matrix_cells_with_footnote_1_have_different_ids_on_one_page()
    {
        var matrix = new ComparisonMatrix(
            2024,
            new MatrixCareType("wlz-vv", "Wlz VV", Law.Wlz),
            [
                new MatrixColumn("zorgkantoor-cz", "Zorgkantoor CZ", PurchaserKind.CareOffice, false, new MatrixDocument(1, "CZ", 2024, 2024, null)),
                new MatrixColumn("zorgkantoor-vgz", "Zorgkantoor VGZ", PurchaserKind.CareOffice, false, new MatrixDocument(2, "VGZ", 2024, 2024, null)),
            ],
            [
                new MatrixRowGroup(null, "Wlz-inkoop", [
                    new MatrixRow("bekostiging", "Bekostiging", false, [], [
                        new MatrixCell("zorgkantoor-cz", CellState.Content, Body, 1, null, CellChange.None),
                        new MatrixCell("zorgkantoor-vgz", CellState.Content, Body, 2, null, CellChange.None),
                    ]),
                ]),
            ]);

        var document = new HtmlParser().ParseDocument(MatrixHtmlWriter.Write(matrix));

        var ids = document.QuerySelectorAll("[id*='fn']").Select(element => element.Id).ToList();
        ids.Should().HaveCount(8).And.OnlyHaveUniqueItems();
    }
}
