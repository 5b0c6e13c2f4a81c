using InkoopPortal.Application.Content;
using InkoopPortal.Application.Search;

namespace InkoopPortal.UnitTests.Search;

public class SearchTextTests
{
    [Fact]
    public void Stored_HTML_becomes_its_text_with_blocks_apart_and_inline_markup_joined()
    {
        SearchText.FromHtml("<p>Zorg<em>aan</em>bieders &amp; <strong>huisartsen</strong></p><ul><li>één</li><li>twee</li></ul>")
            .Should().Be("Zorgaanbieders & huisartsen één twee");
    }

    [Fact]
    public void Footnote_numbers_and_back_references_do_not_stick_to_words()
    {
        var html = RichTextRenderer.ToHtml("Het regioplan[^1] telt.\n\n[^1]: Zie bijlage.");

        SearchText.FromHtml(html).Should().Be("Het regioplan 1 telt. Zie bijlage.");
    }

    [Fact]
    public void Parts_are_joined_without_empty_ones()
    {
        SearchText.Join("Kwaliteit", null, " ", "ZBC").Should().Be("Kwaliteit – ZBC");
    }
}
