using System.Text.RegularExpressions;

namespace InkoopPortal.Application.Import.PolicyText;

internal abstract record Block(int Line);

/// <summary>Consecutive source lines of one paragraph; they stay separate lines in the Markdown.</summary>
internal sealed record ParagraphBlock(IReadOnlyList<string> Lines, int Line) : Block(Line)
{
    public string Text => InlineText.Clean(string.Join(" ", Lines));
}

/// <summary>A bullet ("- ") or, with a <see cref="Number"/>, a numbered item ("1. ").</summary>
internal sealed record ListItemBlock(string Text, int Depth, string? Number, int Line) : Block(Line);

internal sealed record TableBlock(TextTable Table) : Block(Table.Line);

internal sealed record FootnoteBlock(string Mark, string Text, int Line) : Block(Line);

/// <summary>A heading and the blocks up to the next heading. Sub-sections follow it in document order with a higher level.</summary>
internal sealed partial class SectionNode(string? number, string title, int line, int headingHashes, bool isIntro = false)
{
    public string? Number { get; } = number;

    public string Title { get; } = title;

    public int Line { get; } = line;

    public int HeadingHashes { get; } = headingHashes;

    /// <summary>True for the text before the first heading.</summary>
    public bool IsIntro { get; } = isIntro;

    public int Level { get; set; } = 1;

    public List<Block> Blocks { get; } = [];

    public string Heading => Number is null ? Title : $"{Number} {Title}";

    public bool IsTableOfContents => TableOfContentsTitle().IsMatch(Title);

    /// <summary>"Bijlage 1: Aanvullende minimum- en kwaliteitseisen", "Bijlagen".</summary>
    public bool IsAppendix => AppendixTitle().IsMatch(Title);

    public IEnumerable<ListItemBlock> ListItems => Blocks.OfType<ListItemBlock>();

    public IEnumerable<TextTable> Tables => Blocks.OfType<TableBlock>().Select(block => block.Table);

    /// <summary>The paragraph a section opens with ("Hoofddoelstellingen:"), or "" when it opens otherwise.</summary>
    public string Lead => Blocks.FirstOrDefault() is ParagraphBlock paragraph ? paragraph.Text : "";

    public bool IsEmpty => Blocks.Count == 0;

    [GeneratedRegex(@"^(inhoud|inhoudsopgave|inhoudstafel)$", RegexOptions.IgnoreCase)]
    private static partial Regex TableOfContentsTitle();

    [GeneratedRegex(@"^bijlage(n|\s+\d+\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AppendixTitle();
}

/// <summary>Navigation in the flat, ordered list of sections.</summary>
internal static class SectionOutline
{
    /// <summary>The sections after <paramref name="index"/> with a higher level, up to the next one at its level or above.</summary>
    public static IEnumerable<int> Descendants(IReadOnlyList<SectionNode> sections, int index)
    {
        for (var next = index + 1; next < sections.Count && sections[next].Level > sections[index].Level; next++)
        {
            yield return next;
        }
    }

    public static SectionNode? FindByNumber(IReadOnlyList<SectionNode> sections, string number) =>
        sections.FirstOrDefault(section => section.Number == number);
}
