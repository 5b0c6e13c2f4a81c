using InkoopPortal.Application.Content;

namespace InkoopPortal.UnitTests.Import.ComparisonTable;

public class SlugTests
{
    [Theory]
    [InlineData("Regioplan", "regioplan")]
    [InlineData("Kwaliteitsbeleid & zorginhoud", "kwaliteitsbeleid-zorginhoud")]
    [InlineData("ROS'sen", "rossen")]
    [InlineData("ROS’sen", "rossen")]
    [InlineData("Coördinatie  Één", "coordinatie-een")]
    [InlineData("  N.a.v bouwstenen -- ", "n-a-v-bouwstenen")]
    [InlineData("Z&Z", "z-z")]
    [InlineData("", "")]
    public void Slug_is_lowercase_ascii_with_single_dashes(string text, string slug)
    {
        Slug.From(text).Should().Be(slug);
    }
}
