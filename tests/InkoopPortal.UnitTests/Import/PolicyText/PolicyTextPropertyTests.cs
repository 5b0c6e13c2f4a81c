using CsCheck;
using InkoopPortal.Application.Import.PolicyText;

namespace InkoopPortal.UnitTests.Import.PolicyText;

/// <summary>The policy-text reader on inputs nobody wrote: it reads them with every record citing a line, or refuses with lines.</summary>
public class PolicyTextPropertyTests
{
    [Fact]
    public void Random_bytes_are_read_or_refused() =>
        ReaderProperties.RandomBytes.Sample(text => ReaderProperties.ReadsOrRefuses(text, PolicyTextParser.Parse), iter: ReaderProperties.Iterations, threads: 1);

    [Fact]
    public void Random_lines_of_policy_text_pieces_are_read_or_refused() =>
        ReaderProperties.RandomLines.Sample(text => ReaderProperties.ReadsOrRefuses(text, PolicyTextParser.Parse), iter: ReaderProperties.Iterations, threads: 1);

    [Theory]
    [InlineData(PolicySources.AsrFile)]
    [InlineData(PolicySources.ZorgEnZekerheidFile)]
    public void Shuffled_dropped_and_duplicated_lines_of_a_source_are_read_or_refused(string file) =>
        ReaderProperties.Mutations(PolicySources.Text(file))
            .Sample(text => ReaderProperties.ReadsOrRefuses(text, PolicyTextParser.Parse), iter: 40, threads: 1);

    [Theory]
    [MemberData(nameof(VariantCorpus.PolicyTexts), MemberType = typeof(VariantCorpus))]
    public void Shuffled_dropped_and_duplicated_lines_of_a_variant_are_read_or_refused(string file) =>
        ReaderProperties.Mutations(VariantCorpus.Text(VariantCorpus.PolicyTextFolder, file))
            .Sample(text => ReaderProperties.ReadsOrRefuses(text, PolicyTextParser.Parse), iter: 40, threads: 1);
}
