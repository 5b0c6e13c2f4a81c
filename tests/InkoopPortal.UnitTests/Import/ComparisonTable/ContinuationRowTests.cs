using InkoopPortal.Application.Import.ComparisonTable;
using static InkoopPortal.UnitTests.Import.ComparisonTable.ComparisonTestHelpers;

namespace InkoopPortal.UnitTests.Import.ComparisonTable;

/// <summary>How the part of a cell pushed below a page break is joined onto the part above.</summary>
public class ContinuationRowTests
{
    private const string List = "<ul style=\"list-style-type: none\">";

    private static List<OutlineItem> MergedOutline(string above, string continuation)
    {
        var parsed = ComparisonTableParser.Parse(Text("TITEL 2024", "", Row("Onderwerp", "CZ"),
            Row("Algemeen", above), "", Row("Onderwerp", "CZ"), Row("", continuation)));
        return Outline(parsed.Cell("CZ", "algemeen").Markdown);
    }

    [Fact]
    public void Unmarked_text_at_the_top_of_a_continuation_list_ends_the_last_item_above()
    {
        MergedOutline($"{List} – Eerste – Een zin die doorloopt", $"{List} op de volgende pagina. – Tweede")
            .Should().Equal(
                new OutlineItem(0, "Eerste"),
                new OutlineItem(0, "Een zin die doorloopt op de volgende pagina."),
                new OutlineItem(0, "Tweede"));
    }

    [Fact]
    public void Paragraph_at_the_top_of_a_continuation_ends_the_last_item_above_even_when_nested()
    {
        MergedOutline($"{List} – Kop: {List} – Een zin die", $"<p>doorloopt.</p> {List} – Volgende")
            .Should().Equal(
                new OutlineItem(0, "Kop:"),
                new OutlineItem(1, "Een zin die doorloopt."),
                new OutlineItem(1, "Volgende"));
    }

    [Fact]
    public void Continuation_items_stay_at_the_depth_where_the_part_above_ended()
    {
        MergedOutline($"{List} – Kop: {List} – Een – Twee", $"{List} – Drie")
            .Should().Equal(
                new OutlineItem(0, "Kop:"),
                new OutlineItem(1, "Een"),
                new OutlineItem(1, "Twee"),
                new OutlineItem(1, "Drie"));
    }

    [Fact]
    public void Continuation_items_become_children_of_an_item_above_that_ends_in_a_colon()
    {
        MergedOutline($"{List} – Eerste – Voorwaarden:", $"{List} – Een – Twee")
            .Should().Equal(
                new OutlineItem(0, "Eerste"),
                new OutlineItem(0, "Voorwaarden:"),
                new OutlineItem(1, "Een"),
                new OutlineItem(1, "Twee"));
    }

    [Fact]
    public void Continuation_into_an_empty_cell_is_the_cell_content()
    {
        MergedOutline("", $"{List} Zonder streepje – Met streepje")
            .Should().Equal(new OutlineItem(0, "Zonder streepje"), new OutlineItem(0, "Met streepje"));
    }

    [Fact]
    public void Same_topic_in_a_second_column_set_merges_into_one_topic_with_the_union_of_questions()
    {
        var parsed = ComparisonTableParser.Parse(Text("TITEL 2024", "",
            "Groep – CZ", "", Row("Onderwerp", "CZ"), Row("Regioplan/ regiobeeld <i>Vereiste?</i>", "a"),
            "", "Groep – VGZ", "", Row("Onderwerp", "VGZ"),
            Row("<p>Regioplan / regiobeeld <i>Vereiste?</i> <i>Data?</i></p>", "b")));

        parsed.Topics.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new ParsedTopic("regioplan", "Regioplan/ regiobeeld", "groep", false, ["Vereiste?", "Data?"], 6),
            options => options.WithStrictOrdering());
        parsed.Groups.Should().ContainSingle();
        parsed.Cells.Select(cell => (cell.PurchaserName, cell.TopicKey, cell.Line)).Should().Equal(
            ("CZ", "regioplan", 6), ("VGZ", "regioplan", 11));
    }
}
