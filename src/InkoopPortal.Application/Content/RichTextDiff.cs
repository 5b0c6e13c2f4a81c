using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace InkoopPortal.Application.Content;

/// <summary>
/// Two versions of a Markdown text compared as a reader sees them: formatted (lists, bold, headings, tables rendered by
/// <see cref="RichTextRenderer"/>) with what was removed in &lt;del&gt; and what was added in &lt;ins&gt;, each starting with a
/// visually hidden "verwijderd: " or "toegevoegd: " for screen readers. <see cref="Html"/> is as safe as a stored body
/// (built only from the two sanitized renderings) and goes on a page through <see cref="RichTextRenderer.ForPage"/>. <see cref="Pieces"/> are the same differences as
/// plain text (block texts separated by a line break).
/// </summary>
public sealed record RichTextDiff(string Html, IReadOnlyList<DiffPiece> Pieces)
{
    public const string DeletedLabel = "verwijderd: ";
    public const string InsertedLabel = "toegevoegd: ";

    public static readonly RichTextDiff None = new("", []);

    public bool HasChanges => Pieces.Any(piece => piece.Kind != DiffKind.Unchanged);

    /// <summary>The earlier text as plain text, a line per block.</summary>
    public string Before => PlainText(DiffKind.Inserted);

    /// <summary>The later text as plain text, a line per block.</summary>
    public string After => PlainText(DiffKind.Deleted);

    /// <summary>
    /// Renders both texts, lines up their blocks (paragraphs, headings, list items, tables; DiffPlex on the blocks), and
    /// compares a changed block with its counterpart word by word, keeping bold, links and the like around the words.
    /// A block without a similar counterpart is shown whole as removed or added.
    /// </summary>
    public static RichTextDiff Compare(string beforeMarkdown, string afterMarkdown) =>
        new RichTextDiffWriter(RichTextRenderer.ToHtml(beforeMarkdown), RichTextRenderer.ToHtml(afterMarkdown)).Write();

    private string PlainText(DiffKind left) =>
        string.Join('\n', string.Concat(Pieces.Where(piece => piece.Kind != left).Select(piece => piece.Text))
            .Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));
}

/// <summary>The work of <see cref="RichTextDiff.Compare"/> for one pair of rendered texts.</summary>
internal sealed partial class RichTextDiffWriter
{
    // Elements that hold blocks, and blocks whose content is compared as a whole (a table, a code block, a rule).
    private static readonly HashSet<string> Containers = ["UL", "OL", "LI", "BLOCKQUOTE", "DIV", "SECTION", "DL", "DD"];
    private static readonly HashSet<string> TextBlocks = ["P", "H1", "H2", "H3", "H4", "H5", "H6", "DT"];
    private static readonly HashSet<string> WholeBlocks = ["TABLE", "PRE", "HR", "FIGURE"];
    private static readonly HashSet<string> VoidElements = ["BR", "IMG", "WBR"];

    private const double PairingSimilarity = 0.4;

    private readonly List<Block> _before;
    private readonly List<Block> _after;
    private readonly Dictionary<IElement, IElement> _sameFrame = [];
    private readonly StringBuilder _html = new();
    private readonly List<DiffPiece> _pieces = [];
    private readonly List<IElement> _open = [];

    public RichTextDiffWriter(string beforeHtml, string afterHtml)
    {
        _before = Blocks(beforeHtml, fromBefore: true);
        _after = Blocks(afterHtml, fromBefore: false);
    }

    public RichTextDiff Write()
    {
        var steps = Align();
        foreach (var step in steps.Where(step => step.Before is not null && step.After is not null))
        {
            // A block of both versions: its containers (the list, the list item) are the same ones, so a removed item
            // next to it is drawn inside the same list rather than in a list of its own.
            foreach (var (old, current) in step.Before!.Path.Zip(step.After!.Path))
            {
                if (old.TagName != current.TagName)
                {
                    break;
                }

                _sameFrame.TryAdd(old, current);
            }
        }

        foreach (var step in steps)
        {
            WriteStep(step);
        }

        Enter([]);
        // Not sanitized again: every tag written is one of the two sanitized texts (with its attributes, encoded), every
        // text is encoded, and the labels are constants. A second pass would drop the table names DescribeTables added.
        return new RichTextDiff(_html.ToString(), MergedPieces());
    }

