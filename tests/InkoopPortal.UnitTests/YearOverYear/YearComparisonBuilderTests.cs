using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Content;
using InkoopPortal.Application.PolicyYears;
using InkoopPortal.Application.YearOverYear;
using InkoopPortal.Domain.Documents;
using static InkoopPortal.UnitTests.YearOverYear.YearRows;

namespace InkoopPortal.UnitTests.YearOverYear;

public class YearComparisonBuilderTests
{
    private static YearOverYearComparison Build(YearRows rows, int before, int after) =>
        YearComparisonBuilder.Build(new YearComparisonInput(
            Cz, CareType, CareTypeId, before, after, Topics, rows.Documents, rows.Statements, rows.Markdown, rows.Changes));

    [Fact]
    public void Two_years_differ_per_topic_added_removed_changed_word_by_word_and_in_status()
    {
        var rows = new YearRows();
        var old = rows.Document(Cz, 2022, 2022);
        var current = rows.Document(Cz, 2023, 2023);
        rows.Says(old, Regioplan, "Regioplan voor 1 september indienen").Says(old, Rossen, "ROS betrekken")
            .Says(old, Automatisering, "", StatementStatus.NothingSpecial).Says(old, Inkoopdoelen, "Doelen")
            .Says(current, Regioplan, "Regioplan voor 1 oktober indienen").Says(current, Rossen, "ROS  betrekken")
            .Says(current, Automatisering, "Nieuwe eisen aan het HIS")
            .Change(old, Rossen, "Vorig jaar", "Dit hoort bij 2022")
            .Change(current, Regioplan, "Regioplan", "Deadline een maand later")
            .Change(current, null, "Algemeen", "Nieuwe opzet van het beleid");

        var comparison = Build(rows, 2022, 2023);

        comparison.Topics.Select(topic => (topic.Diff.TopicSlug, topic.Diff.Kind)).Should().Equal(
            ("regioplan", TopicDiffKind.Changed),
            ("rossen", TopicDiffKind.Unchanged),
            ("automatisering", TopicDiffKind.Changed),
            ("inkoopdoelen", TopicDiffKind.Removed));
        var regioplan = comparison.Topics[0];
        regioplan.Diff.Words.Pieces.Should().ContainInOrder(new DiffPiece(DiffKind.Deleted, "september"), new DiffPiece(DiffKind.Inserted, "oktober"));
        regioplan.Diff.StatusChanged.Should().BeFalse();
        regioplan.Diff.HasChangeEntry.Should().BeTrue();
        regioplan.ChangeEntries.Should().Equal(new CellChangeEntry("Regioplan", "<p>Deadline een maand later</p>", null));
        regioplan.AnchorId.Should().Be("onderwerp-regioplan");
        regioplan.MatrixUrl.Should().Be("/vergelijk?jaar=2023&zorgsoort=huisartsenzorg#cel-cz-regioplan");

        var automation = comparison.Topics[2].Diff;
        automation.StatusChanged.Should().BeTrue();
        (automation.Before!.StatusText, automation.After!.StatusText).Should().Be(("Geen bijzonderheden", "Beleid"));
        comparison.Topics[3].Diff.After.Should().BeNull();
        comparison.Topics[1].ChangeEntries.Should().BeEmpty("the 2022 document's entries describe 2022");
        comparison.GeneralChanges.Should().Equal(new CellChangeEntry("Algemeen", "<p>Nieuwe opzet van het beleid</p>", null));

        (comparison.Before.Label, comparison.After.Label).Should().Be(("2022", "2023"));
        comparison.Before.Documents.Select(document => document.Id).Should().Equal(old);
        comparison.After.Documents.Select(document => document.Id).Should().Equal(current);
        comparison.SameDocument.Should().BeFalse();
        comparison.Differences.Should().HaveCount(3);
        comparison.Unchanged.Select(topic => topic.Diff.TopicSlug).Should().Equal("rossen");
        comparison.Purchaser.Should().Be(new CellPurchaser("cz", "CZ"));
    }

    [Fact]
    public void A_topic_new_in_the_later_year_is_added()
    {
        var rows = new YearRows();
        var old = rows.Document(Cz, 2022, 2022);
        var current = rows.Document(Cz, 2023, 2023);
        rows.Says(old, Regioplan, "Zelfde").Says(current, Regioplan, "Zelfde").Says(current, Rossen, "ROS nieuw");

        var comparison = Build(rows, 2022, 2023);

        var rossen = comparison.Differences.Should().ContainSingle().Subject.Diff;
        (rossen.TopicSlug, rossen.Kind, rossen.Before).Should().Be(("rossen", TopicDiffKind.Added, null));
        rossen.After!.Markdown.Should().Be("ROS nieuw");
    }

    [Fact]
    public void One_multi_year_document_for_both_years_changes_nothing_and_its_entries_belong_to_its_first_year()
    {
        var rows = new YearRows();
        var both = rows.Document(Cz, 2022, 2023);
        rows.Says(both, Regioplan, "Regioplan").Says(both, Rossen, "", StatementStatus.NothingSpecial)
            .Change(both, Regioplan, "Regioplan", "Nieuw sinds 2022");

        var comparison = Build(rows, 2022, 2023);

        comparison.SameDocument.Should().BeTrue();
        comparison.Topics.Should().HaveCount(2).And.OnlyContain(topic => topic.Diff.Kind == TopicDiffKind.Unchanged && topic.ChangeEntries.Count == 0);
        comparison.GeneralChanges.Should().BeEmpty();
    }

    [Fact]
    public void Each_year_resolves_as_the_matrix_does_newest_document_first_and_the_care_type_before_general()
    {
        var rows = new YearRows();
        var longRunning = rows.Document(Cz, 2021, 2023);
        var newest = rows.Document(Cz, 2023, 2023);
        rows.Says(longRunning, Regioplan, "Uit het meerjarige beleid")
            .Says(newest, Regioplan, "Voor alle zorgsoorten")
            .Says(newest, Regioplan, "Alleen voor huisartsenzorg", careTypeId: CareTypeId)
            .Says(newest, Regioplan, "Alleen voor een andere zorgsoort", careTypeId: OtherCareTypeId)
            .Change(longRunning, Regioplan, "Oud", "Uit 2021")
            .Change(newest, Regioplan, "Nieuw", "Uit 2023");

        var comparison = Build(rows, 2022, 2023);

        var regioplan = comparison.Topics.Should().ContainSingle().Subject;
        regioplan.Diff.Kind.Should().Be(TopicDiffKind.Changed);
        regioplan.Diff.Before!.Markdown.Should().Be("Uit het meerjarige beleid");
        regioplan.Diff.After!.Markdown.Should().Be("Alleen voor huisartsenzorg");
        regioplan.Diff.CareTypeName.Should().BeNull("the care type is the comparison's, not a row of its own");
        regioplan.ChangeEntries.Select(entry => entry.Subject).Should().Equal("Nieuw");
        comparison.After.Documents.Select(document => document.Id).Should().Equal(newest, longRunning);
    }
}
