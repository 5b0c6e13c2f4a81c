using InkoopPortal.Application.Export;

namespace InkoopPortal.UnitTests.Export;

public class ExportTextTests
{
    [Fact]
    public void Characters_XML_cannot_hold_are_dropped_and_the_rest_is_kept()
    {
        ExportText.ForCell("a\u0000b\u0001c\u000Bd\u001Fe\uFFFEf\uFFFF").Should().Be("abcdef");
        ExportText.ForCell("lone \uD800 high and \uDC00 low").Should().Be("lone  high and  low");
        ExportText.ForCell("emoji 😀, tab\tand ë – “quotes”").Should().Be("emoji 😀, tab\tand ë – “quotes”");
        ExportText.ForCell(null).Should().BeEmpty();
    }

    [Fact]
    public void Every_kind_of_line_break_becomes_one_newline()
    {
        ExportText.ForCell("een\r\ntwee\rdrie\nvier").Should().Be("een\ntwee\ndrie\nvier");
    }

    [Fact]
    public void Text_longer_than_an_Excel_cell_is_cut_with_a_visible_note()
    {
        var text = ExportText.ForCell(new string('x', 40_000));

        text.Should().HaveLength(ExportText.MaximumCellLength).And.EndWith(ExportText.ShortenedNote);
        ExportText.ForCell(new string('x', ExportText.MaximumCellLength)).Should().NotContain("ingekort", "text that fits is kept whole");
    }

    [Fact]
    public void Cutting_never_splits_a_surrogate_pair()
    {
        var keep = ExportText.MaximumCellLength - ExportText.ShortenedNote.Length;
        var text = ExportText.ForCell(new string('x', keep - 1) + string.Concat(Enumerable.Repeat("😀", 5000)));

        var body = text[..^ExportText.ShortenedNote.Length];
        body.Should().EndWith("x", "the emoji that would be split is left out whole");
        body.Should().HaveLength(keep - 1);
    }
}
