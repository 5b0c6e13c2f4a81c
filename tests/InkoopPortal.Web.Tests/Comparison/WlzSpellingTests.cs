using System.Text.RegularExpressions;
using InkoopPortal.TestSupport;
using InkoopPortal.Web.Tests.Support;

namespace InkoopPortal.Web.Tests.Comparison;

/// <summary>"Wlz" keeps its capital wherever a reader meets a Wlz care type inside a sentence or title (issue 13).</summary>
public partial class WlzSpellingTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    // "wlz" as a word of its own (not the slug inside "wlz-vv", which is no text a reader sees).
    [GeneratedRegex(@"(?<![\w-])wlz(?![\w-])")]
    private static partial Regex LowerCaseWlz();

    [Theory]
    [InlineData("/vergelijk?jaar=2024&zorgsoort=wlz-vv", "Vergelijking Wlz verpleging en verzorging 2024 – InkoopPortal")]
    [InlineData("/vergelijk/onderwerp?onderwerp=inkoopdoelen&zorgsoort=wlz-vv", null)]
    [InlineData("/vergelijk/cel?jaar=2024&zorgsoort=wlz-vv&inkoper=zorgkantoor-zorg-en-zekerheid&onderwerp=inkoopdoelen", null)]
    [InlineData("/vergelijk?jaar=2024&zorgsoort=wlz-vv&onderwerpen=regioplan", null)]
    public async Task A_Wlz_care_type_keeps_its_capital_in_titles_and_text(string path, string? title)
    {
        var (_, page) = await factory.CreateClient().GetPageAsync(path);

        if (title is not null)
        {
            page.Title.Should().Be(title);
        }

        page.Title.Should().NotMatchRegex(LowerCaseWlz());
        var text = page.Body!.TextContent + " " + string.Join(" ", page.QuerySelectorAll("[aria-label]").Select(element => element.GetAttribute("aria-label")));
        LowerCaseWlz().Matches(text).Should().BeEmpty($"'Wlz' is a name, also inside a sentence ({path})");
        text.Should().Contain("Wlz");
    }
}
