using InkoopPortal.Application.Content;
using InkoopPortal.Application.Import.ComparisonTable;
using InkoopPortal.Domain.Documents;
using static InkoopPortal.UnitTests.Import.ComparisonTable.ComparisonTestHelpers;

namespace InkoopPortal.UnitTests.Import.ComparisonTable;

/// <summary>
/// A Wlz comparison of care offices: the header's first cell is empty, cells carry footnote markers with the
/// footnotes below the table, and the header is repeated after a page break.
/// </summary>
public class WlzCareOfficeTableTests
{
    private const string List = "<ul style=\"list-style-type: none\">";

    private static readonly string Wlz = Text(
        "WLZ INKOOPKADERS ZORGKANTOREN 2024",
        "",
        "Vergelijking zorgkantoren – Zorgkantoor Noord, Zorgkantoor Zuid",
        "",
        Row("", "Zorgkantoor Noord", "Zorgkantoor Zuid"),
        Row("Tariefpercentage <i>Hoogte?</i>", $"{List} – VV 95,5%¹ – GZ 95,7%", $"{List} – Gelijk aan landelijk²"),
        Row("Contracteerruimte (R) <i>Herschikking?</i>", $"{List} – Herschikking in juni – Voorwaarden:",
            $"{List} – Geen beleid gepubliceerd"),
        "¹ Exclusief opslag voor maatwerk.",
        "",
        Row("", "Zorgkantoor Noord", "Zorgkantoor Zuid"),
        Row("", $"{List} – Plan ingediend – Onderbouwing", ""),
        Row("<p><i>Overschrijding?</i></p>", $"{List} – Nacalculatie bij overschrijding", ""),
        "² Zoals afgesproken in het landelijk kader.");

    private static readonly ParsedComparisonTable Parsed = ComparisonTableParser.Parse(Wlz);

    [Fact]
    public void Header_with_an_empty_first_cell_names_the_care_offices()
    {
        Parsed.Columns.Should().Equal(
            new ParsedColumn("Zorgkantoor Noord", 5, 2),
            new ParsedColumn("Zorgkantoor Zuid", 5, 3));
        Parsed.Year.Should().Be(2024);
        Parsed.Groups.Should().Equal(new ParsedTopicGroup("vergelijking-zorgkantoren", "Vergelijking zorgkantoren", 3));
    }

    [Fact]
    public void Repeated_header_after_a_page_break_adds_no_columns_topics_or_cells()
    {
        Parsed.Topics.Select(topic => topic.Key).Should().Equal("tariefpercentage", "contracteerruimte");
        Parsed.Cells.Should().HaveCount(4);
    }

    [Fact]
    public void Footnote_marker_becomes_a_markdown_footnote_with_its_definition_at_the_end()
    {
        var markdown = Parsed.Cell("Zorgkantoor Noord", "tariefpercentage").Markdown;

        markdown.Should().Be("- VV 95,5%[^1]\n- GZ 95,7%\n\n[^1]: Exclusief opslag voor maatwerk.");
        var html = RichTextRenderer.ToHtml(markdown);
        html.Should().Contain("class=\"footnote-ref\"");
        RenderedText(markdown).Should().Contain("Exclusief opslag voor maatwerk.");
    }

    [Fact]
    public void Footnote_defined_below_the_repeated_header_belongs_to_the_same_table()
    {
        Parsed.Cell("Zorgkantoor Zuid", "tariefpercentage").Markdown.Should().Be(
            "- Gelijk aan landelijk[^2]\n\n[^2]: Zoals afgesproken in het landelijk kader.");
    }

    [Fact]
    public void Continuation_rows_after_the_page_break_join_the_topic_above()
    {
        var cell = Parsed.Cell("Zorgkantoor Noord", "contracteerruimte");

        Outline(cell.Markdown).Should().Equal(
            new OutlineItem(0, "Herschikking in juni"),
            new OutlineItem(0, "Voorwaarden:"),
            new OutlineItem(1, "Plan ingediend"),
            new OutlineItem(1, "Onderbouwing"),
            new OutlineItem(1, "Nacalculatie bij overschrijding"));
        (cell.Line, cell.Column).Should().Be((7, 2));
    }

    [Fact]
    public void Italic_only_first_cell_adds_guiding_questions_to_the_topic_above()
    {
        var topic = Parsed.Topic("contracteerruimte");

        topic.IsPrecondition.Should().BeTrue();
        topic.Name.Should().Be("Contracteerruimte");
        topic.GuidingQuestions.Should().Equal("Herschikking?", "Overschrijding?");
    }

    [Fact]
    public void Empty_continuation_cells_do_not_change_the_status_above()
    {
        Parsed.Cell("Zorgkantoor Zuid", "contracteerruimte").Status.Should().Be(StatementStatus.NoPolicyPublished);
    }
}
