using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace InkoopPortal.Application.Import.Readers.Html;

/// <summary>
/// Writes a page's main content in the policy-text form (ADR-032): h1–h6 as "#" lines with their numbering, text
/// blocks as one line each (a &lt;br&gt; starts a new line of the same paragraph), lists as "- " and "1. " items
/// indented two spaces per level, data tables as pipe rows (rowspan repeated, colspan left empty), layout tables
/// (one column, nested tables or headings in cells) as the blocks in their cells, definition lists as "term:
/// definition" paragraphs, links as "text (URL)". Inline white space collapses; every text goes through
/// <see cref="TextNormalizer"/>.
/// </summary>
internal sealed partial class HtmlPolicyTextWriter
{
    private static readonly HashSet<string> Blocks =
    [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul",
    ];

    private readonly Uri? _baseUri;
    private readonly List<string> _blocks = [];
    private readonly List<string> _lines = [];
    private readonly StringBuilder _run = new();

    private HtmlPolicyTextWriter(Uri? baseUri) => _baseUri = baseUri;

    public static bool IsBlock(IElement element) => Blocks.Contains(element.LocalName);

    /// <summary>The text of <paramref name="roots"/>, under "# <paramref name="title"/>" when a title is given.</summary>
    public static string Write(IReadOnlyList<IElement> roots, string? title, Uri? baseUri)
    {
        var writer = new HtmlPolicyTextWriter(baseUri);
        if (title is not null)
        {
            writer._blocks.Add("# " + Clean(title));
        }

        foreach (var root in roots)
        {
            writer.Block(root);
            writer.EndParagraph();
        }

        return string.Join("\n\n", writer._blocks);
    }

    private void Block(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                _run.Append(TextNormalizer.Normalize(text.Data));
                continue;
            }

            if (child is not IElement element)
            {
                continue;
            }

            switch (element.LocalName)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    EndParagraph();
                    Add(Clean(InlineText(element, links: false)) is { Length: > 0 } heading ? new string('#', element.LocalName[1] - '0') + " " + heading : "");
                    break;
                case "ul" or "ol" or "menu" or "dir":
                    EndParagraph();
                    var items = new List<string>();
                    List(element, 0, items);
                    Add(string.Join("\n", items));
                    break;
                case "table":
                    EndParagraph();
                    Table((IHtmlTableElement)element);
                    break;
                case "dl":
                    EndParagraph();
                    DefinitionList(element);
                    break;
                case "pre":
                    EndParagraph();
                    Add(string.Join("\n", element.TextContent.Split('\n').Select(Clean).Where(line => line.Length > 0)));
                    break;
                case "br":
                    EndLine();
                    break;
                case "img" or "hr" or "wbr":
                    break;
                case "a" when !element.Children.Any(IsBlock):
                    _run.Append(Link(element));
                    break;
                default:
                    if (IsBlock(element))
                    {
                        EndParagraph();
                        Block(element);
                        EndParagraph();
                    }
                    else
                    {
                        Block(element);
                    }

