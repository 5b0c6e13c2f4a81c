using InkoopPortal.Application.Codebook.Mapping;
using InkoopPortal.Domain.Documents;
using static InkoopPortal.UnitTests.Codebook.MappingFixtures;

namespace InkoopPortal.UnitTests.Codebook;

public class SectionMapperTests
{
    private readonly TopicScorer _scorer = new(Topics);

    [Fact]
    public void A_section_that_mixes_subjects_is_split_into_paragraph_passages()
    {
        var section = Section("Overige afspraken", string.Join("\n\n",
            "Wij vragen aanbieders hun CO2-uitstoot te meten, een klimaatplan te maken en te werken aan groene zorg en duurzaamheid.",
            "Ook de routekaart voor duurzaamheid en CO2-reductie bespreken wij jaarlijks met elke aanbieder.",
            "De tarieven worden in 2025 geïndexeerd; u kunt de nieuwe tarieven declareren vanaf 1 januari, de indexering volgt de NZa.",
            "Beeldbellen en andere e-health declareert u als regulier consult; voor gegevensuitwisseling en digitale zorg gelden de landelijke standaarden."));

        var mapping = SectionMapper.Map([section], _scorer).Single();

        mapping.Matter.Should().BeNull();
        mapping.Passages.Select(passage => (passage.FirstParagraph, passage.LastParagraph)).Should().Equal((0, 1), (2, 2), (3, 3));
        mapping.Passages.Select(passage => passage.Assigned.FirstOrDefault()).Should().Equal("duurzaamheid", "tarieven-en-bekostiging", "digitale-zorg");
    }

    [Fact]
    public void A_section_on_one_subject_is_one_whole_section_passage()
    {
        var section = Section("Groene zorg", "Wij vragen een klimaatplan.\n\nDe CO2-reductie bespreken wij jaarlijks; duurzaamheid telt mee.");

        var passage = SectionMapper.Map([section], _scorer).Single().Passages.Single();

        (passage.FirstParagraph, passage.LastParagraph).Should().Be((null, null));
        passage.Assigned.Should().Equal("duurzaamheid");
        passage.Suggestions[0].Slug.Should().Be("duurzaamheid");
    }

    [Fact]
    public void Front_matter_and_empty_bodies_get_no_passages_and_every_section_gets_a_mapping()
    {
        var sections = new[]
        {
            Section("Inhoudsopgave", "Visie\t2\nTarieven\t4"),
            Section("Beleid", "  \n"),
            Section("Tarieven", "De tarieven worden geïndexeerd."),
            Section("Contact", "Mail naar zorginkoop@voorbeeld.nl."),
        };

        var mappings = SectionMapper.Map(sections, _scorer);

        mappings.Should().HaveCount(4);
        mappings[0].Matter!.Role.Should().Be(SectionRole.FrontMatter);
        mappings[0].Passages.Should().BeEmpty();
        mappings[1].Passages.Should().BeEmpty();
        mappings[2].Passages.Single().Assigned.Should().Equal("tarieven-en-bekostiging");
        mappings[3].Matter!.Role.Should().Be(SectionRole.BackMatter);
        mappings[3].Passages.Should().BeEmpty();
    }

    [Fact]
    public void Filed_texts_are_gathered_under_the_topic_and_the_generic_topics_it_covers()
    {
        var covers = new Dictionary<string, IReadOnlyList<string>> { ["algemeen"] = ["inkoopproces-en-planning", "contractvormen-en-looptijd"] };

        var filed = FiledTexts.Gather([("algemeen", "Doorlopend beleid."), ("algemeen", "Doorlopend beleid."), ("automatisering", "ICT."), ("overig", " ")], covers);

        filed["algemeen"].Should().Equal("Doorlopend beleid.");
        filed["inkoopproces-en-planning"].Should().Equal("Doorlopend beleid.");
        filed["contractvormen-en-looptijd"].Should().Equal("Doorlopend beleid.");
        filed["automatisering"].Should().Equal("ICT.");
        filed.Should().NotContainKey("overig");
    }
}
