using AngleSharp.Html.Parser;
using InkoopPortal.Application.Content;
using InkoopPortal.Application.Import.ComparisonTable;
using InkoopPortal.TestSupport;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InkoopPortal.UnitTests.Import.ComparisonTable;

/// <summary>One list item of rendered Markdown: how deep it is nested (0 = top level) and its text.</summary>
public sealed record OutlineItem(int Depth, string Text);

internal static class ComparisonTestHelpers
{
    public const string Memo2022FileName = "inkoopbeleid-zorgverzekeraars-2022-huisartsenzorg-memo.txt";

    private static readonly Lazy<ParsedComparisonTable> ParsedMemo2022 =
        new(() => ComparisonTableParser.Parse(File.ReadAllText(Memo2022Path)));

    private static readonly MarkdownPipeline Pipeline =
        new MarkdownPipelineBuilder().UseEmphasisExtras().UseFootnotes().Build();

    public static string Memo2022Path => RepositoryPaths.Source(Memo2022FileName);

    public static ParsedComparisonTable Memo2022 => ParsedMemo2022.Value;

    /// <summary>Joins cells with tabs: one line of the text form.</summary>
    public static string Row(params string[] cells) => string.Join("\t", cells);

    public static string Text(params string[] lines) => string.Join("\n", lines);

    public static ParsedCell Cell(this ParsedComparisonTable table, string purchaser, string topicKey) =>
        table.Cells.Single(cell => cell.PurchaserName == purchaser && cell.TopicKey == topicKey);

    public static ParsedTopic Topic(this ParsedComparisonTable table, string key) =>
        table.Topics.Single(topic => topic.Key == key);

    /// <summary>The list items of the Markdown as Markdig reads them, in document order, with their depth.</summary>
    public static List<OutlineItem> Outline(string markdown)
    {
        var items = new List<OutlineItem>();
        AddItems(Markdown.Parse(markdown, Pipeline), 0, items);
        return items;
    }

    /// <summary>What a reader sees: the Markdown rendered by the portal, as plain text.</summary>
    public static string RenderedText(string markdown)
    {
        var html = RichTextRenderer.ToHtml(markdown);
        var text = new HtmlParser().ParseDocument(html).Body?.TextContent ?? "";
        return MarkdownText.NormalizeWhitespace(text);
    }

    private static void AddItems(ContainerBlock container, int depth, List<OutlineItem> items)
    {
        foreach (var block in container)
        {
            if (block is ListBlock list)
            {
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var paragraph = item.OfType<ParagraphBlock>().FirstOrDefault();
                    items.Add(new OutlineItem(depth, paragraph?.Inline is { } inline ? InlineText(inline) : ""));
                    AddItems(item, depth + 1, items);
                }
            }
            else if (block is ContainerBlock child and not ListItemBlock)
            {
                AddItems(child, depth, items);
            }
        }
    }

    private static string InlineText(ContainerInline container) =>
        string.Concat(container.Select(inline => inline switch
        {
            LiteralInline literal => literal.Content.ToString(),
            ContainerInline nested => InlineText(nested),
            LineBreakInline => " ",
            CodeInline code => code.Content,
            _ => "",
        }));
}
