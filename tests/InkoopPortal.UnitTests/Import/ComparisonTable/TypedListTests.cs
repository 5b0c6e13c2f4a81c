using InkoopPortal.Application.Import.ComparisonTable;
using InkoopPortal.TestSupport.Variants;

namespace InkoopPortal.UnitTests.Import.ComparisonTable;

/// <summary>
/// Lists typed inside a cell (a quoted Excel cell with line breaks, or &lt;br&gt; and &lt;p&gt; lines): the markers,
/// their nesting, and the Dutch text that looks like a marker but is not one.
/// </summary>
public class TypedListTests
{
    private static List<string> OutlineOf(string cell) =>
        VariantFixture.Outline(CellMarkdownWriter.Write(CellHtmlConverter.Convert(cell), new Dictionary<int, string>())).Outline;

    [Theory]
    [InlineData("- een\n- twee")]
    [InlineData("– een\n– twee")]
    [InlineData("• een\n• twee")]
    [InlineData("•een\n•twee")]
    [InlineData("* een\n* twee")]
    [InlineData("1. een\n2. twee")]
    [InlineData("1) een\n2) twee")]
    [InlineData("a. een\nb. twee")]
    [InlineData("a) een\nb) twee")]
    [InlineData("A. een\nB. twee")]
    [InlineData("- een<br>- twee")]
    [InlineData("<p>- een</p><p>- twee</p>")]
    [InlineData("– een – twee")]
    public void Every_marker_kind_starts_items(string cell)
    {
        OutlineOf(cell).Should().Equal("0: een", "0: twee");
    }

    [Theory]
    [InlineData("1. Kwaliteit\n   a. Personeel\n   b. Cliënten\n2. Kosten", "0: Kwaliteit", "1: Personeel", "1: Cliënten", "0: Kosten")]
    [InlineData("1. Kwaliteit\na. Personeel\nb. Cliënten\n2. Kosten", "0: Kwaliteit", "1: Personeel", "1: Cliënten", "0: Kosten")]
    [InlineData("1) Kwaliteit\n- Personeel\n2) Kosten", "0: Kwaliteit", "1: Personeel", "0: Kosten")]
    [InlineData("- Regio\n  - Noord\n    - Stad\n  - Zuid\n- Land", "0: Regio", "1: Noord", "2: Stad", "1: Zuid", "0: Land")]
    [InlineData("• Eerste\n\t◦ Sub\n• Tweede", "0: Eerste", "1: Sub", "0: Tweede")]
    [InlineData("* Ster<br>  * Sub", "0: Ster", "1: Sub")]
    public void Nesting_follows_indentation_and_a_change_of_marker(string cell, params string[] outline)
    {
        OutlineOf(cell).Should().Equal(outline);
    }

    [Theory]
    [InlineData("Wij vragen max. 2. keer per jaar een rapport.", "p: Wij vragen max. 2. keer per jaar een rapport.")]
    [InlineData("Wij vragen maximaal\n2. keer per jaar een rapport.", "p: Wij vragen maximaal 2. keer per jaar een rapport.")]
    [InlineData("Zie art. 3.\nlid 2 van de regeling.", "p: Zie art. 3. lid 2 van de regeling.")]
    [InlineData("Overleg met de zorg-\naanbieder.", "p: Overleg met de zorg-aanbieder.")]
    [InlineData("1.000 euro per praktijk", "p: 1.000 euro per praktijk")]
    [InlineData("a.s.r. volgt de preferente verzekeraar", "p: a.s.r. volgt de preferente verzekeraar")]
    [InlineData("-10% op het tarief", "p: -10% op het tarief")]
    [InlineData("J. de Vries is contactpersoon", "p: J. de Vries is contactpersoon")]
    public void Text_that_only_looks_like_a_marker_stays_text(string cell, string outline)
    {
        OutlineOf(cell).Should().Equal(outline);
    }

    [Fact]
    public void A_number_that_does_not_continue_the_list_is_text_of_the_item_above()
    {
        OutlineOf("1. Aanvragen\n2. Beoordelen binnen\n4. weken").Should().Equal("0: Aanvragen", "0: Beoordelen binnen 4. weken");
    }

    [Fact]
    public void The_first_line_of_a_cell_may_go_on_with_a_list_begun_above_a_page_break()
    {
        OutlineOf("3. Derde\n4. Vierde").Should().Equal("0: Derde", "0: Vierde");
        OutlineOf("c) Derde\nd) Vierde").Should().Equal("0: Derde", "0: Vierde");
    }

    [Fact]
    public void Lines_of_a_quoted_cell_are_paragraphs_unless_they_go_on_with_the_line_before()
    {
        OutlineOf("Eerste zin.\nTweede zin.\n\nDerde alinea").Should().Equal("p: Eerste zin.", "p: Tweede zin.", "p: Derde alinea");
        OutlineOf("- Een punt dat\n  doorloopt\nDaarna tekst").Should().Equal("0: Een punt dat doorloopt", "p: Daarna tekst");
        OutlineOf("Voorwaarden:\n- mandaat\n- 100.000 inwoners").Should().Equal("p: Voorwaarden:", "0: mandaat", "0: 100.000 inwoners");
    }

    [Fact]
    public void Markers_inside_html_list_items_stay_text()
    {
        OutlineOf("<ul><li>1. Plan</li><li>- streep</li></ul>").Should().Equal("0: 1. Plan", "0: - streep");
    }

    [Theory]
    [InlineData("2. keer", null)]
    [InlineData("1. een", 0)]
    public void Nesting_refuses_a_number_that_starts_a_list_in_the_middle(string line, int? depth)
    {
        TextListMarkers.TryRead(line, out var marker, out _).Should().BeTrue();

        new TextListNesting().Place(marker, 0, mayStartAnywhere: false).Should().Be(depth);
    }
}
