using InkoopPortal.Application.Import.ComparisonTable;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.UnitTests.Import.ComparisonTable;

/// <summary>What a cell without content says, and the words the source used for it.</summary>
public class CellStateTests
{
    [Theory]
    [InlineData("", StatementStatus.EmptyInSource, null)]
    [InlineData("   ", StatementStatus.EmptyInSource, null)]
    [InlineData("<ul style=\"list-style-type: none\"> – ", StatementStatus.EmptyInSource, null)]
    [InlineData("–", StatementStatus.EmptyInSource, "–")]
    [InlineData("-", StatementStatus.EmptyInSource, "-")]
    [InlineData("Geen bijzonderheden", StatementStatus.NothingSpecial, null)]
    [InlineData("<ul><li>Geen bijzonderheden.</li></ul>", StatementStatus.NothingSpecial, null)]
    [InlineData("Geen overige bijzonderheden", StatementStatus.NothingSpecial, "Geen overige bijzonderheden")]
    [InlineData("n.v.t.", StatementStatus.NothingSpecial, "n.v.t.")]
    [InlineData("Niet van toepassing", StatementStatus.NothingSpecial, "Niet van toepassing")]
    [InlineData("Geen beleid gepubliceerd", StatementStatus.NoPolicyPublished, null)]
    [InlineData("Geen beleid opgenomen", StatementStatus.NoPolicyPublished, "Geen beleid opgenomen")]
    [InlineData("geen beleid", StatementStatus.NoPolicyPublished, "geen beleid")]
    [InlineData("<p>Nog niet geanalyseerd</p>", StatementStatus.NotAnalysed, null)]
    [InlineData("Geen bijzonderheden ten opzichte van 2023", StatementStatus.Content, null)]
    [InlineData("Geen beleid opgenomen¹", StatementStatus.Content, null)]
    [InlineData("Geen wijziging tov beleid 2021", StatementStatus.Content, null)]
    public void Fixed_answers_map_to_their_state_and_keep_the_source_wording(
        string cell, StatementStatus status, string? wording)
    {
        CellStatusClassifier.Classify(CellHtmlConverter.Convert(cell)).Should().Be((status, wording));
    }

    [Fact]
    public void Empty_cell_of_a_topic_row_is_empty_in_the_source_not_nothing_special()
    {
        var parsed = ComparisonTableParser.Parse("Onderwerp\tCZ\tVGZ\nRegioplan\t\tGeen beleid opgenomen\n");

        parsed.Cells.Select(cell => (cell.PurchaserName, cell.Status, cell.SourceWording, cell.Markdown)).Should().Equal(
            ("CZ", StatementStatus.EmptyInSource, null, ""),
            ("VGZ", StatementStatus.NoPolicyPublished, "Geen beleid opgenomen", ""));
    }
}
