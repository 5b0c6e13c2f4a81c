namespace InkoopPortal.Application.Codebook.Mapping;

/// <summary>
/// THE rule for a section's paragraph numbers, shared by the mapper and the stored assignments
/// (<c>TopicAssignment.FirstParagraph/LastParagraph</c>): line endings are read as <c>\n</c>; a paragraph is a run of
/// non-blank lines between blank (empty or white-space) lines, numbered from 0 in order; a list stays one paragraph
/// (list items separated by blank lines join the block of list items before them, as do lines indented under an
/// item); trailing white space of each line is dropped. An empty body has no paragraphs.
/// </summary>
public static class Passages
{
    public static IReadOnlyList<string> Paragraphs(string markdown)
    {
        var blocks = new List<List<string>>();
        var current = new List<string>();
        foreach (var rawLine in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var line = rawLine.TrimEnd();
            if (line.Length == 0)
            {
                Close(blocks, ref current);
                continue;
            }

            current.Add(line);
        }

        Close(blocks, ref current);
        return blocks.Select(block => string.Join('\n', block)).ToList();
    }

    private static void Close(List<List<string>> blocks, ref List<string> current)
    {
        if (current.Count == 0)
        {
            return;
        }

        var continuesList = blocks.Count > 0 && IsListLine(blocks[^1][^1]) && (IsListLine(current[0]) || char.IsWhiteSpace(current[0][0]));
        if (continuesList)
        {
            blocks[^1].AddRange(current);
        }
        else
        {
            blocks.Add(current);
        }

        current = [];
    }

    /// <summary>A Markdown list item ("- ", "* ", "+ ", "1. ", "1) ") or a line indented under one.</summary>
    internal static bool IsListLine(string line)
    {
        var text = line.TrimStart();
        if (text.Length >= 2 && text[0] is '-' or '*' or '+' or '•' && text[1] == ' ')
        {
            return true;
        }

        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits is > 0 and <= 3 && digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] == ' '
               || line.Length > text.Length && line.Length - text.Length >= 2;
    }
}
