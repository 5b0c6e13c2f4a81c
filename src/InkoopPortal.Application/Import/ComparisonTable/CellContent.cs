namespace InkoopPortal.Application.Import.ComparisonTable;

[Flags]
internal enum InlineStyle
{
    None = 0,
    Italic = 1,
    Bold = 2,
    Superscript = 4,
}

/// <summary>A piece of source text (not yet escaped) with the emphasis it is written in.</summary>
internal readonly record struct InlineRun(string Text, InlineStyle Style);

internal enum BlockKind
{
    Paragraph,
    ListItem,
}

/// <summary>A paragraph or one list item of a cell; nesting is kept as a depth (0 = top level).</summary>
internal sealed class ContentBlock(BlockKind kind, int depth, bool ordered, bool startedByMarker)
{
    public BlockKind Kind { get; } = kind;

    public int Depth { get; set; } = depth;

    public bool Ordered { get; } = ordered;

    /// <summary>
    /// False when the text was not introduced by a list marker ("–" or &lt;li&gt;): a paragraph, or text
    /// straight after &lt;ul&gt;. At the start of a continuation row that is the rest of a sentence.
    /// </summary>
    public bool StartedByMarker { get; } = startedByMarker;

    public List<InlineRun> Runs { get; } = [];

    public string PlainText => string.Concat(Runs.Select(run => run.Text));

    public bool IsEmpty => string.IsNullOrWhiteSpace(PlainText);

    public void Append(string text, InlineStyle style)
    {
        foreach (var (piece, isSuperscript) in SuperscriptNotation.Split(text))
        {
            Runs.Add(new InlineRun(piece, isSuperscript ? style | InlineStyle.Superscript : style));
        }
    }

    /// <summary>Continues this block with the text of another one (a sentence split by a page break).</summary>
    public void AppendSentence(ContentBlock other)
    {
        Runs.Add(new InlineRun(" ", InlineStyle.None));
        Runs.AddRange(other.Runs);
    }
}

/// <summary>The content of one cell: its blocks in reading order.</summary>
internal sealed class CellContent(IEnumerable<ContentBlock> blocks)
{
    public List<ContentBlock> Blocks { get; } = blocks.ToList();

    public bool IsEmpty => Blocks.Count == 0;

    public string PlainText => string.Join(" ", Blocks.Select(block => block.PlainText));
}
