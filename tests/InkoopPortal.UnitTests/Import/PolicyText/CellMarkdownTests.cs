using System.Text.RegularExpressions;
using CsCheck;
using InkoopPortal.Application.Content;
using InkoopPortal.Application.Import.PolicyText;

namespace InkoopPortal.UnitTests.Import.PolicyText;

/// <summary>A change-table cell written as Markdown: its paragraphs and its lists, HTML or text markers, with their nesting.</summary>
public partial class CellMarkdownTests
{
    [Theory]
    [InlineData("Geïndexeerd.", "Geïndexeerd.")]
    [InlineData("<p>Eerste.</p> <p>Tweede.</p>", "Eerste.\n\nTweede.")]
    [InlineData("<ul><li>een</li><li>twee</li></ul>", "- een\n- twee")]
    [InlineData("<ol><li>een</li><li>twee</li></ol>", "1. een\n2. twee")]
    [InlineData("Vooraf:<ul><li>een<ul><li>diep</li></ul></li><li>twee</li></ul>Achteraf.", "Vooraf:\n\n- een\n  - diep\n- twee\n\nAchteraf.")]
    [InlineData("<ol><li>een<ol><li>diep</li></ol></li></ol>", "1. een\n   1. diep")]
    [InlineData("<ul style=\"list-style-type: none\"> – Eerste punt – Tweede punt <ul> – Dieper </ul> – Derde</ul>", "- Eerste punt\n- Tweede punt\n  - Dieper\n- Derde")]
    [InlineData("Toegevoegd: - eis A - eis B", "Toegevoegd:\n\n- eis A\n- eis B")]
    [InlineData("– eerste – tweede", "- eerste\n- tweede")]
    [InlineData("• een • twee", "- een\n- twee")]
    [InlineData("Twee stappen: 1) uitvraag 2) gesprek", "Twee stappen:\n\n1. uitvraag\n2. gesprek")]
    [InlineData("Nieuw. 1. uitvraag 2. gesprek", "Nieuw.\n\n1. uitvraag\n2. gesprek")]
    [InlineData("Eisen: a. kwaliteit b. prijs", "Eisen:\n\n1. kwaliteit\n2. prijs")]
    [InlineData("1. Visie a. regio b. wijk 2. Proces", "1. Visie\n   1. regio\n   2. wijk\n2. Proces")]
    [InlineData("Lijst:<br>1. een<br>2. twee<br>3. drie", "Lijst:\n\n1. een\n2. twee\n3. drie")]
    [InlineData("Regels:<br>- een<br>- twee", "Regels:\n\n- een\n- twee")]
    public void Cells_become_paragraphs_and_lists(string cell, string markdown) =>
        CellMarkdown.Write(cell).Should().Be(markdown);

    [Theory]
    [InlineData("Zorg - dichtbij huis - blijft het doel.")]
    [InlineData("a.s.r. volgt de landelijke afspraken.")]
    [InlineData("In 2023 hebben we 1. iets gedaan.")]
    [InlineData("Wij betalen 2. keer per jaar.")]
    [InlineData("Het tarief stijgt met 3% - vanaf 2025.")]
    public void Punctuation_that_only_looks_like_a_marker_stays_in_its_sentence(string cell) =>
        CellMarkdown.Write(cell).Should().NotContain("\n").And.NotStartWith("- ").And.NotStartWith("1. ");

    [Fact]
    public void Text_that_reads_as_markdown_is_escaped_and_scripts_are_dropped()
    {
        var markdown = CellMarkdown.Write("<p># kop met een | pijp en 1. nummer</p><script>alert(1)</script>");

        markdown.Should().Be("\\# kop met een \\| pijp en 1. nummer");
        RichTextRenderer.ToHtml(markdown).Should().Be("<p># kop met een | pijp en 1. nummer</p>");
    }

    [Fact]
    public void No_word_of_a_cell_is_lost_and_any_cell_is_written() =>
        Gen.OneOf<string>(
                Gen.String[Gen.Char["abcAB 12.:;-–•)<>/"], 0, 80],
                Gen.OneOf("<ul>", "</ul>", "<ol>", "<li>", "</li>", "<p>", "</p>", "<br>", " – ", " - ", "1. ", "2) ", "a. ", "• ", "tekst", "Eis:", "zorg")
                    .Array[0, 25].Select(parts => string.Concat(parts)))
            .Sample(cell =>
            {
                var markdown = CellMarkdown.Write(cell);

                var written = Words(RichTextRenderer.ToHtml(markdown)).ToHashSet();
                Words(InlineText.Clean(cell)).Where(word => !written.Contains(word)).Should().BeEmpty($"every word of '{cell}' is kept in '{markdown}'");
            }, iter: 300, threads: 1);

    private static IEnumerable<string> Words(string text) => Word().Matches(Regex.Replace(text, "<[^>]+>", " ")).Select(match => match.Value);

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();
}
