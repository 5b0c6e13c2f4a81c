using CsCheck;
using InkoopPortal.Application.Codebook.Mapping;
using static InkoopPortal.UnitTests.Codebook.MappingFixtures;

namespace InkoopPortal.UnitTests.Codebook;

public class MappingPropertyTests
{
    private static readonly Gen<string> Words = Gen.OneOf(
        Gen.String[Gen.Char["abcdeéëαAZ019 .,:;-•#*()/\t\n"], 0, 80],
        Gen.OneOf("duurzaamheid", "tarieven", "Inleiding", "Contact", "- punt", "1. item", "", "\n\n", "CO2-reductie", "e-health", "Postbus 12", "u bent")
            .Array[0, 12].Select(parts => string.Join(' ', parts)));

    private static readonly Gen<SectionText> Sections = Gen.Select(Words, Words, Gen.Int[1, 4], Words.Array[0, 3],
        (title, body, level, parents) => new SectionText(null, title, level, body, parents));

    [Fact]
    public void Random_text_and_headings_never_throw_and_scores_stay_within_0_to_100()
    {
        var scorer = new TopicScorer(Topics);
        Sections.Array[0, 8].Sample(sections =>
        {
            var mappings = SectionMapper.Map(sections, scorer);
            mappings.Should().HaveCount(sections.Length);
            foreach (var score in mappings.SelectMany(mapping => mapping.Passages).SelectMany(passage => passage.Suggestions))
            {
                score.Score.Should().BeInRange(0, 100);
            }

            for (var index = 0; index < sections.Length; index++)
            {
                _ = FrontMatterRecognizer.Recognize(sections[index], index, sections.Length);
            }
        }, iter: 200, threads: 1);
    }

    [Fact]
    public void The_ranking_does_not_depend_on_the_order_of_the_topics()
    {
        var forward = new TopicScorer(Topics);
        Gen.Select(Sections, Gen.Shuffle(Topics.ToArray())).Sample((section, shuffled) =>
        {
            var reordered = new TopicScorer(shuffled);
            reordered.Score(section).Should().BeEquivalentTo(forward.Score(section), options => options.WithStrictOrdering());
        }, iter: 100, threads: 1);
    }

    [Fact]
    public void A_content_sections_scores_do_not_depend_on_the_other_sections_or_their_order()
    {
        var scorer = new TopicScorer(Topics);
        Sections.Array[1, 6].SelectMany(sections => Gen.Shuffle(sections).Select(shuffled => (sections, shuffled))).Sample(pair =>
        {
            var original = SectionMapper.Map(pair.sections, scorer);
            var shuffled = SectionMapper.Map(pair.shuffled, scorer);
            foreach (var section in pair.sections)
            {
                var before = original[Array.IndexOf(pair.sections, section)];
                var after = shuffled[Array.IndexOf(pair.shuffled, section)];
                // Front and back matter depends on the place in the document (a title page comes first); scores do not.
                if (before.Matter is null && after.Matter is null)
                {
                    after.Passages.Should().BeEquivalentTo(before.Passages, options => options.WithStrictOrdering());
                }
            }
        }, iter: 100, threads: 1);
    }
}
