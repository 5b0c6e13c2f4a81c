using System.Globalization;
using System.Text;
using InkoopPortal.Application.Content;

namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>
/// Writes cell blocks as Markdown: paragraphs separated by a blank line, lists as "- " (or "1. ") items indented
/// under their parent, *italic*, **bold**, ^superscript^, and footnote markers as [^n] with their definitions at
/// the end. All source text is escaped.
/// </summary>
internal static class CellMarkdownWriter
{
    public static string Write(CellContent content, IReadOnlyDictionary<int, string> footnotes)
    {
        var builder = new StringBuilder();
        WriteBlocks(builder, content.Blocks);

        var referenced = FootnoteMarkers.Find(content.PlainText).Distinct().Where(footnotes.ContainsKey).ToList();
        foreach (var number in referenced)
        {
            builder.Append("\n\n[^").Append(number.ToString(CultureInfo.InvariantCulture)).Append("]: ");
            builder.Append(WriteInline([new InlineRun(footnotes[number], InlineStyle.None)], isBlockStart: false));
        }

        return builder.ToString();
    }

    /// <summary>An open list at some depth: where its items' children start, and the last number used.</summary>
    private sealed record ListLevel(int ChildIndent, bool Ordered, int Number);

    private static void WriteBlocks(StringBuilder builder, IReadOnlyList<ContentBlock> blocks)
    {
        var levels = new List<ListLevel>();
        ContentBlock? previous = null;
        foreach (var block in blocks)
        {
            if (previous is not null)
            {
                var continuesList = previous.Kind == BlockKind.ListItem && block.Kind == BlockKind.ListItem;
                builder.Append(continuesList ? "\n" : "\n\n");
            }

            if (block.Kind == BlockKind.Paragraph)
            {
                levels.Clear();
                builder.Append(WriteInline(block.Runs, isBlockStart: true));
            }
            else
            {
                WriteItem(builder, block, levels);
            }

            previous = block;
        }
    }

    private static void WriteItem(StringBuilder builder, ContentBlock item, List<ListLevel> levels)
    {
        // An item is at most one level deeper than the item before it (an empty parent may have been dropped).
        var depth = Math.Min(item.Depth, levels.Count);
        var number = depth < levels.Count && levels[depth].Ordered == item.Ordered ? levels[depth].Number + 1 : 1;
        var indent = depth == 0 ? 0 : levels[depth - 1].ChildIndent;
        var marker = item.Ordered ? number.ToString(CultureInfo.InvariantCulture) + ". " : "- ";

        levels.RemoveRange(depth, levels.Count - depth);
        levels.Add(new ListLevel(indent + marker.Length, item.Ordered, number));
        builder.Append(' ', indent).Append(marker).Append(WriteInline(item.Runs, isBlockStart: true));
    }

    /// <summary>Writes runs as one line of inline Markdown, with white space collapsed.</summary>
    private static string WriteInline(IReadOnlyList<InlineRun> runs, bool isBlockStart)
    {
        var builder = new StringBuilder();
        foreach (var (text, style) in NormalizeWhitespace(runs))
        {
            var core = text.Trim();
            if (core.Length == 0)
            {
                builder.Append(' ');
                continue;
            }

            if (text[0] == ' ')
            {
                builder.Append(' ');
            }

            var escape = isBlockStart && builder.Length == 0 && style == InlineStyle.None
                ? (Func<string, string>)MarkdownText.EscapeParagraph
                : MarkdownText.EscapeInline;
            var written = escape(core);
            if (!style.HasFlag(InlineStyle.Superscript))
            {
                written = FootnoteMarkers.Marker().Replace(
                    written,
                    match => "[^" + FootnoteMarkers.ToNumber(match.Value).ToString(CultureInfo.InvariantCulture) + "]");
            }

            builder.Append(Wrap(written, style));
            if (text[^1] == ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }

    private static string Wrap(string text, InlineStyle style)
    {
        if (style.HasFlag(InlineStyle.Superscript))
        {
            text = "^" + text.Replace(" ", "\\ ", StringComparison.Ordinal) + "^";
        }

        if (style.HasFlag(InlineStyle.Italic))
        {
            text = "*" + text + "*";
        }

        if (style.HasFlag(InlineStyle.Bold))
        {
            text = "**" + text + "**";
        }

        return text;
    }

    /// <summary>Merges runs of the same style and collapses white space across them to single spaces.</summary>
    private static List<(string Text, InlineStyle Style)> NormalizeWhitespace(IReadOnlyList<InlineRun> runs)
    {
        var merged = new List<(string Text, InlineStyle Style)>();
        var atStart = true;
        var pendingSpace = false;
        foreach (var run in runs)
        {
            var text = new StringBuilder();
            foreach (var character in run.Text)
            {
                if (char.IsWhiteSpace(character))
                {
                    pendingSpace = !atStart;
                    continue;
                }

                if (pendingSpace)
                {
                    text.Append(' ');
                    pendingSpace = false;
                }

                text.Append(character);
                atStart = false;
            }

            if (text.Length == 0)
            {
                continue;
            }

            if (merged.Count > 0 && merged[^1].Style == run.Style)
            {
                merged[^1] = (merged[^1].Text + text, run.Style);
            }
            else
            {
                merged.Add((text.ToString(), run.Style));
            }
        }

        return merged;
    }
}
