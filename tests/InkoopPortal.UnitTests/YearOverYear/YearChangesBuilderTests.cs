using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.YearOverYear;
using InkoopPortal.Domain.Documents;
using static InkoopPortal.UnitTests.YearOverYear.YearRows;

namespace InkoopPortal.UnitTests.YearOverYear;

public class YearChangesBuilderTests
{
    [Fact]
    public void The_year_lists_per_purchaser_the_matrix_marks_and_the_change_entries_of_documents_taking_effect()
    {
        var rows = new YearRows();
        var cz2022 = rows.Document(Cz, 2022, 2022);
        var cz2023 = rows.Document(Cz, 2023, 2023);
        var vgz = rows.Document(Vgz, 2022, 2023);
        var menzis = rows.Document(Menzis, 2023, 2023);
        rows.Says(cz2022, Regioplan, "Voor 1 september").Says(cz2022, Rossen, "", StatementStatus.NothingSpecial).Says(cz2022, Automatisering, "Gelijk")
            .Says(cz2023, Regioplan, "Voor 1 oktober").Says(cz2023, Rossen, "Nu wel beleid").Says(cz2023, Automatisering, "Gelijk")
            .Says(vgz, Regioplan, "Meerjarig")
            .Says(menzis, Regioplan, "Eerste jaar")
            .Change(cz2023, Automatisering, "Automatisering", "Verduidelijkt")
            .Change(cz2023, null, "Algemeen", "Andere opzet")
            .Change(vgz, Regioplan, "Regioplan", "Hoort bij 2022")
            .Change(menzis, Regioplan, "Regioplan", "Nieuw beleid");
        var input = new YearChangesInput(2023, CareType, CareTypeId, [Cz, Vgz, Menzis], Topics, rows.Documents, rows.Statements, rows.Changes);

        var (purchasers, withoutPreviousYear) = YearChangesBuilder.Build(input);

        purchasers.Select(purchaser => purchaser.Slug).Should().Equal(["cz", "menzis"], "VGZ's multi-year document changed nothing in 2023");
        withoutPreviousYear.Should().Equal("Menzis");
        var cz = purchasers[0];
        cz.DiffUrl.Should().Be("/vergelijk/jaren?inkoper=cz&zorgsoort=huisartsenzorg&van=2022&tot=2023");
        cz.Topics.Select(topic => (topic.TopicSlug, topic.Mark)).Should().Equal(
            ("regioplan", CellChange.Changed), ("rossen", CellChange.New), ("automatisering", CellChange.None));
        cz.Topics[2].Entries.Should().Equal(new CellChangeEntry("Automatisering", "<p>Verduidelijkt</p>", null));
        cz.Topics[0].MatrixUrl.Should().Be("/vergelijk?jaar=2023&zorgsoort=huisartsenzorg#cel-cz-regioplan");
        cz.Topics[0].DiffUrl.Should().Be("/vergelijk/jaren?inkoper=cz&zorgsoort=huisartsenzorg&van=2022&tot=2023#onderwerp-regioplan");
        cz.GeneralEntries.Select(entry => entry.Subject).Should().Equal("Algemeen");
        purchasers[1].Topics.Should().ContainSingle().Which.Should().Match<TopicChange>(topic => topic.Mark == CellChange.None && topic.Entries.Count == 1);

        // The same notion as the matrix's marks.
        var matrix = MatrixBuilder.Build(new MatrixInput(2023, CareType, CareTypeId, [Cz, Vgz, Menzis], null, Topics, rows.Documents, rows.Statements));
        var marked = matrix.Groups.SelectMany(group => group.Rows)
            .SelectMany(row => row.Cells.Where(cell => cell.Change != CellChange.None).Select(cell => (cell.PurchaserSlug, row.TopicSlug, cell.Change)));
        purchasers.SelectMany(purchaser => purchaser.Topics.Where(topic => topic.Mark != CellChange.None).Select(topic => (purchaser.Slug, topic.TopicSlug, topic.Mark)))
            .Should().BeEquivalentTo(marked);
    }
}
