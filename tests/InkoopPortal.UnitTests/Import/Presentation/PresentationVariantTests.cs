using InkoopPortal.Application.Import.Presentation;
using InkoopPortal.TestSupport.Variants;
using InkoopPortal.UnitTests.Import.PolicyText;

namespace InkoopPortal.UnitTests.Import.Presentation;

/// <summary>Every slide-deck variant in <c>Variants/</c> reads as its <c>.expected.json</c> says (or is refused as it says).</summary>
public class PresentationVariantTests
{
    [Theory]
    [MemberData(nameof(VariantCorpus.Presentations), MemberType = typeof(VariantCorpus))]
    public void Each_presentation_variant_reads_as_expected(string file) =>
        DocumentVariantCheck.Check(VariantCorpus.PresentationFolder, file, PresentationParser.Parse);

    [Fact]
    public void The_corpus_has_at_least_three_presentations_of_which_one_is_held_out()
    {
        var files = VariantCorpus.Files(VariantCorpus.PresentationFolder).ToList();

        files.Should().HaveCountGreaterThanOrEqualTo(3);
        files.Should().Contain(file => VariantCorpus.Expected(VariantCorpus.PresentationFolder, file).HeldOut);
    }
}
