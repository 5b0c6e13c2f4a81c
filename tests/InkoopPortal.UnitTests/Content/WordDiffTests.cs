using InkoopPortal.Application.Content;

namespace InkoopPortal.UnitTests.Content;

public class WordDiffTests
{
    [Fact]
    public void Equal_texts_are_one_unchanged_segment()
    {
        var segments = WordDiff.Compare("- Regioplan voor 1 september", "- Regioplan voor 1 september");

        segments.Should().Equal(new DiffSegment(DiffKind.Unchanged, "- Regioplan voor 1 september"));
        WordDiff.HasChanges(segments).Should().BeFalse();
    }

    [Fact]
    public void A_changed_word_is_removed_and_added_and_the_rest_stays()
    {
        var segments = WordDiff.Compare("Regioplan voor 1 september indienen", "Regioplan voor 1 oktober indienen");

        segments.Should().Equal(
            new DiffSegment(DiffKind.Unchanged, "Regioplan voor 1 "),
            new DiffSegment(DiffKind.Removed, "september"),
            new DiffSegment(DiffKind.Added, "oktober"),
            new DiffSegment(DiffKind.Unchanged, " indienen"));
        WordDiff.HasChanges(segments).Should().BeTrue();
    }

    [Fact]
    public void Words_are_compared_whole_not_letter_by_letter()
    {
        var segments = WordDiff.Compare("zorgomzet", "zorgomzetten");

        segments.Should().Equal(new DiffSegment(DiffKind.Removed, "zorgomzet"), new DiffSegment(DiffKind.Added, "zorgomzetten"));
    }

    [Theory]
    [InlineData("", "Nieuw beleid")]
    [InlineData("Oud beleid", "")]
    [InlineData("- punt een\n  - sub *cursief*\n\n[^1]: voetnoot", "- punt één\n  - sub **vet**, en meer\n\n[^1]: voetnoot 2")]
    [InlineData("a  b\tc", "a b\tc d")]
    public void Both_texts_can_be_rebuilt_from_the_segments(string before, string after)
    {
        var segments = WordDiff.Compare(before, after);

        string.Concat(segments.Where(s => s.Kind != DiffKind.Added).Select(s => s.Text)).Should().Be(before);
        string.Concat(segments.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)).Should().Be(after);
        segments.Zip(segments.Skip(1)).Should().NotContain(pair => pair.First.Kind == pair.Second.Kind, "neighbours of one kind are merged");
    }

    [Fact]
    public void Html_marks_removed_and_added_words_and_encodes_the_text()
    {
        var html = WordDiff.ToHtml(WordDiff.Compare("<b> & oud", "<b> & nieuw"));

        html.Should().Be("&lt;b&gt; &amp; <del>oud</del><ins>nieuw</ins>");
    }
}