    /// <summary>The blocks of both texts in reading order: unchanged, paired (changed), only before, only after.</summary>
    private List<Step> Align()
    {
        var steps = new List<Step>();
        var (before, after) = (0, 0);
        foreach (var run in WordDiff.CompareTokens(_before, _after, block => block.Key, _ => false))
        {
            switch (run.Kind)
            {
                case DiffKind.Unchanged:
                    foreach (var block in run.Tokens)
                    {
                        steps.Add(new Step(_before[before++], block, Unchanged: true));
                        after++;
                    }

                    break;
                case DiffKind.Deleted:
                    steps.AddRange(run.Tokens.Select(block => new Step(block, null, Unchanged: false)));
                    before += run.Tokens.Count;
                    break;
                default:
                    Pair(steps, run.Tokens);
                    after += run.Tokens.Count;
                    break;
            }
        }

        return steps;
    }

    /// <summary>
    /// Pairs the added blocks of a changed passage with the removed blocks just before them (same kind of block, in
    /// order, similar words), so a reworded paragraph shows its changed words instead of two whole paragraphs.
    /// </summary>
    private static void Pair(List<Step> steps, IReadOnlyList<Block> inserted)
    {
        var deletedStart = steps.Count;
        while (deletedStart > 0 && steps[deletedStart - 1] is { After: null })
        {
            deletedStart--;
        }

        var deleted = steps.GetRange(deletedStart, steps.Count - deletedStart).Select(step => step.Before!).ToList();
        steps.RemoveRange(deletedStart, steps.Count - deletedStart);
        var next = 0;
        foreach (var old in deleted)
        {
            var match = -1;
            for (var index = next; index < inserted.Count; index++)
            {
                if (inserted[index].Kind == old.Kind && Similarity(old.Words, inserted[index].Words) >= PairingSimilarity)
                {
                    match = index;
                    break;
                }
            }

            if (match < 0)
            {
                steps.Add(new Step(old, null, Unchanged: false));
                continue;
            }

            steps.AddRange(inserted.Skip(next).Take(match - next).Select(block => new Step(null, block, Unchanged: false)));
            steps.Add(new Step(old, inserted[match], Unchanged: false));
            next = match + 1;
        }

        steps.AddRange(inserted.Skip(next).Select(block => new Step(null, block, Unchanged: false)));
    }

    /// <summary>The share of words two blocks have in common (Dice), 1 for two blocks without words.</summary>
    private static double Similarity(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        if (first.Count + second.Count == 0)
        {
            return 1;
        }

        var counts = first.GroupBy(word => word, StringComparer.OrdinalIgnoreCase).ToDictionary(group => group.Key, group => group.Count(), StringComparer.OrdinalIgnoreCase);
        var common = 0;
        foreach (var word in second)
        {
            if (counts.TryGetValue(word, out var left) && left > 0)
            {
                counts[word] = left - 1;
                common++;
            }
        }

        return 2.0 * common / (first.Count + second.Count);
    }

    private void WriteStep(Step step)
    {
        if (_html.Length > 0 || _pieces.Count > 0)
        {
            // A line break between blocks, as in the rendered text: the text of the HTML keeps its words apart.
            _html.Append('\n');
            _pieces.Add(new DiffPiece(DiffKind.Unchanged, "\n"));
        }

        switch (step)
        {
            case { Unchanged: true }:
                WriteBlock(step.After!, DiffKind.Unchanged);
                break;
            case { Before: { } old, After: null }:
                WriteBlock(old, DiffKind.Deleted);
                break;
            case { Before: null, After: { } current }:
                WriteBlock(current, DiffKind.Inserted);
                break;
            case { Before: { Element: { } element } old } when WholeBlocks.Contains(element.TagName):
                // A changed table, code block or rule is shown whole, before and after.
                WriteBlock(old, DiffKind.Deleted);
                WriteBlock(step.After!, DiffKind.Inserted);
                break;
            default:
                WriteWords(step.Before!, step.After!);
                break;
        }
    }

