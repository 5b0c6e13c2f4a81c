using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CsCheck;
using InkoopPortal.Application.Content;

namespace InkoopPortal.UnitTests.Content;

/// <summary>The formatted word diff: rendered text with &lt;del&gt;/&lt;ins&gt;, never Markdown syntax (ADR-028).</summary>
public partial class RichTextDiffTests
{
    [Fact]
    public void A_changed_list_item_shows_its_changed_words_inside_the_one_list_with_the_bold_kept()
    {
        var diff = RichTextDiff.Compare(
            "- **Regioplan** voor 1 september\n- Tweede punt",
            "- **Regioplan** voor 1 oktober\n- Tweede punt\n- Derde punt");

        var body = Parse(diff.Html);
        body.QuerySelectorAll("ul").Should().ContainSingle();
        body.QuerySelectorAll("li").Select(item => VisibleText(item).Trim()).Should().Equal("Regioplan voor 1 septemberoktober", "Tweede punt", "Derde punt");
        body.QuerySelector("li strong")!.TextContent.Should().Be("Regioplan");
        body.QuerySelectorAll("del").Select(VisibleText).Should().Equal("september");
        body.QuerySelectorAll("ins").Select(VisibleText).Should().Equal("oktober", "Derde punt");
        diff.HasChanges.Should().BeTrue();
        diff.Pieces.Should().ContainInOrder(new DiffPiece(DiffKind.Deleted, "september"), new DiffPiece(DiffKind.Inserted, "oktober"));
        (diff.Before, diff.After).Should().Be(("Regioplan voor 1 september\nTweede punt", "Regioplan voor 1 oktober\nTweede punt\nDerde punt"));
    }

    [Fact]
    public void Every_change_starts_with_a_hidden_label_for_screen_readers()
    {
        var diff = RichTextDiff.Compare("Oud woord.", "Nieuw woord.");

        diff.Html.Should().Be(
            "<p><del><span class=\"visually-hidden\">verwijderd: </span>Oud</del><ins><span class=\"visually-hidden\">toegevoegd: </span>Nieuw</ins> woord.</p>");
    }

    [Fact]
    public void A_removed_item_stays_in_its_list_and_nested_lists_stay_nested()
    {
        var diff = RichTextDiff.Compare("1. een\n2. twee\n   - sub\n3. drie", "1. een\n2. drie");

        var body = Parse(diff.Html);
        body.QuerySelectorAll("ol").Should().ContainSingle();
        body.QuerySelectorAll("ol > li").Should().HaveCount(3);
        body.QuerySelector("ol > li ul > li del")!.TextContent.Should().EndWith("sub");
        VisibleText(body.QuerySelectorAll("ol > li")[1]).Should().StartWith("twee");
    }

    [Fact]
    public void A_heading_and_a_table_are_rendered_and_a_changed_table_is_shown_whole_before_and_after()
    {
        var diff = RichTextDiff.Compare(
            "# Titel\n\n| a | b |\n|---|---|\n| 1 | 2 |",
            "# Nieuwe titel\n\n| a | b |\n|---|---|\n| 1 | 3 |");

        var body = Parse(diff.Html);
        body.QuerySelector("h1 ins")!.TextContent.Should().Contain("Nieuwe");
        body.QuerySelectorAll("del table, ins table").Should().HaveCount(2);
        body.QuerySelector("ins table")!.GetAttribute("aria-label").Should().Be("Tabel met de kolommen a, b");
    }

    [Fact]
    public void Equal_texts_have_no_changes_and_look_like_the_rendered_text()
    {
        const string markdown = "## Kop\n\n- een **vet** punt\n  - sub\n\nSlot[^1].\n\n[^1]: Noot.";

        var diff = RichTextDiff.Compare(markdown, markdown);

        diff.HasChanges.Should().BeFalse();
        var rendered = Parse(RichTextRenderer.ToHtml(markdown));
        Parse(diff.Html).QuerySelectorAll("*").Select(element => element.LocalName).Should().Equal(rendered.QuerySelectorAll("*").Select(element => element.LocalName));
        Words(Parse(diff.Html)).Should().Equal(Words(rendered));
        Parse(diff.Html).QuerySelectorAll("del, ins").Should().BeEmpty();
    }

