using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>
/// Reads the HTML of one cell into blocks. Handles proper HTML (&lt;p&gt;, &lt;ul&gt;/&lt;ol&gt; with &lt;li&gt;) as
/// well as the memo's broken lists: a &lt;ul&gt; that is never closed, whose items are separated by en dashes, and
/// where a nested &lt;ul&gt; makes the following items one level deeper.
/// <para>
/// Text outside HTML lists is read line by line (a line ends at a line break of a quoted cell, a &lt;br&gt; or a
/// paragraph): a line that starts with a typed marker ("–", "-", "•", "*", "1.", "1)", "a.", "a)") is a list item,
/// nested as <see cref="TextListNesting"/> decides. A line without a marker goes on with the line before when it
/// starts in lower case, when the line before ends in a hyphen ("zorg-" / "aanbieder"), when it is indented under an
/// item, or when it does not start with a capital and the line before does not end a sentence; otherwise it is a new
/// paragraph. Markers are only read at the start of a line, so "max. 2. keer" in a
/// sentence stays text.
/// </para>
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

    private readonly List<ContentBlock> _blocks = [];
    private readonly Stack<Frame> _frames = new([new Frame(FrameKind.Root)]);
    private readonly TextListNesting _nesting = new();
    private InlineStyle _style;

    // The line-by-line reading of text outside HTML lists.
    private ContentBlock? _flowBlock;
    private int _flowItemIndent;
    private bool _atLineStart = true;
    private bool _afterParagraphBreak = true;
    private bool _isFirstLine = true;
    private bool _lineIsDashList;

    [ThreadStatic]
    private static HtmlParser? t_parser;

    [ThreadStatic]
    private static IElement? t_body;

    /// <summary>One parser per thread: creating one per cell costs more than parsing a small cell.</summary>
    private static HtmlParser Parser => t_parser ??= new HtmlParser();

    /// <summary>
    /// A cell's HTML as the nodes a document body would hold. Parsed as a fragment in a body kept per thread: a whole
    /// document per cell (its address, events, loading) cost more than the cell itself.
    /// </summary>
    internal static INodeList ParseFragment(string html)
    {
        t_body ??= Parser.ParseDocument("").Body!;
        return Parser.ParseFragment(html, t_body);
    }

    public static CellContent Convert(string html)
    {
        var converter = new CellHtmlConverter();

        // Text without markup (Excel, Word) needs no HTML parser: it is one text node.
        if (html.AsSpan().IndexOfAny('<', '&') < 0)
        {
            converter.AddFlowText(html);
        }
        else
        {
            foreach (var node in ParseFragment(html))
            {
                converter.Visit(node);
            }
        }

        return new CellContent(converter._blocks.Where(block => !block.IsEmpty));
    }

    private Frame Top => _frames.Peek();

    private int ListCount => _frames.Count(frame => frame.Kind == FrameKind.List);

    /// <summary>Outside any HTML list: the cell itself, or a paragraph of it.</summary>
    private bool InFlow => _frames.All(frame => frame.Kind is FrameKind.Root or FrameKind.Paragraph);

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
            if (InFlow)
            {
                AddFlowText(text.Data);
            }
            else
            {
                AddText(text.Data);
            }

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
                VisitOutsideFlow(element, list);
                break;
            case "li":
                var itemList = _frames.FirstOrDefault(frame => frame.Kind == FrameKind.List);
                var item = NewBlock(BlockKind.ListItem, itemList?.Depth ?? 0, itemList?.Ordered ?? false, true);
                VisitOutsideFlow(element, new Frame(FrameKind.Item, block: item));
                break;
            case "p" or "div" when InFlow:
                ParagraphBreak();
                VisitInFrame(element, new Frame(FrameKind.Paragraph));
                ParagraphBreak();
                break;
            case "p" or "div":
                VisitInFrame(element, new Frame(FrameKind.Paragraph, block: ParagraphTarget()));
                break;
            case "br" when InFlow:
                _atLineStart = true;
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

    /// <summary>An HTML list or item: text after it starts a new paragraph and a new typed list.</summary>
    private void VisitOutsideFlow(IElement element, Frame frame)
    {
        var wasInFlow = InFlow;
        VisitInFrame(element, frame);
        if (wasInFlow)
        {
            ParagraphBreak();
            _nesting.Reset();
            _isFirstLine = false;
        }
    }

    private void VisitInFrame(IElement element, Frame frame)
    {
        _frames.Push(frame);
        VisitChildren(element);
        _frames.Pop();

        // Text after a closed child starts something new rather than continuing the block before it.
        if (Top.Kind is FrameKind.Root or FrameKind.List)
        {
            Top.Block = null;
        }
    }

    private void VisitStyled(IElement element, InlineStyle added)
    {
        var outer = _style;
        _style |= added;
        VisitChildren(element);
        _style = outer;
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
        if (top.Kind == FrameKind.List)
        {
            AddListText(top, text);
        }
        else
        {
            top.Block!.Append(text, _style);
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

            list.Block.Append(segment, _style);
        }
    }

    private void ParagraphBreak()
    {
        _atLineStart = true;
        _afterParagraphBreak = true;
        _flowBlock = null;
    }

    private void AddFlowText(string text)
    {
        var lines = text.Replace('\r', '\n').Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            if (index > 0)
            {
                // An empty line inside a cell separates paragraphs; any other line break only ends the line.
                if (_atLineStart && index > 1 && string.IsNullOrWhiteSpace(lines[index - 1]))
                {
                    ParagraphBreak();
                }

                _atLineStart = true;
            }

            AddFlowLine(lines[index]);
        }
    }

    private void AddFlowLine(string line)
    {
        if (!_atLineStart)
        {
            AppendFlow(line);
            return;
        }

        var rest = line.TrimStart();
        if (rest.Length == 0)
        {
            return; // White space between tags or an empty line: the next text still starts the line.
        }

        var indent = TextListMarkers.Indentation(line);
        _atLineStart = false;
        if (TextListMarkers.TryRead(rest, out var marker, out var length)
            && _nesting.Place(marker, indent, _isFirstLine) is { } depth)
        {
            _flowBlock = NewBlock(BlockKind.ListItem, depth, marker.IsOrdered, true);
            _flowItemIndent = indent;
            _lineIsDashList = marker.Symbol == '–';
            rest = rest[length..];
        }
        else if (_flowBlock is not null && !_afterParagraphBreak && ContinuesLine(_flowBlock, rest, indent))
        {
            if (!EndsInHyphen(_flowBlock.PlainText))
            {
                _flowBlock.Append(" ", InlineStyle.None);
            }
        }
        else
        {
            _flowBlock = NewBlock(BlockKind.Paragraph, 0, false, false);
            _nesting.Reset();
            _lineIsDashList = false;
        }

        _afterParagraphBreak = false;
        _isFirstLine = false;
        AppendFlow(rest);
    }

    private bool ContinuesLine(ContentBlock block, string text, int indent)
    {
        var before = block.PlainText.TrimEnd();
        return char.IsLower(text[0])
            || EndsInHyphen(before)
            || (block.Kind == BlockKind.ListItem && indent > _flowItemIndent)
            // "maximaal" / "2. keer per jaar": no capital after a line that does not end a sentence.
            || (!char.IsUpper(text[0]) && before.Length > 0 && !".!?:;".Contains(before[^1]));
    }

    /// <summary>"zorg-" at the end of a line: the word goes on on the next line.</summary>
    private static bool EndsInHyphen(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length >= 2 && trimmed[^1] == '-' && char.IsLetter(trimmed[^2]);
    }

    /// <summary>Adds text to the current line; on a line that started with an en dash, further en dashes start items.</summary>
    private void AppendFlow(string text)
    {
        if (_flowBlock is null)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            _flowBlock = NewBlock(BlockKind.Paragraph, 0, false, false);
            _afterParagraphBreak = false;
            _isFirstLine = false;
        }

        if (!_lineIsDashList)
        {
            _flowBlock.Append(text, _style);
            return;
        }

        foreach (var (segment, startsItem) in DashMarkers.Split(_flowBlock.PlainText, text))
        {
            if (startsItem)
            {
                _flowBlock = NewBlock(BlockKind.ListItem, _flowBlock.Depth, false, true);
            }

            _flowBlock.Append(segment, _style);
        }
    }

    private ContentBlock NewBlock(BlockKind kind, int depth, bool ordered, bool startedByMarker)
    {
        var block = new ContentBlock(kind, depth, ordered, startedByMarker);
        _blocks.Add(block);
        return block;
    }
}