    /// <summary>The pieces with neighbours of one kind joined and nothing empty.</summary>
    private List<DiffPiece> MergedPieces()
    {
        var merged = new List<DiffPiece>();
        foreach (var piece in _pieces.Where(piece => piece.Text.Length > 0))
        {
            if (merged.Count > 0 && merged[^1].Kind == piece.Kind)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + piece.Text };
            }
            else
            {
                merged.Add(piece);
            }
        }

        return merged;
    }

    /// <summary>A whole block: unchanged, or wrapped in &lt;del&gt;/&lt;ins&gt; inside its own element.</summary>
    private void WriteBlock(Block block, DiffKind kind)
    {
        Enter(PathOf(block));
        if (block.Element is { } element && !WholeBlocks.Contains(element.TagName))
        {
            OpenTag(element, block.FromBefore);
        }

        OpenChange(kind);
        foreach (var node in block.Content)
        {
            _html.Append(Serialize(node, block.FromBefore));
        }

        CloseChange(kind);
        if (block.Element is { } wrapper && !WholeBlocks.Contains(wrapper.TagName))
        {
            CloseTag(wrapper);
        }

        _pieces.Add(new DiffPiece(kind, block.Text));
    }

    /// <summary>A changed block: its words compared, each run of words in the bold, italics or link it stands in.</summary>
    private void WriteWords(Block old, Block current)
    {
        Enter(current.Path);
        if (current.Element is { } element)
        {
            OpenTag(element, fromBefore: false);
        }

        var runs = WordDiff.CompareTokens(Tokens(old), Tokens(current), token => token.Key, token => token.IsWhiteSpace);
        foreach (var run in runs)
        {
            OpenChange(run.Kind);
            var start = 0;
            while (start < run.Tokens.Count)
            {
                // Tokens in the same inline elements are written inside one copy of them.
                var context = run.Tokens[start].Context;
                var end = start;
                while (end < run.Tokens.Count && run.Tokens[end].Context.SequenceEqual(context))
                {
                    end++;
                }

                foreach (var inline in context)
                {
                    OpenTag(inline, run.Kind == DiffKind.Deleted);
                }

                for (var index = start; index < end; index++)
                {
                    _html.Append(run.Tokens[index].Html);
                }

                foreach (var inline in context.Reverse())
                {
                    CloseTag(inline);
                }

                start = end;
            }

            CloseChange(run.Kind);
            _pieces.Add(new DiffPiece(run.Kind, string.Concat(run.Tokens.Select(token => token.Text))));
        }

        if (current.Element is { } wrapper)
        {
            CloseTag(wrapper);
        }
    }

    private void OpenChange(DiffKind kind)
    {
        if (kind == DiffKind.Unchanged)
        {
            return;
        }

        var (tag, label) = kind == DiffKind.Deleted ? ("del", RichTextDiff.DeletedLabel) : ("ins", RichTextDiff.InsertedLabel);
        _html.Append('<').Append(tag).Append("><span class=\"visually-hidden\">").Append(label).Append("</span>");
    }

    private void CloseChange(DiffKind kind)
    {
        if (kind != DiffKind.Unchanged)
        {
            _html.Append(kind == DiffKind.Deleted ? "</del>" : "</ins>");
        }
    }

    /// <summary>The containers of a block; those of an earlier block stand for their later twins where a neighbour showed them the same.</summary>
    private List<IElement> PathOf(Block block) =>
        block.FromBefore ? block.Path.Select(frame => _sameFrame.GetValueOrDefault(frame, frame)).ToList() : block.Path;

    /// <summary>Closes the open containers this block is not in and opens those it is in.</summary>
    private void Enter(IReadOnlyList<IElement> path)
    {
        var common = 0;
        while (common < path.Count && common < _open.Count && ReferenceEquals(path[common], _open[common]))
        {
            common++;
        }

        for (var index = _open.Count - 1; index >= common; index--)
        {
            CloseTag(_open[index]);
            _open.RemoveAt(index);
        }

        for (var index = common; index < path.Count; index++)
        {
            // Containers of the earlier text that have no twin lose their ids: the later text has those ids too.
            OpenTag(path[index], fromBefore: _beforeFrames.Contains(path[index]));
            _open.Add(path[index]);
        }
    }

    private readonly HashSet<IElement> _beforeFrames = [];

    private void OpenTag(IElement element, bool fromBefore)
    {
        _html.Append('<').Append(element.LocalName);
        foreach (var attribute in element.Attributes)
        {
            if (fromBefore && attribute.Name == "id")
            {
                continue;
            }

            _html.Append(' ').Append(attribute.Name).Append("=\"").Append(WebUtility.HtmlEncode(attribute.Value)).Append('"');
        }

        _html.Append('>');
    }

    private void CloseTag(IElement element) => _html.Append("</").Append(element.LocalName).Append('>');

    /// <summary>A node as HTML; one of the earlier text without ids (the later text has the same ones).</summary>
    private static string Serialize(INode node, bool fromBefore)
    {
        if (!fromBefore || node is not IElement element)
        {
            return node is IElement html ? html.OuterHtml : WebUtility.HtmlEncode(node.TextContent);
        }

        var copy = (IElement)element.Clone(deep: true);
        foreach (var withId in copy.QuerySelectorAll("[id]").Append(copy).Where(candidate => candidate.HasAttribute("id")).ToList())
        {
            withId.RemoveAttribute("id");
        }

        return copy.OuterHtml;
    }

    private List<Block> Blocks(string html, bool fromBefore)
    {
        var body = new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!;
        var blocks = new List<Block>();
        Collect(body, [], blocks, fromBefore);
        if (fromBefore)
        {
            foreach (var frame in blocks.SelectMany(block => block.Path))
            {
                _beforeFrames.Add(frame);
            }
        }

        return blocks;
    }

    /// <summary>Splits a container's children into blocks: text blocks, whole blocks, and loose inline content (a tight list item's text).</summary>
    private static void Collect(IElement container, List<IElement> path, List<Block> blocks, bool fromBefore)
    {
        var loose = new List<INode>();
        foreach (var node in container.ChildNodes)
        {
            if (node is IElement element && (Containers.Contains(element.TagName) || TextBlocks.Contains(element.TagName) || WholeBlocks.Contains(element.TagName)))
            {
                AddLoose(loose, path, blocks, fromBefore);
                if (Containers.Contains(element.TagName))
                {
                    Collect(element, [.. path, element], blocks, fromBefore);
                }
                else if (TextBlocks.Contains(element.TagName))
                {
                    blocks.Add(new Block(path, element, [.. element.ChildNodes.Where(child => child is IElement or IText)], fromBefore));
                }
                else
                {
                    blocks.Add(new Block(path, element, [element], fromBefore));
                }
            }
            else if (node is IElement or IText)
            {
                loose.Add(node);
            }
        }

        AddLoose(loose, path, blocks, fromBefore);
    }

    private static void AddLoose(List<INode> loose, List<IElement> path, List<Block> blocks, bool fromBefore)
    {
        if (loose.Any(node => !string.IsNullOrWhiteSpace(node.TextContent) || node is IElement))
        {
            blocks.Add(new Block(path, null, [.. loose], fromBefore));
        }

        loose.Clear();
    }

    /// <summary>The words, spaces, marks and void elements of a block, each with the inline elements around it.</summary>
    private static List<Token> Tokens(Block block)
    {
        var tokens = new List<Token>();
        foreach (var node in block.Content)
        {
            AddTokens(node, [], tokens);
        }

        return tokens;
    }

    private static void AddTokens(INode node, IReadOnlyList<IElement> context, List<Token> tokens)
    {
        switch (node)
        {
            case IText text:
                foreach (Match unit in Units().Matches(text.Data))
                {
                    var value = string.IsNullOrWhiteSpace(unit.Value) ? " " : unit.Value;
                    tokens.Add(new Token(value, WebUtility.HtmlEncode(value), context));
                }

                break;
            case IElement element when VoidElements.Contains(element.TagName) || WholeBlocks.Contains(element.TagName):
                tokens.Add(new Token(element.TextContent, element.OuterHtml, context));
                break;
            case IElement element:
                IReadOnlyList<IElement> inner = [.. context, element];
                foreach (var child in element.ChildNodes)
                {
                    AddTokens(child, inner, tokens);
                }

                break;
        }
    }

    [GeneratedRegex(@"\w+|\s+|[^\w\s]")]
    private static partial Regex Units();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("\\sid=\"[^\"]*\"")]
    private static partial Regex Ids();

    /// <summary>
    /// A paragraph, heading, list item's own text or whole block, with the containers it stands in (outermost first).
    /// <see cref="Kind"/> and <see cref="Key"/> say what it is and what it holds; blocks are compared by key.
    /// </summary>
    private sealed class Block
    {
        public Block(List<IElement> path, IElement? element, List<INode> content, bool fromBefore)
        {
            (Path, Element, Content, FromBefore) = (path, element, content, fromBefore);
            Kind = string.Join('>', path.Select(frame => frame.TagName)) + "|" + (element?.TagName ?? "-");
            var markup = string.Concat(content.Select(node => node is IElement html ? html.OuterHtml : WebUtility.HtmlEncode(node.TextContent)));
            Text = Spaces().Replace(string.Concat(content.Select(node => node.TextContent)), " ").Trim();
            Key = Kind + "|" + Spaces().Replace(Ids().Replace(markup, ""), " ").Trim();
            Words = Units().Matches(Text).Select(match => match.Value).Where(unit => char.IsLetterOrDigit(unit[0])).ToList();
        }

        public List<IElement> Path { get; }

        public IElement? Element { get; }

        public List<INode> Content { get; }

        public bool FromBefore { get; }

        public string Kind { get; }

        public string Key { get; }

        public string Text { get; }

        public List<string> Words { get; }
    }

    private sealed record Step(Block? Before, Block? After, bool Unchanged);

    /// <summary>A word, a space, a mark or a void element (as HTML), with its inline elements; compared by text and elements.</summary>
    private sealed record Token(string Text, string Html, IReadOnlyList<IElement> Context)
    {
        public string Key { get; } = string.Join('>', Context.Select(Describe)) + "|" + Html;

        public bool IsWhiteSpace => Text == " ";

        private static string Describe(IElement element) =>
            element.LocalName + string.Concat(element.Attributes.Where(attribute => attribute.Name is "href" or "class").Select(attribute => $" {attribute.Name}={attribute.Value}"));
    }
}
