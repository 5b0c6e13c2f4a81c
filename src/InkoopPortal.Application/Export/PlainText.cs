using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace InkoopPortal.Application.Export;

/// <summary>
/// A statement's rendered (sanitized) HTML as plain text for a spreadsheet cell: paragraphs and list items on their
/// own lines, bullets as "• item" with nested items as "  – item", numbered items as "1. item", table rows as
/// "a | b", footnote references as "[1]", and a link's address after its text when the text does not show it.
/// The HTML is what the matrix page shows, so the export says exactly what the page says.
/// </summary>
public static class PlainText
{
    public const string Bullet = "• ";
    public const string NestedBullet = "– ";
    private const int IndentPerLevel = 2;

    public static string FromHtml(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var document = new HtmlParser().ParseDocument(html);
        var writer = new LineWriter();
        writer.WriteChildren(document.Body!, listDepth: 0);
        return writer.ToString();
    }

    private sealed class LineWriter
    {
        private readonly List<string> _lines = [];
        private readonly StringBuilder _line = new();
        private bool _lineHasText;
        private bool _pendingSpace;

        /// <summary>Written before the first text of the next line (a list marker, or a list item's indent).</summary>
        private string _nextPrefix = "";

        /// <summary>The prefix of the lines after the first within the current list item.</summary>
        private string _continuation = "";

        public override string ToString()
        {
            EndLine();
            return string.Join('\n', _lines);
        }

        public void WriteChildren(INode parent, int listDepth)
        {
            foreach (var child in parent.ChildNodes)
            {
                Write(child, listDepth);
            }
        }

        private void Write(INode node, int listDepth)
        {
            if (node is IText text)
            {
                Text(text.Data);
                return;
            }

            if (node is not IElement element)
            {
                return;
            }

            switch (element.LocalName)
            {
                case "br":
                    EndLine();
                    break;
                case "ul" or "ol":
                    WriteList(element, listDepth);
                    break;
                case "tr":
                    WriteTableRow(element, listDepth);
                    break;
                case "a" when element.ClassList.Contains("footnote-back-ref"):
                    break;
                case "a" when element.ClassList.Contains("footnote-ref"):
                    Text("[" + element.TextContent.Trim() + "]");
                    break;
                case "a":
                    WriteChildren(element, listDepth);
                    WriteAddress(element);
                    break;
                case "script" or "style" or "template":
                    break;
                case "p" or "div" or "section" or "blockquote" or "pre" or "hr" or "table" or "thead" or "tbody" or "tfoot"
                    or "dl" or "dt" or "dd" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li":
                    EndLine();
                    WriteChildren(element, listDepth);
                    EndLine();
                    break;
                default:
                    WriteChildren(element, listDepth);
                    break;
            }
        }

        private void WriteList(IElement list, int listDepth)
        {
            EndLine();
            var indent = new string(' ', listDepth * IndentPerLevel);
            var ordered = list.LocalName == "ol";
            var number = ordered && int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;
            var outer = _continuation;
            foreach (var item in list.Children.Where(child => child.LocalName == "li"))
            {
                var marker = ordered ? $"{number++}. " : listDepth == 0 ? Bullet : NestedBullet;
                _nextPrefix = indent + marker;
                _continuation = indent + new string(' ', marker.Length);
                WriteChildren(item, listDepth + 1);
                EndLine();
            }

            _continuation = outer;
            _nextPrefix = outer;
        }

        private void WriteTableRow(IElement row, int listDepth)
        {
            EndLine();
            var first = true;
            foreach (var cell in row.Children.Where(child => child.LocalName is "td" or "th"))
            {
                if (!first)
                {
                    Text(" | ");
                }

                WriteChildren(cell, listDepth);
                first = false;
            }

            EndLine();
        }

        /// <summary>" (https://...)" after a link whose text is not its address; nothing for in-page or other links.</summary>
        private void WriteAddress(IElement link)
        {
            var href = link.GetAttribute("href");
            if (href is null
                || !Uri.TryCreate(href, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return;
            }

            var text = link.TextContent.Trim();
            if (!text.Equals(href, StringComparison.OrdinalIgnoreCase) && !href.EndsWith(text.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            {
                Text(" (" + href + ")");
            }
        }

        /// <summary>Text as a browser lays it out: runs of white space become one space, none at a line's start or end.</summary>
        private void Text(string text)
        {
            foreach (var character in text)
            {
                if (char.IsWhiteSpace(character))
                {
                    _pendingSpace = _lineHasText;
                    continue;
                }

                if (!_lineHasText)
                {
                    _line.Append(_nextPrefix);
                    _lineHasText = true;
                }
                else if (_pendingSpace)
                {
                    _line.Append(' ');
                }

                _pendingSpace = false;
                _line.Append(character);
            }
        }

        private void EndLine()
        {
            if (!_lineHasText)
            {
                return; // nothing written yet: a pending list marker stays for the first text
            }

            _lines.Add(_line.ToString());
            _line.Clear();
            _lineHasText = false;
            _pendingSpace = false;
            _nextPrefix = _continuation;
        }
    }
}
