using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>
/// Reads the HTML of one cell into blocks. Handles proper HTML (&lt;p&gt;, &lt;ul&gt;/&lt;ol&gt; with &lt;li&gt;) as
/// well as the memo's broken lists: a &lt;ul&gt; that is never closed, whose items are separated by en dashes, and
/// where a nested &lt;ul&gt; makes the following items one level deeper.
/// </summary>
internal sealed class CellHtmlConverter
{
    private enum FrameKind
    {
        Root,
        List,
        Item,
        Paragraph,
    }

    /// <summary>An open container. <see cref="Block"/> is where its text goes (for Root and List: the latest block).</summary>
    private sealed class Frame(FrameKind kind, int depth = 0, bool ordered = false, ContentBlock? block = null)
    {
        public FrameKind Kind { get; } = kind;

        public int Depth { get; } = depth;

        public bool Ordered { get; } = ordered;

        public ContentBlock? Block { get; set; } = block;
    }

    private readonly List<ContentBlock> blocks = [];
    private readonly Stack<Frame> frames = new([new Frame(FrameKind.Root)]);
    private InlineStyle style;

    public static CellContent Convert(string html)
    {
        var converter = new CellHtmlConverter();
        var document = new HtmlParser().ParseDocument(html);
        if (document.Body is { } body)
        {
            converter.VisitChildren(body);
        }

        return new CellContent(converter.blocks.Where(block => !block.IsEmpty));
    }

    private Frame Top => frames.Peek();

    private int ListCount => frames.Count(frame => frame.Kind == FrameKind.List);

    private void VisitChildren(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            Visit(child);
        }
    }

    private void Visit(INode node)
    {
        if (node is IText text)
        {
            AddText(text.Data);
            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        switch (element.LocalName)
        {
            case "ul" or "ol":
                var list = new Frame(FrameKind.List, ListCount, element.LocalName == "ol");
                VisitInFrame(element, list);
                break;
            case "li":
                var itemList = frames.FirstOrDefault(frame => frame.Kind == FrameKind.List);
                var item = NewBlock(BlockKind.ListItem, itemList?.Depth ?? 0, itemList?.Ordered ?? false, true);
                VisitInFrame(element, new Frame(FrameKind.Item, block: item));
                break;
            case "p" or "div":
                VisitInFrame(element, new Frame(FrameKind.Paragraph, block: ParagraphTarget()));
                break;
            case "br":
                AddText(" ");
                break;
            case "i" or "em":
                VisitStyled(element, InlineStyle.Italic);
                break;
            case "b" or "strong":
                VisitStyled(element, InlineStyle.Bold);
                break;
            case "sup":
                VisitStyled(element, InlineStyle.Superscript);
                break;
            case "script" or "style":
                break;
            default:
                VisitChildren(element);
                break;
        }
    }

    private void VisitInFrame(IElement element, Frame frame)
    {
        frames.Push(frame);
        VisitChildren(element);
        frames.Pop();

        // Text after a closed child starts something new rather than continuing the block before it.
        if (Top.Kind is FrameKind.Root or FrameKind.List)
        {
            Top.Block = null;
        }
    }

    private void VisitStyled(IElement element, InlineStyle added)
    {
        var outer = style;
        style |= added;
        VisitChildren(element);
        style = outer;
    }

    /// <summary>A paragraph inside an item continues the item; inside a bare list it is an unmarked item.</summary>
    private ContentBlock ParagraphTarget()
    {
        var top = Top;
        switch (top.Kind)
        {
            case FrameKind.Item or FrameKind.Paragraph:
                top.Block!.Append(" ", InlineStyle.None);
                return top.Block;
            case FrameKind.List:
                return NewBlock(BlockKind.ListItem, top.Depth, top.Ordered, false);
            default:
                return NewBlock(BlockKind.Paragraph, 0, false, false);
        }
    }

    private void AddText(string text)
    {
        var top = Top;
        switch (top.Kind)
        {
            case FrameKind.Root:
                if (top.Block is null && string.IsNullOrWhiteSpace(text))
                {
                    return;
                }

                top.Block ??= NewBlock(BlockKind.Paragraph, 0, false, false);
                top.Block.Append(text, style);
                break;
            case FrameKind.List:
                AddListText(top, text);
                break;
            default:
                top.Block!.Append(text, style);
                break;
        }
    }

    private void AddListText(Frame list, string text)
    {
        foreach (var (segment, startsItem) in DashMarkers.Split(list.Block?.PlainText ?? "", text))
        {
            if (startsItem)
            {
                list.Block = NewBlock(BlockKind.ListItem, list.Depth, list.Ordered, true);
            }
            else if (list.Block is null)
            {
                if (string.IsNullOrWhiteSpace(segment))
                {
                    continue;
                }

                list.Block = NewBlock(BlockKind.ListItem, list.Depth, list.Ordered, false);
            }

            list.Block.Append(segment, style);
        }
    }

    private ContentBlock NewBlock(BlockKind kind, int depth, bool ordered, bool startedByMarker)
    {
        var block = new ContentBlock(kind, depth, ordered, startedByMarker);
        blocks.Add(block);
        return block;
    }
}