    [Fact]
    public void Ids_of_the_earlier_text_are_not_repeated_and_nothing_unsafe_gets_through()
    {
        var diff = RichTextDiff.Compare(
            "Eerst[^1] <script>alert(1)</script> [link](javascript:alert(1))\n\n[^1]: Oude noot.",
            "Daarna[^1] [link](https://example.org)\n\n[^1]: Nieuwe noot.");

        var body = Parse(diff.Html);
        var ids = body.QuerySelectorAll("[id]").Select(element => element.Id).ToList();
        ids.Should().OnlyHaveUniqueItems().And.NotBeEmpty();
        body.QuerySelectorAll("script").Should().BeEmpty();
        diff.Html.Should().NotContain("javascript:");
        body.QuerySelector("del")!.TextContent.Should().Contain("Eerst");
    }

    [Fact]
    public void Removing_the_deleted_parts_gives_the_new_text_and_removing_the_inserted_parts_the_old_one_for_random_Markdown()
    {
        Gen.Select(MarkdownText, MarkdownText).Sample((before, after) =>
        {
            var diff = RichTextDiff.Compare(before, after);
            var body = Parse(diff.Html);

            var visible = VisibleText(body);
            visible.Where(character => !char.IsLetter(character) && !char.IsWhiteSpace(character))
                .Should().BeEmpty("no Markdown syntax (**, -, #, 1.) is left in the text of {0} against {1}: {2}", before, after, diff.Html);
            Words(Without(body, "del")).Should().Equal(Words(Parse(RichTextRenderer.ToHtml(after))), "the new text's words in order");
            Words(Without(body, "ins")).Should().Equal(Words(Parse(RichTextRenderer.ToHtml(before))), "the old text's words in order");
            diff.HasChanges.Should().Be(body.QuerySelectorAll("del, ins").Length > 0);
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void A_small_edit_of_random_Markdown_marks_only_what_changed()
    {
        Gen.Select(MarkdownText, Word, Gen.Int[0, 1000]).Sample((text, word, place) =>
        {
            var words = LetterWord().Matches(text).ToList();
            var target = words[place % words.Count];
            var edited = text[..target.Index] + word + "x" + text[(target.Index + target.Length)..];

            var body = Parse(RichTextDiff.Compare(text, edited).Html);

            Words(body.QuerySelectorAll("ins").Select(VisibleText)).Should().Equal(word + "x");
            Words(body.QuerySelectorAll("del").Select(VisibleText)).Should().Equal(target.Value);
        }, iter: 200, threads: 1);
    }

    private static readonly Gen<string> Word = Gen.OneOf("zorg", "regio", "plan", "huisarts", "inkoop", "beleid", "wijk", "contract", "kwaliteit", "data");

    private static readonly Gen<string> Words3 = Word.Array[1, 5].Select(words => string.Join(' ', words));

    private static readonly Gen<string> Inline = Gen.Frequency(
        (4, Words3),
        (1, Words3.Select(words => $"**{words}**")),
        (1, Words3.Select(words => $"*{words}*")));

    private static readonly Gen<string> Line = Inline.Array[1, 3].Select(parts => string.Join(' ', parts));

    private static readonly Gen<string> Item = Gen.Select(Line, Line.Array[0, 2],
        (line, subitems) => line + string.Concat(subitems.Select(sub => $"\n   - {sub}")));

    private static readonly Gen<string> Block = Gen.Frequency(
        (3, Line),
        (1, Gen.Select(Gen.Int[1, 3], Words3, (level, words) => $"{new string('#', level)} {words}")),
        (2, Item.Array[1, 4].Select(items => string.Join('\n', items.Select(item => $"- {item}")))),
        (2, Item.Array[1, 4].Select(items => string.Join('\n', items.Select((item, index) => $"{index + 1}. {item}")))));

    private static readonly Gen<string> MarkdownText = Block.Array[1, 5].Select(blocks => string.Join("\n\n", blocks));

    private static IElement Parse(string html) => new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!;

    /// <summary>What a sighted reader sees: the text without the visually hidden labels.</summary>
    private static string VisibleText(IElement element)
    {
        var copy = (IElement)element.Clone(deep: true);
        foreach (var label in copy.QuerySelectorAll(".visually-hidden").ToList())
        {
            label.Remove();
        }

        return copy.TextContent;
    }

    private static string Without(IElement body, string tag)
    {
        var copy = (IElement)body.Clone(deep: true);
        foreach (var element in copy.QuerySelectorAll(tag).ToList())
        {
            element.Remove();
        }

        return VisibleText(copy);
    }

    private static List<string> Words(IElement element) => Words(VisibleText(element));

    private static List<string> Words(string text) => WordPattern().Matches(text).Select(match => match.Value).ToList();

    private static List<string> Words(IEnumerable<string> texts) => texts.SelectMany(Words).ToList();

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex LetterWord();
}
