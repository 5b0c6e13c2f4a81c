using InkoopPortal.Application.Comparison;
using InkoopPortal.Domain.Documents;
using static InkoopPortal.UnitTests.Comparison.ComparisonFixtures;

namespace InkoopPortal.UnitTests.Comparison;

public class TopicTimelineBuilderTests
{
    private static TopicTimeline Build(IReadOnlyList<InputDocument> documents, IReadOnlyList<InputStatement> statements, string? highlighted = null) =>
        TopicTimelineBuilder.Build(new TimelineInput(CareType, CareTypeId, Topic, [Cz, Vgz], highlighted, documents, statements));

    [Fact]
    public void Rows_are_every_year_with_a_document_newest_first_and_a_multi_year_document_fills_each_of_its_years()
    {
        var timeline = Build(
            [Document(1, Cz, 2022, 2022), Document(2, Cz, 2023, 2024), Document(3, Vgz, 2024, 2024)],
            [Statement(1, 1, "<p>oud</p>"), Statement(2, 2, "<p>nieuw</p>")]);

        timeline.Rows.Select(row => row.Year).Should().Equal(2024, 2023, 2022);
        timeline.Columns.Select(column => column.PurchaserSlug).Should().Equal("cz", "vgz");

        var cz = timeline.Rows.Select(row => row.Cells[0]).ToList();
        cz.Select(cell => cell.Html).Should().Equal("<p>nieuw</p>", "<p>nieuw</p>", "<p>oud</p>");
        // The same document in 2023 and 2024 says the same; 2022 has no year before it.
        cz.Select(cell => cell.Change).Should().Equal(CellChange.None, CellChange.Changed, CellChange.None);

        var vgz = timeline.Rows.Select(row => row.Cells[1].State).ToList();
        vgz.Should().Equal(CellState.NotAnalysed, CellState.NoDocument, CellState.NoDocument);
    }

    [Fact]
    public void A_statement_for_the_care_type_wins_over_one_for_all_care_types_and_states_are_kept()
    {
        var timeline = Build(
            [Document(1, Cz, 2022, 2022), Document(2, Vgz, 2022, 2022)],
            [Statement(1, 1, "<p>algemeen</p>"), Statement(2, 1, "<p>specifiek</p>", careTypeId: CareTypeId),
             Statement(3, 2, "", StatementStatus.NothingSpecial)]);

        var row = timeline.Rows.Single();
        row.Cells[0].Html.Should().Be("<p>specifiek</p>");
        row.Cells[1].State.Should().Be(CellState.NothingSpecial);
        row.Cells[1].Html.Should().BeEmpty();
    }

    [Fact]
    public void The_highlighted_purchaser_comes_first()
    {
        var timeline = Build([Document(1, Cz, 2022, 2022), Document(2, Vgz, 2022, 2022)], [], highlighted: "vgz");

        timeline.Columns.Select(column => (column.PurchaserSlug, column.IsHighlighted)).Should().Equal(("vgz", true), ("cz", false));
        timeline.Rows.Single().Cells.Select(cell => cell.PurchaserSlug).Should().Equal("vgz", "cz");
    }

    [Fact]
    public void Without_documents_there_are_no_rows()
    {
        Build([], []).Rows.Should().BeEmpty();
    }

    [Fact]
    public void The_table_has_a_row_header_per_year_linking_to_that_years_matrix_and_cells_with_detail_links()
    {
        var timeline = Build([Document(1, Cz, 2022, 2023)], [Statement(1, 1, "<p>tekst</p>")]);

        var html = TopicTimelineHtmlWriter.Write(timeline);

        html.Should().Contain("<caption>Regioplan, huisartsenzorg: 2 inkopers, 2 jaren</caption>");
        html.Should().Contain("<tr id=\"jaar-2023\"><th scope=\"row\"");
        html.Should().Contain("href=\"/vergelijk?jaar=2022&amp;zorgsoort=huisartsenzorg#onderwerp-regioplan\"");
        html.Should().Contain("id=\"cel-cz-2023\" class=\"cell cell--content\"");
        html.Should().Contain("href=\"/vergelijk/cel?jaar=2023&amp;zorgsoort=huisartsenzorg&amp;inkoper=cz&amp;onderwerp=regioplan\"");
        html.Should().Contain("id=\"cel-vgz-2022\" class=\"cell cell--no-document\"");
    }
}
