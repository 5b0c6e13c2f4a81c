using InkoopPortal.Application.Import;
using InkoopPortal.TestSupport;

namespace InkoopPortal.UnitTests.Import;

public class SourceFormatDetectorTests
{
    [Theory]
    [InlineData("inkoopbeleid-zorgverzekeraars-2022-huisartsenzorg-memo.txt", SourceFormat.ComparisonTable)]
    [InlineData("asr-inkoopbeleid-2023-2024-elv-grz-gzsp.txt", SourceFormat.PolicyText)]
    [InlineData("zorg-en-zekerheid-zorginkoopbeleid-2024-msz.txt", SourceFormat.PolicyText)]
    [InlineData("zorg-en-zekerheid-presentatie-zorginkoop-wlz-2024-2026.txt", SourceFormat.Presentation)]
    public void Each_source_document_is_read_in_its_own_shape(string file, SourceFormat format) =>
        SourceFormatDetector.Detect(File.ReadAllText(RepositoryPaths.Source(file))).Format.Should().Be(format);

    [Fact]
    public void A_comparison_table_of_one_purchaser_is_still_a_comparison_table() =>
        SourceFormatDetector.Detect("ONVZ 2022\n\nOnderwerp\tONVZ\nRegioplan\t<ul style=\"list-style-type: none\"> – Punt\n")
            .Format.Should().Be(SourceFormat.ComparisonTable);

    [Fact]
    public void A_change_table_with_paragraphs_is_part_of_a_policy_text() =>
        SourceFormatDetector.Detect("Inkoopbeleid 2025\n\nOnderwerp\tWijziging\nAdministratief\t<p>Samengevoegd.</p>\n")
            .Format.Should().Be(SourceFormat.PolicyText);
}
