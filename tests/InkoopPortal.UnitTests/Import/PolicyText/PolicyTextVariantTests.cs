using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.TestSupport.Variants;

namespace InkoopPortal.UnitTests.Import.PolicyText;

/// <summary>Every policy-text variant in <c>Variants/</c> reads as its <c>.expected.json</c> says (or is refused as it says).</summary>
public class PolicyTextVariantTests
{
    [Theory]
    [MemberData(nameof(VariantCorpus.PolicyTexts), MemberType = typeof(VariantCorpus))]
    public void Each_policy_text_variant_reads_as_expected(string file) =>
        DocumentVariantCheck.Check(VariantCorpus.PolicyTextFolder, file, PolicyTextParser.Parse);

    [Fact]
    public void The_corpus_has_at_least_six_policy_texts_of_which_some_are_held_out()
    {
        var files = VariantCorpus.Files(VariantCorpus.PolicyTextFolder).ToList();

        files.Should().HaveCountGreaterThanOrEqualTo(6);
        files.Count(file => VariantCorpus.Expected(VariantCorpus.PolicyTextFolder, file).HeldOut).Should().BeGreaterThanOrEqualTo(2);
    }
}
