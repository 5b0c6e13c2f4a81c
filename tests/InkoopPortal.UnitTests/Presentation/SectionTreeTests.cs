using InkoopPortal.Application.Documents;

namespace InkoopPortal.UnitTests.Presentation;

public class SectionTreeTests
{
    [Fact]
    public void Flat_levelled_sections_nest_under_the_nearest_higher_section()
    {
        var tree = SectionTree.Build(
        [
            (11, 1, "1", "Wijzigingen", "<p>a</p>"),
            (12, 1, "2", "Visie", ""),
            (13, 2, "2.1", "Inleiding", "<p>b</p>"),
            (14, 3, null, "Detail", "<p>c</p>"),
            (15, 2, "2.2", "Leeswijzer", "<p>d</p>"),
            (16, 1, null, "Bijlage 1", ""),
            (17, 3, null, "Diep", "<p>e</p>"),
        ]);

        tree.Select(section => section.Title).Should().Equal("Wijzigingen", "Visie", "Bijlage 1");
        tree[1].Children.Select(section => section.Number).Should().Equal("2.1", "2.2");
        tree[1].Children[0].Children.Single().Title.Should().Be("Detail");
        tree[2].Children.Single().Title.Should().Be("Diep");
        tree[1].Children[0].Children.Single().Anchor.Should().Be("sectie-14", "each section keeps its id for the links to it");
    }
}
