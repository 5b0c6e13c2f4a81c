using InkoopPortal.Application.Import.ComparisonTable;
using static InkoopPortal.UnitTests.Import.ComparisonTable.ComparisonTestHelpers;

namespace InkoopPortal.UnitTests.Import.ComparisonTable;

/// <summary>Reading one cell's HTML into Markdown.</summary>
public class CellHtmlConverterTests
{
    private static string MarkdownOf(string html) =>
        CellMarkdownWriter.Write(CellHtmlConverter.Convert(html), new Dictionary<int, string>());

    [Theory]
    [InlineData("<ul> – a – b", "- a\n- b")]
    [InlineData("<ul> – a – ", "- a")]
    [InlineData("<ul> – periode ('20 – '22) – b", "- periode ('20 – '22)\n- b")]
    [InlineData("<ul> – open (haakje – b", "- open (haakje\n- b")]
    [InlineData("<ul> – a <ul> – b <ul> – c", "- a\n  - b\n    - c")]
    [InlineData("<ul> zonder streepje", "- zonder streepje")]
    [InlineData("<ul> – <i>Nadruk</i>: tekst – <i>Twee</i>", "- *Nadruk*: tekst\n- *Twee*")]
    [InlineData("Geen opmaak", "Geen opmaak")]
    [InlineData("<p>een</p> <p>twee</p>", "een\n\ntwee")]
    [InlineData("<p>inleiding</p> <ul> – punt", "inleiding\n\n- punt")]
    [InlineData("<ul><li>a<p>meer</p></li></ul>", "- a meer")]
    [InlineData("1^e en 2^{de} lijn", "1^e^ en 2^de^ lijn")]
    [InlineData("<i> ruimte </i>rond", "*ruimte* rond")]
    [InlineData("# geen kop", "\\# geen kop")]
    public void Cell_html_becomes_markdown(string html, string markdown)
    {
        MarkdownOf(html).Should().Be(markdown);
    }

    [Fact]
    public void Italic_spanning_two_dash_items_stays_balanced_in_each_item()
    {
        var markdown = MarkdownOf("<ul> – <i>een – twee</i> drie");

        Outline(markdown).Should().Equal(new OutlineItem(0, "een"), new OutlineItem(0, "twee drie"));
        markdown.Should().Be("- *een*\n- *twee* drie");
    }
}