                    break;
            }
        }
    }

    /// <summary>The text of an element on one line: its blocks joined by spaces, links written out when asked.</summary>
    private string InlineText(IElement element, bool links)
    {
        var builder = new StringBuilder();
        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        builder.Append(TextNormalizer.Normalize(text.Data));
                        break;
                    case IElement { LocalName: "a" } link when links:
                        builder.Append(Link(link));
                        break;
                    case IElement { LocalName: "br" or "img" }:
                        builder.Append(' ');
                        break;
                    case IElement nested:
                        var block = IsBlock(nested);
                        builder.Append(block ? " " : "");
                        Walk(nested);
                        builder.Append(block ? " " : "");
                        break;
                }
            }
        }

        Walk(element);
        return Clean(builder.ToString());
    }

    /// <summary>The link written out, with the white space at its edges kept ("zie<c>&lt;a&gt; de regels&lt;/a&gt;</c>").</summary>
    private string Link(IElement link)
    {
        var raw = link.TextContent;
        var written = HtmlLinks.Write(InlineText(link, links: false), link.GetAttribute("href"), _baseUri);
        return (raw.Length > 0 && char.IsWhiteSpace(raw[0]) ? " " : "") + written + (raw.Length > 0 && char.IsWhiteSpace(raw[^1]) ? " " : "");
    }

    /// <summary>
    /// A list's items, "- " or "1. " (from the list's start, or an item's value), indented two spaces per level; an
    /// item's text is everything in it but its nested lists, which follow it one level deeper. The parser reads only
    /// digits, so a letter or roman list ("a.", "ii.") is numbered in digits.
    /// </summary>
    private void List(IElement list, int depth, List<string> lines)
    {
        var ordered = list.LocalName == "ol";
        var reversed = ordered && list.HasAttribute("reversed");
        var items = list.Children.Where(child => child.LocalName == "li").ToList();
        var number = ordered && int.TryParse(list.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var start)
            ? start
            : reversed ? items.Count : 1;
        foreach (var item in items)
        {
            if (int.TryParse(item.GetAttribute("value"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                number = value;
            }

            var nested = item.Children.Where(child => child.LocalName is "ul" or "ol").ToList();
            foreach (var sublist in nested)
            {
                sublist.Remove();
            }

            var text = InlineText(item, links: true);
            if (text.Length > 0)
            {
                lines.Add(new string(' ', depth * 2) + (ordered ? $"{number}. " : "- ") + text);
            }

            foreach (var sublist in nested)
            {
                List(sublist, text.Length > 0 ? depth + 1 : depth, lines);
            }

            number += reversed ? -1 : 1;
        }
    }

    private void DefinitionList(IElement list)
    {
        var terms = new List<string>();
        var termsDone = false;
        foreach (var child in list.Children.SelectMany(child => child.LocalName == "div" ? child.Children : (IEnumerable<IElement>)[child]))
        {
            var text = InlineText(child, links: true);
            if (child.LocalName == "dt")
            {
                if (termsDone)
                {
                    terms.Clear();
                    termsDone = false;
                }

                terms.Add(text);
            }
            else if (child.LocalName == "dd")
            {
                termsDone = true;
                var term = string.Join(", ", terms.Where(term => term.Length > 0));
                Add(term.Length > 0 ? $"{term}: {text}" : text);
            }
        }

        if (!termsDone && terms.Count > 0)
        {
            Add(string.Join(", ", terms));
        }
    }

    /// <summary>
    /// A data table as pipe rows under a header row (the first row: a &lt;thead&gt; or &lt;th&gt; row, else the first
    /// of the body) with a separator; its caption a paragraph above. A layout table is read as the blocks in its cells.
    /// </summary>
    private void Table(IHtmlTableElement table)
    {
        var rows = table.Rows.ToList();
        if (IsLayout(table, rows))
        {
            foreach (var cell in rows.SelectMany(row => row.Cells))
            {
                Block(cell);
                EndParagraph();
            }

            return;
        }

        if (table.Caption is { } caption && InlineText(caption, links: true) is { Length: > 0 } captionText)
        {
            Add(captionText);
        }

        var grid = new List<string[]>();
        var spanned = new Dictionary<(int Row, int Column), string>();
        var columns = rows.Max(row => row.Cells.Sum(cell => Math.Max(1, cell.ColumnSpan)));
        for (var rowIndex = 0; rowIndex < rows.Count; rowIndex++)
        {
            var cells = new List<string>();
            var column = 0;
            foreach (var cell in rows[rowIndex].Cells)
            {
                while (spanned.Remove((rowIndex, column), out var above))
                {
                    cells.Add(above);
                    column++;
                }

                var text = InlineText(cell, links: true).Replace("|", "\\|", StringComparison.Ordinal);
                for (var span = 0; span < Math.Max(1, cell.ColumnSpan); span++, column++)
                {
                    cells.Add(span == 0 ? text : "");
                    for (var below = 1; below < Math.Max(1, cell.RowSpan) && rowIndex + below < rows.Count; below++)
                    {
                        spanned[(rowIndex + below, column)] = span == 0 ? text : "";
                    }
                }
            }

            while (spanned.Remove((rowIndex, column), out var rest))
            {
                cells.Add(rest);
                column++;
            }

            columns = Math.Max(columns, cells.Count);
            grid.Add([.. cells]);
        }

        var lines = grid.Where(row => row.Any(cell => cell.Length > 0))
            .Select(row => "| " + string.Join(" | ", Enumerable.Range(0, columns).Select(index => index < row.Length ? row[index] : "")) + " |")
            .ToList();
        if (lines.Count > 0)
        {
            lines.Insert(1, "|" + string.Concat(Enumerable.Repeat(" --- |", columns)));
            Add(string.Join("\n", lines));
        }
    }

    /// <summary>A table for placing things, not for data: one row or one column, marked as presentation, or holding
    /// nested tables or headings in its cells.</summary>
    private static bool IsLayout(IHtmlTableElement table, List<IHtmlTableRowElement> rows) =>
        rows.Count < 2
        || rows.All(row => row.Cells.Length <= 1)
        || table.GetAttribute("role") is "presentation" or "none"
        || rows.SelectMany(row => row.Cells).Any(cell => cell.QuerySelector("table, h1, h2, h3, h4, h5, h6") is not null);

    private void EndLine()
    {
        var line = Clean(_run.ToString());
        _run.Clear();
        if (line.Length > 0)
        {
            _lines.Add(line);
        }
    }

    private void EndParagraph()
    {
        EndLine();
        if (_lines.Count > 0)
        {
            Add(string.Join("\n", _lines));
            _lines.Clear();
        }
    }

    private void Add(string block)
    {
        if (block.Length > 0)
        {
            _blocks.Add(block);
        }
    }

    /// <summary>White space collapsed, no space before punctuation that a tag boundary put there ("<c>zorg </c>.").</summary>
    private static string Clean(string text) =>
        SpaceBeforePunctuation().Replace(Whitespace().Replace(text, " ").Trim(), "$1");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@" ([.,;:!?)](?:\s|$))")]
    private static partial Regex SpaceBeforePunctuation();
}
