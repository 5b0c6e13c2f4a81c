using InkoopPortal.Application.History;

namespace InkoopPortal.UnitTests.History;

public class TextMergeTests
{
    private const string Common = "Zorgaanbieders leveren het regioplan in voor 1 september.";

    [Fact]
    public void Edits_of_different_words_are_combined()
    {
        var merged = TextMerge.TryMerge(
            Common,
            "Zorgaanbieders leveren het regioplan digitaal in voor 1 september.",
            "Zorgaanbieders leveren het regioplan in voor 1 oktober.");

        merged.Should().Be("Zorgaanbieders leveren het regioplan digitaal in voor 1 oktober.");
    }

    [Fact]
    public void The_same_word_changed_differently_is_left_to_the_editor()
    {
        var merged = TextMerge.TryMerge(
            Common,
            "Zorgaanbieders leveren het regioplan in voor 1 augustus.",
            "Zorgaanbieders leveren het regioplan in voor 1 oktober.");

        merged.Should().BeNull();
    }

    [Fact]
    public void The_same_edit_on_both_sides_is_taken_once()
    {
        const string both = "Zorgaanbieders leveren het regioplan in voor 1 oktober.";

        TextMerge.TryMerge(Common, both, both).Should().Be(both);
    }

    [Fact]
    public void An_edit_on_one_side_only_is_kept()
    {
        const string mine = "Zorgaanbieders leveren het regioplan in voor 1 september.\n- Met een begroting";

        TextMerge.TryMerge(Common, mine, Common).Should().Be(mine);
    }
}
