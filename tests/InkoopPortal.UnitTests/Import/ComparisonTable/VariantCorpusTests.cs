using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.ComparisonTable;
using InkoopPortal.TestSupport.Variants;

namespace InkoopPortal.UnitTests.Import.ComparisonTable;

/// <summary>
/// The variant files under Variants/, each read as a whole and compared with its expected outcome. The held-out ones
/// were written before the reader was changed and were not tuned on.
/// </summary>
public class VariantCorpusTests
{
    public static TheoryData<string> Tuned => new(VariantFixture.Names().Where(name => !VariantFixture.Load(name).HeldOut));

    public static TheoryData<string> HeldOut => new(VariantFixture.Names().Where(name => VariantFixture.Load(name).HeldOut));

    [Fact]
    public void Corpus_has_at_least_twelve_variants_of_which_three_held_out()
    {
        var fixtures = VariantFixture.Names().Select(VariantFixture.Load).ToList();

        fixtures.Should().HaveCountGreaterThanOrEqualTo(15);
        fixtures.Count(fixture => fixture.HeldOut).Should().Be(3);
        fixtures.Should().Contain(fixture => fixture.Expected.IsRefusal)
            .And.Contain(fixture => fixture.CareTypes.Any(slug => slug.StartsWith("wlz", StringComparison.Ordinal)))
            .And.Contain(fixture => fixture.CareTypes.Contains("huisartsenzorg"));
        fixtures.Should().OnlyContain(fixture => fixture.Description.Length > 0 && File.Exists(fixture.TextPath));
        fixtures.Where(fixture => fixture.Deviations is { Count: > 0 }).Should().OnlyContain(fixture => fixture.HeldOut);
    }

    [Theory]
    [MemberData(nameof(Tuned))]
    public void Variant_is_read_as_expected(string name) => Check(VariantFixture.Load(name));

    [Theory]
    [MemberData(nameof(HeldOut))]
    public void Held_out_variant_is_read_as_expected(string name) => Check(VariantFixture.Load(name));

    private static void Check(VariantFixture fixture)
    {
        var parse = () => ComparisonTableParser.Parse(fixture.Text, fixture.PurchaserIdentity);
        var expected = fixture.Expected;
        if (expected.IsRefusal)
        {
            parse.Should().Throw<ImportFailedException>().Which.Problems.ShouldMatch(expected.Problems!, fixture.Name);
            return;
        }

        var table = parse();
        table.Title.Should().Be(expected.Title);
        table.Year.Should().Be(expected.Year);
        table.Groups.Select(group => group.Key).Should().Equal(expected.Groups!);
        table.Columns.Select(column => (column.PurchaserName, column.Line, column.Column))
            .Should().Equal(expected.Columns!.Select(column => (column.Name, column.Line, column.Column)));
        table.Topics.Select(topic => (topic.Key, topic.Name)).Should().Equal(expected.Topics!.Select(topic => (topic.Key, topic.Name)));
        foreach (var topic in expected.Topics!.Where(topic => topic.Questions is not null))
        {
            table.Topics.Single(parsed => parsed.Key == topic.Key).GuidingQuestions.Should().Equal(topic.Questions!);
        }

        var actualCells = table.Cells.Select(cell =>
        {
            var (outline, footnotes) = VariantFixture.Outline(cell.Markdown);
            return new ExpectedCell(cell.PurchaserName, cell.TopicKey, cell.Status, cell.SourceWording, cell.Line,
                cell.Column, outline, footnotes);
        });
        actualCells.OrderBy(cell => cell.Line).ThenBy(cell => cell.Column).Should().BeEquivalentTo(
            fixture.ExpectedCells.OrderBy(cell => cell.Line).ThenBy(cell => cell.Column),
            options => options.WithStrictOrdering(),
            fixture.Name);
    }
}
