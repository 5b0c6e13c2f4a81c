using InkoopPortal.Application.Content;
using InkoopPortal.Application.Export;

namespace InkoopPortal.UnitTests.Export;

/// <summary>A statement's Markdown, rendered as the page shows it, as the plain text of a spreadsheet cell.</summary>
public class PlainTextTests
{
    private static string FromMarkdown(string markdown) => PlainText.FromHtml(RichTextRenderer.ToHtml(markdown));

    [Fact]
    public void Bullets_become_lines_and_nested_bullets_are_indented_dashes()
    {
        var text = FromMarkdown("Voorwaarden:\n\n- Regioplan voor 1 september\n- Spiegelinformatie\n  - per praktijk\n  - per regio\n- Overleg");

        text.Should().Be(
            "Voorwaarden:\n" +
            "• Regioplan voor 1 september\n" +
            "• Spiegelinformatie\n" +
            "  – per praktijk\n" +
            "  – per regio\n" +
            "• Overleg");
    }

    [Fact]
    public void Numbered_items_keep_their_numbers_and_loose_items_their_paragraphs()
    {
        FromMarkdown("3. derde\n4. vierde").Should().Be("3. derde\n4. vierde");
        FromMarkdown("- een\n\n  meer over een\n\n- twee").Should().Be("• een\n  meer over een\n• twee");
    }

    [Fact]
    public void Paragraphs_and_line_breaks_are_lines_and_white_space_is_collapsed_as_a_browser_does()
    {
        FromMarkdown("Eerste   alinea\nmet een regel.\n\n*Tweede* **alinea**.").Should().Be("Eerste alinea\nmet een regel.\nTweede alinea.");
        PlainText.FromHtml("<p>  veel\n\n   ruimte  </p>").Should().Be("veel ruimte");
        PlainText.FromHtml("").Should().BeEmpty();
    }

    [Fact]
    public void Links_keep_their_address_and_footnotes_their_number()
    {
        FromMarkdown("Zie [de regeling](https://voorbeeld.nl/regeling) en https://voorbeeld.nl.")
            .Should().Be("Zie de regeling (https://voorbeeld.nl/regeling) en https://voorbeeld.nl.");
        FromMarkdown("Tekst met voetnoot[^1].\n\n[^1]: De bron.").Should().Be("Tekst met voetnoot[1].\n1. De bron.");
    }

    [Fact]
    public void Table_rows_become_lines_with_bars_between_the_cells()
    {
        PlainText.FromHtml("<table><tr><th>Jaar</th><th>Tarief</th></tr><tr><td>2022</td><td>€ 10</td></tr></table>")
            .Should().Be("Jaar | Tarief\n2022 | € 10");
    }
}
