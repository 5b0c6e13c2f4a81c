using System.Text;
using InkoopPortal.Application.Content;

namespace InkoopPortal.Application.Import.PolicyText;

/// <summary>Writes blocks of source text as Markdown, escaped so the source text is never read as Markdown syntax.</summary>
internal static class MarkdownWriter
{
    public static string Body(IEnumerable<Block> blocks)
    {
        var builder = new StringBuilder();
        Block? previous = null;
        foreach (var block in blocks)
        {
            if (previous is not null)
            {
                builder.Append(ContinuesList(previous, block) ? "\n" : "\n\n");
            }

            builder.Append(Write(block));
            previous = block;
        }

        return builder.ToString();
    }

    /// <summary>A section's own text followed by its sub-sections, each under a Markdown heading one level deeper.</summary>
    public static string WithSubsections(SectionNode section, IEnumerable<SectionNode> subsections)
    {
        var parts = new List<string>();
        var body = Body(section.Blocks);
        if (body.Length > 0)
        {
            parts.Add(body);
        }

        foreach (var subsection in subsections)
        {
            var hashes = new string('#', Math.Clamp(subsection.Level - section.Level + 2, 2, 6));
            parts.Add($"{hashes} {MarkdownText.EscapeInline(subsection.Heading)}");
            var subsectionBody = Body(subsection.Blocks);
            if (subsectionBody.Length > 0)
            {
                parts.Add(subsectionBody);
            }
        }

        return string.Join("\n\n", parts);
    }

    public static string Paragraph(string text) => MarkdownText.EscapeParagraph(InlineText.Clean(text));

    public static string BulletList(IEnumerable<string> items) =>
        string.Join("\n", items.Select(item => "- " + Paragraph(item)));

    private static bool ContinuesList(Block previous, Block next) =>
        previous is ListItemBlock first && next is ListItemBlock second &&
        (second.Depth > 0 || (first.Number is null) == (second.Number is null));

    private static string Write(Block block) => block switch
    {
        ParagraphBlock paragraph => string.Join("\n", paragraph.Lines.Select(Paragraph)),
        ListItemBlock item => new string(' ', item.Depth * 2) + (item.Number is null ? "- " : item.Number + ". ") + Paragraph(item.Text),
        TableBlock table => Table(table.Table),
        FootnoteBlock footnote => MarkdownText.EscapeParagraph($"{footnote.Mark} {InlineText.Clean(footnote.Text)}"),
        _ => throw new InvalidOperationException($"Unknown block {block.GetType().Name}"),
    };

    private static string Table(TextTable table)
    {
        var columns = Math.Max(1, table.ColumnCount);
        var lines = new List<string> { Row(table.Header, columns), "|" + string.Concat(Enumerable.Repeat(" --- |", columns)) };
        lines.AddRange(table.Rows.Skip(1).Select(row => Row(row, columns)));
        return string.Join("\n", lines);
    }

    private static string Row(TableRow row, int columns) =>
        "|" + string.Concat(Enumerable.Range(0, columns).Select(column =>
            " " + MarkdownText.EscapeInline(string.Join(" ", InlineText.Paragraphs(row.Cell(column)))) + " |"));
}
