using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace InkoopPortal.Application.Documents;

/// <summary>
/// Cuts stored HTML into pieces of at most a budget of characters at block boundaries (ADR-022): between top-level
/// blocks, and inside a block that is larger than the budget between its children (list items, table rows), each group
/// wrapped in a copy of that block. Never inside a paragraph or other element without element children: such an element
/// larger than the budget is a piece of its own.
/// </summary>
public static class HtmlBlocks
{
    /// <summary>The first piece of <paramref name="html"/> within <paramref name="budget"/>, and whether that is not all of it.</summary>
    public static (string Shown, bool IsShortened) FirstPart(string html, int budget = DocumentTextParts.PassageBudgetChars)
    {
        ArgumentNullException.ThrowIfNull(html);
        var shown = budget <= 0 ? string.Empty : Split(html, budget)[0];
        return (shown, shown.Length < html.Length);
    }

    public static IReadOnlyList<string> Split(string html, int budget = DocumentTextParts.BudgetChars)
    {
        if (html.Length <= budget)
        {
            return [html];
        }

        var body = new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!;
        var pieces = new List<string>();
        SplitChildren(body.ChildNodes, budget, pieces, wrap: null);
        return pieces;
    }

    private static void SplitChildren(INodeList nodes, int budget, List<string> pieces, IElement? wrap)
    {
        var current = new System.Text.StringBuilder();
        void Flush()
        {
            if (current.Length > 0)
            {
                pieces.Add(Wrapped(wrap, current.ToString()));
                current.Clear();
            }
        }

        foreach (var node in nodes)
        {
            var html = node.ToHtml();
            if (html.Length > budget && node is IElement element && element.Children.Length > 0)
            {
                Flush();
                SplitChildren(element.ChildNodes, budget, pieces, element);
                continue;
            }

            if (current.Length > 0 && current.Length + html.Length > budget)
            {
                Flush();
            }

            current.Append(html);
        }

        Flush();
    }

    /// <summary>The children's HTML inside a copy of their parent (same tag and attributes), up to the body.</summary>
    private static string Wrapped(IElement? parent, string inner)
    {
        for (var element = parent; element is not null && element.LocalName != "body"; element = element.ParentElement)
        {
            var shell = (IElement)element.Clone(deep: false);
            shell.InnerHtml = "";
            var outer = shell.OuterHtml;
            var close = outer.LastIndexOf("</", StringComparison.Ordinal);
            inner = outer[..close] + inner + outer[close..];
        }

        return inner;
    }
}
