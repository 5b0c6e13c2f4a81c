using InkoopPortal.Application.Codebook.Mapping;

namespace InkoopPortal.UnitTests.Codebook;

public class PassagesTests
{
    [Fact]
    public void Paragraphs_are_the_blocks_between_blank_lines_numbered_in_order()
    {
        var paragraphs = Passages.Paragraphs("Eerste alinea\nloopt door.\n\n\nTweede alinea.\r\n   \r\nDerde.");

        paragraphs.Should().Equal("Eerste alinea\nloopt door.", "Tweede alinea.", "Derde.");
    }

    [Fact]
    public void A_list_stays_one_paragraph_even_with_blank_lines_between_its_items()
    {
        var paragraphs = Passages.Paragraphs("Wij vragen:\n\n- een plan;\n\n- een begroting;\n  met toelichting\n\n1. en een planning.\n\nNa de lijst.");

        paragraphs.Should().Equal("Wij vragen:", "- een plan;\n- een begroting;\n  met toelichting\n1. en een planning.", "Na de lijst.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n \t \n")]
    public void An_empty_body_has_no_paragraphs(string markdown) => Passages.Paragraphs(markdown).Should().BeEmpty();

    [Fact]
    public void A_sentence_that_starts_with_a_number_is_no_list()
    {
        Passages.Paragraphs("- punt\n\n2024 wordt een overgangsjaar.").Should().HaveCount(2);
    }
}
