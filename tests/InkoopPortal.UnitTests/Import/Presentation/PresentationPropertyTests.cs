using CsCheck;
using InkoopPortal.Application.Import.Presentation;
using InkoopPortal.TestSupport.Variants;
using InkoopPortal.UnitTests.Import.PolicyText;

namespace InkoopPortal.UnitTests.Import.Presentation;

/// <summary>The presentation reader on slide decks mixed up: every record cites a line, or it refuses with lines; its own date is never a deadline.</summary>
public class PresentationPropertyTests
{
    [Fact]
    public void Shuffled_dropped_and_duplicated_slides_of_the_source_are_read_or_refused() =>
        ReaderProperties.Mutations(PolicySources.Text(PolicySources.WlzPresentationFile))
            .Sample(text => ReaderProperties.ReadsOrRefuses(text, PresentationParser.Parse), iter: 60, threads: 1);

    [Theory]
    [MemberData(nameof(VariantCorpus.Presentations), MemberType = typeof(VariantCorpus))]
    public void Shuffled_dropped_and_duplicated_slides_of_a_variant_are_read_or_refused(string file) =>
        ReaderProperties.Mutations(VariantCorpus.Text(VariantCorpus.PresentationFolder, file))
            .Sample(text => ReaderProperties.ReadsOrRefuses(text, PresentationParser.Parse), iter: 40, threads: 1);

    [Fact]
    public void The_own_date_of_a_deck_is_never_one_of_its_deadlines()
    {
        var dates = Gen.Select(Gen.Int[1, 28], Gen.Int[1, 12], Gen.Int[2020, 2030], (day, month, year) => new DateOnly(year, month, day));
        dates.Sample(date =>
        {
            var written = date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
            var text = $"Informatiebijeenkomst Wlz {date.Year + 1}\n\n{written}\n\nPlanning\n\nOp {written} publiceren wij het inkoopkader; vragen stelt u uiterlijk {written}.\n";

            var parsed = PresentationParser.Parse(text);

            parsed.PublishedOn.Should().Be(date);
            parsed.Deadlines.Should().BeEmpty();
        }, iter: 100, threads: 1);
    }
}
