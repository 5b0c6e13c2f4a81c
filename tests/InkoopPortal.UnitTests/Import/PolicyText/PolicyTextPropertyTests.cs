using CsCheck;
using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Application.Import.Presentation;
using InkoopPortal.TestSupport.Variants;

namespace InkoopPortal.UnitTests.Import.PolicyText;

/// <summary>
/// Both text readers on inputs nobody wrote: they read them with every record citing a line, or refuse with lines.
/// The presentation reader's own cases are in <c>PresentationPropertyTests</c>.
/// </summary>
public class PolicyTextPropertyTests
{
    public static TheoryData<string> Readers() => new() { "beleidstekst", "presentatie" };

    [Theory]
    [MemberData(nameof(Readers))]
    public void Random_bytes_are_read_or_refused(string reader) =>
        ReaderProperties.RandomBytes.Sample(text => ReaderProperties.ReadsOrRefuses(text, Parser(reader)), iter: ReaderProperties.Iterations, threads: 1);

    [Theory]
    [MemberData(nameof(Readers))]
    public void Random_lines_of_policy_and_slide_pieces_are_read_or_refused(string reader) =>
        ReaderProperties.RandomLines.Sample(text => ReaderProperties.ReadsOrRefuses(text, Parser(reader)), iter: ReaderProperties.Iterations, threads: 1);

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

    private static Func<string, ParsedPolicyText> Parser(string reader) =>
        reader == "presentatie" ? PresentationParser.Parse : PolicyTextParser.Parse;
}
