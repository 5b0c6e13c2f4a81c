using AngleSharp.Html.Parser;
using InkoopPortal.Application.Comparison;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Purchasers;

namespace InkoopPortal.UnitTests.Comparison;

public class MatrixHtmlWriterTests
{
    private static readonly ComparisonMatrix Matrix = new(
        2023,
        new MatrixCareType("huisartsenzorg", "Huisartsenzorg", Law.Zvw),
        [
            new MatrixColumn("vgz", "VGZ", PurchaserKind.HealthInsurer, true, new MatrixDocument(5, "Beleid VGZ", 2022, 2023, null)),
            new MatrixColumn("z-en-z", "Z&Z <b>", PurchaserKind.HealthInsurer, false, null),
        ],
        [
            new MatrixRowGroup("bouwstenen", "Bouwstenen", [
                new MatrixRow("regioplan", "Regioplan/ regiobeeld", true, ["Vereiste?"], [
                    new MatrixCell("vgz", CellState.Content, "<ul><li>Indienen</li></ul>", 1, "regel 3", CellChange.Changed),
                    new MatrixCell("z-en-z", CellState.NoDocument, "", null, null, CellChange.None),
                ]),
            ]),
        ]);

    [Fact]
    public void The_matrix_is_a_data_table_with_caption_and_scoped_headers()
    {
        var table = Parse();

        table.QuerySelector("caption")!.TextContent.Should().Be("Huisartsenzorg 2023: 2 inkopers, 1 onderwerp");
        table.QuerySelectorAll("thead th[scope=col]").Select(th => th.Id).Should().Equal("", "kolom-vgz", "kolom-z-en-z");
        table.QuerySelector("tbody th[scope=rowgroup]")!.TextContent.Should().Be("Bouwstenen");
        var topic = table.QuerySelector("tr#onderwerp-regioplan th[scope=row]")!;
        topic.QuerySelector(".topic-name")!.TextContent.Should().Be("Regioplan/ regiobeeld");
        topic.QuerySelector("abbr.precondition")!.GetAttribute("title").Should().Be("Randvoorwaarde");
        topic.QuerySelector(".guiding-questions li")!.TextContent.Should().Be("Vereiste?");
    }

    [Fact]
    public void A_content_cell_holds_its_html_change_mark_and_detail_link()
    {
        var cell = Parse().QuerySelector("#cel-vgz-regioplan")!;

        cell.ClassList.Should().Contain(["cell--content", "cell--changed", "is-mine"]);
        cell.QuerySelector(".cell-body li")!.TextContent.Should().Be("Indienen");
        cell.QuerySelector(".cell-change")!.TextContent.Should().Be("Gewijzigd t.o.v. 2022");
        cell.QuerySelector("a.cell-details")!.GetAttribute("href")
            .Should().Be("/vergelijk/cel?jaar=2023&zorgsoort=huisartsenzorg&inkoper=vgz&onderwerp=regioplan");
    }

    [Fact]
    public void Names_are_encoded_and_a_missing_document_is_said_in_words()
    {
        var table = Parse();

        table.QuerySelector("#kolom-z-en-z a.matrix-purchaser")!.TextContent.Should().Be("Z&Z <b>");
        table.QuerySelector("#kolom-z-en-z b").Should().BeNull("a name is text, never markup");
        table.QuerySelector("#cel-z-en-z-regioplan")!.GetAttribute("data-inkoper").Should().Be("Z&Z <b>", "a phone shows it above the cell");
        table.QuerySelector("#cel-z-en-z-regioplan .cell-state")!.TextContent.Should().Be("Geen document voor dit jaar");
        table.QuerySelector("#cel-z-en-z-regioplan a").Should().BeNull();
        table.QuerySelector("#kolom-vgz .mine-badge")!.TextContent.Should().Be("Mijn regio");
        table.QuerySelector("#kolom-vgz a.matrix-document")!.TextContent.Should().Be("Document 2022–2023 van VGZ");
    }

    [Fact]
    public void The_table_carries_the_matrix_filter_once_for_the_detail_links_so_terug_restores_it()
    {
        var state = new MatrixRequest(2023, "huisartsenzorg", Law.Zvw, ["z-en-z", "vgz"], ["regioplan"], new MyRegionChoice("inkoper", "vgz"), true);

        var table = Parse(state);

        table.GetAttribute("data-state").Should().Be("&wet=zvw&inkopers=z-en-z,vgz&onderwerpen=regioplan&lege-onderwerpen=tonen",
            "the reader's own 'Mijn regio' stays out of addresses");
        Parse(state with { Law = null, PurchaserSlugs = [], TopicSlugs = [], ShowEmptyTopics = false }).HasAttribute("data-state").Should().BeFalse();
        table.QuerySelector("#cel-vgz-regioplan a.cell-details")!.GetAttribute("href")
            .Should().Be("/vergelijk/cel?jaar=2023&zorgsoort=huisartsenzorg&inkoper=vgz&onderwerp=regioplan", "not repeated in every cell");
        table.QuerySelector("#cel-vgz-regioplan .cell-body")!.Id.Should().Be("cel-vgz-regioplan-tekst", "'Toon alles' names the text it unfolds");
    }

    [Fact]
    public void A_column_in_which_no_cell_says_anything_is_marked_for_the_printout()
    {
        var table = Parse();

        table.QuerySelector("#kolom-z-en-z")!.ClassList.Should().Contain("matrix-head--empty");
        table.QuerySelector("#kolom-vgz")!.ClassList.Should().NotContain("matrix-head--empty");
        Matrix.IsEmptyColumn(0).Should().BeFalse();
        Matrix.IsEmptyColumn(1).Should().BeTrue();
    }

    private static AngleSharp.Dom.IElement Parse(MatrixRequest? state = null) =>
        new HtmlParser().ParseDocument($"<html><body>{MatrixHtmlWriter.Write(Matrix, state)}</body></html>").QuerySelector("table")!;
}
