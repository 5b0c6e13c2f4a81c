using InkoopPortal.Application.Import;

namespace InkoopPortal.UnitTests.Import;

public class UnstorableCharactersTests
{
    [Fact]
    public void A_nul_character_is_named_by_line_and_column()
    {
        var problems = UnstorableCharacters.Find("Onderwerp\tCZ\tVGZ\nRegioplan\tpunt\tja\0va\n\0\n");

        problems.Should().HaveCount(2);
        (problems[0].Line, problems[0].Column).Should().Be((2, 3));
        problems[0].Message.Should().Contain("nulteken (U+0000)");
        (problems[1].Line, problems[1].Column).Should().Be((3, 1));
    }

    [Fact]
    public void Ordinary_text_with_tabs_and_form_feeds_has_no_problems()
    {
        UnstorableCharacters.Find("Kop\tA\n\fPagina 2\n").Should().BeEmpty();
        UnstorableCharacters.Contains("tekst").Should().BeFalse();
        UnstorableCharacters.Contains("te\0kst").Should().BeTrue();
    }
}
