using InkoopPortal.Application.Content;

namespace InkoopPortal.UnitTests.Content;

public class WordDiffTests
{
    [Fact]
    public void Equal_texts_are_one_unchanged_piece()
    {
        var diff = WordDiff.Compare("Regioplan voor 1 september.", "Regioplan voor 1 september.");

        diff.Pieces.Should().Equal(new DiffPiece(DiffKind.Unchanged, "Regioplan voor 1 september."));
        diff.HasChanges.Should().BeFalse();
    }

    [Fact]
    public void A_replaced_word_is_deleted_then_inserted_between_unchanged_text()
    {
        var diff = WordDiff.Compare("Regioplan voor 1 september.", "Regioplan voor 1 oktober.");

        diff.Pieces.Should().Equal(
            new DiffPiece(DiffKind.Unchanged, "Regioplan voor 1 "),
            new DiffPiece(DiffKind.Deleted, "september"),
            new DiffPiece(DiffKind.Inserted, "oktober"),
            new DiffPiece(DiffKind.Unchanged, "."));
    }

    [Fact]
    public void Inserted_and_deleted_words_keep_their_spaces()
    {
        var diff = WordDiff.Compare("De zorgaanbieder levert het plan in.", "De zorgaanbieder levert het regionale plan digitaal in.");

        diff.Pieces.Where(piece => piece.Kind == DiffKind.Inserted).Select(piece => piece.Text.Trim()).Should().Equal("regionale", "digitaal");
        diff.Pieces.Should().NotContain(piece => piece.Kind == DiffKind.Deleted);
        diff.After.Should().Be("De zorgaanbieder levert het regionale plan digitaal in.");
    }

    [Fact]
    public void Neighbouring_changed_words_form_one_passage()
    {
        var diff = WordDiff.Compare("Vóór 1 juli aanleveren", "Uiterlijk eind augustus aanleveren");

        diff.Pieces.Should().Equal(
            new DiffPiece(DiffKind.Deleted, "Vóór 1 juli"),
            new DiffPiece(DiffKind.Inserted, "Uiterlijk eind augustus"),
            new DiffPiece(DiffKind.Unchanged, " aanleveren"));
    }

    [Fact]
    public void Line_breaks_and_list_markers_are_compared_as_text()
    {
        const string before = "- Eerste punt\n- Tweede punt";
        const string after = "- Eerste punt\n  - Ingesprongen punt\n- Tweede punt";

        var diff = WordDiff.Compare(before, after);

        diff.Pieces.Should().ContainSingle(piece => piece.Kind != DiffKind.Unchanged)
            .Which.Should().Be(new DiffPiece(DiffKind.Inserted, "\n  - Ingesprongen punt"));
        (diff.Before, diff.After).Should().Be((before, after));
    }

    [Theory]
    [InlineData("", "Nieuwe tekst")]
    [InlineData("Oude tekst", "")]
    [InlineData("", "")]
    [InlineData("a, b; c", "a; b, c!")]
    [InlineData("Zorg  met   spaties", "Zorg met spaties")]
    public void Both_texts_can_be_put_back_together_from_the_pieces(string before, string after)
    {
        var diff = WordDiff.Compare(before, after);

        diff.Before.Should().Be(before);
        diff.After.Should().Be(after);
        diff.HasChanges.Should().Be(before != after);
        diff.Pieces.Should().NotContain(piece => piece.Text.Length == 0);
    }

    [Fact]
    public void Words_are_compared_whole_not_letter_by_letter()
    {
        var diff = WordDiff.Compare("zorgomzet", "zorgomzetten");

        diff.Pieces.Should().Equal(new DiffPiece(DiffKind.Deleted, "zorgomzet"), new DiffPiece(DiffKind.Inserted, "zorgomzetten"));
    }

    [Fact]
    public void Markdown_lists_and_footnotes_can_be_put_back_together()
    {
        const string before = "- punt een\n  - sub *cursief*\n\n[^1]: voetnoot";
        const string after = "- punt één\n  - sub **vet**, en meer\n\n[^1]: voetnoot 2";

        var diff = WordDiff.Compare(before, after);

        (diff.Before, diff.After).Should().Be((before, after));
        diff.Pieces.Zip(diff.Pieces.Skip(1)).Should().NotContain(pair => pair.First.Kind == pair.Second.Kind, "neighbours of one kind are merged");
    }
}
