using InkoopPortal.Application.Content;
using InkoopPortal.Application.PolicyYears;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.UnitTests.PolicyYears;

public class PolicyYearComparisonTests
{
    [Fact]
    public void Topics_are_unchanged_changed_added_or_removed_in_matrix_order()
    {
        var before = new[]
        {
            Statement(1, "regioplan", 2, StatementStatus.Content, "Regioplan voor 1 september"),
            Statement(2, "rossen", 1, StatementStatus.Content, "ROS betrekken"),
            Statement(3, "automatisering", 3, StatementStatus.NothingSpecial, ""),
            Statement(4, "inkoopdoelen", 4, StatementStatus.Content, "Doelen"),
        };
        var after = new[]
        {
            Statement(1, "regioplan", 2, StatementStatus.Content, "Regioplan voor 1 oktober"),
            Statement(2, "rossen", 1, StatementStatus.Content, "ROS  betrekken"),
            Statement(3, "automatisering", 3, StatementStatus.Content, "Nieuwe eisen"),
            Statement(5, "wijkgericht", 5, StatementStatus.Content, "Wijkgericht werken"),
        };

        var diffs = PolicyYearComparison.Compare(before, after, new HashSet<int> { 1 });

        diffs.Select(d => (d.TopicSlug, d.Kind)).Should().Equal(
            ("rossen", TopicDiffKind.Unchanged),
            ("regioplan", TopicDiffKind.Changed),
            ("automatisering", TopicDiffKind.Changed),
            ("inkoopdoelen", TopicDiffKind.Removed),
            ("wijkgericht", TopicDiffKind.Added));
        var regioplan = diffs.Single(d => d.TopicSlug == "regioplan");
        regioplan.HasChangeEntry.Should().BeTrue();
        regioplan.StatusChanged.Should().BeFalse();
        regioplan.Words.Pieces.Should().Contain(new DiffPiece(DiffKind.Inserted, "oktober"));
        regioplan.Words.Pieces.Should().ContainInOrder(new DiffPiece(DiffKind.Deleted, "september"), new DiffPiece(DiffKind.Inserted, "oktober"));
        var automation = diffs.Single(d => d.TopicSlug == "automatisering");
        automation.StatusChanged.Should().BeTrue();
        (automation.Before!.StatusText, automation.After!.StatusText).Should().Be(("Geen bijzonderheden", "Beleid"));
        diffs.Single(d => d.TopicSlug == "inkoopdoelen").After.Should().BeNull();
        diffs.Single(d => d.TopicSlug == "wijkgericht").Before.Should().BeNull();
    }

    [Fact]
    public void Generated_change_entries_say_what_changed_in_Dutch()
    {
        var diffs = PolicyYearComparison.Compare(
            [Statement(1, "regioplan", 1, StatementStatus.Content, "Oud"), Statement(2, "rossen", 2, StatementStatus.NothingSpecial, ""),
             Statement(3, "weg", 3, StatementStatus.Content, "Weg")],
            [Statement(1, "regioplan", 1, StatementStatus.Content, "Nieuw"), Statement(2, "rossen", 2, StatementStatus.Content, "Wel beleid"),
             Statement(4, "erbij", 4, StatementStatus.Content, "Erbij")],
            new HashSet<int>());

        var texts = diffs.ToDictionary(d => d.TopicSlug, d => NewPolicyYearService.GeneratedChangeText(d, "2022"));

        texts.Values.Should().OnlyContain(text => text.StartsWith(NewPolicyYearService.GeneratedChangePrefix, StringComparison.Ordinal));
        texts["regioplan"].Should().EndWith("de tekst is gewijzigd ten opzichte van 2022.");
        texts["rossen"].Should().EndWith("was 'Geen bijzonderheden' in 2022, is nu 'Beleid'.");
        texts["weg"].Should().Contain("in 2022 stond hier 'Beleid'; dit jaar is er geen uitspraak");
        texts["erbij"].Should().Contain("nieuw ten opzichte van 2022");
    }

    private static ComparedStatement Statement(int topicId, string slug, int order, StatementStatus status, string markdown) =>
        new(topicId, slug, slug, 1, order, null, null, status, markdown, markdown.Length == 0 ? "" : $"<p>{markdown}</p>");
}
