using System.Text.RegularExpressions;

namespace InkoopPortal.Application.Import.PolicyText;

/// <summary>
/// Reads the policy's own list of changes: a table "Onderwerp | Wijziging" (one change per row; paragraphs in a
/// cell stay paragraphs and lists in it become Markdown lists, <see cref="CellMarkdown"/>), or the bullets under a
/// heading about changes ("Wat zijn de wijzigingen per 2024?").
/// A bullet's section reference is its trailing "(hoofdstuk 3.3)" or "(bijlage 1)", else the first such mention;
/// its subject is the title of the section referred to when the document has it.
/// </summary>
internal static partial class ChangeExtractor
{
    public static IReadOnlyList<ParsedChange> Extract(IReadOnlyList<SectionNode> sections, ISet<int> consumed)
    {
        var changes = new List<ParsedChange>();
        for (var index = 0; index < sections.Count; index++)
        {
            var section = sections[index];
            var tables = section.Tables.Where(IsChangeTable).ToList();
            if (tables.Count > 0)
            {
                changes.AddRange(tables.SelectMany(FromTable));
                consumed.Add(index);
            }
            else if (ChangeHeading().IsMatch(section.Title) && section.ListItems.Any())
            {
                changes.AddRange(FromList(section, sections));
                consumed.Add(index);
            }
        }

        return changes;
    }

    private static bool IsChangeTable(TextTable table) =>
        table.Header.Cells.Count == 2 &&
        table.FindColumn(header => header is "onderwerp" or "thema" or "onderdeel") == 0 &&
        table.FindColumn(header => header.StartsWith("wijziging", StringComparison.Ordinal)) == 1;

    private static IEnumerable<ParsedChange> FromTable(TextTable table)
    {
        table.RequireRectangular();
        return table.Body.Select(row => new ParsedChange(
            InlineText.Clean(row.Cells[0]),
            CellMarkdown.Write(row.Cells[1]),
            null,
            row.Line));
    }

    private static IEnumerable<ParsedChange> FromList(SectionNode section, IReadOnlyList<SectionNode> sections)
    {
        foreach (var (item, children) in ListItems.TopLevel(section))
        {
            var text = InlineText.Clean(item.Text);
            var markdown = string.Join("\n", [MarkdownWriter.Paragraph(text), .. children.Select(child => "  - " + MarkdownWriter.Paragraph(child.Text))]);
            var reference = Reference(text);
            yield return new ParsedChange(reference is null ? null : ReferencedTitle(reference.Value, sections), markdown, reference?.Text, item.Line);
        }
    }

    private static (string Text, string Kind, string Number)? Reference(string text)
    {
        var match = TrailingReference().Match(text);
        if (!match.Success)
        {
            match = AnyReference().Match(text);
        }

        if (!match.Success)
        {
            return null;
        }

        var kind = match.Groups["kind"].Value.ToLowerInvariant();
        var number = match.Groups["number"].Value;
        return ($"{kind} {number}", kind, number);
    }

    private static string? ReferencedTitle((string Text, string Kind, string Number) reference, IReadOnlyList<SectionNode> sections) =>
        reference.Kind == "bijlage"
            ? sections.FirstOrDefault(section => section.IsAppendix && Regex.IsMatch(section.Title, $@"^bijlage\s+{reference.Number}\b", RegexOptions.IgnoreCase))?.Title
            : SectionOutline.FindByNumber(sections, reference.Number)?.Title;

    [GeneratedRegex(@"wijziging", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeHeading();

    [GeneratedRegex(@"\((?<kind>hoofdstuk|paragraaf|bijlage)\s+(?<number>\d+(?:\.\d+)*)\)\s*\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingReference();

    [GeneratedRegex(@"\b(?<kind>hoofdstuk|paragraaf|bijlage)\s+(?<number>\d+(?:\.\d+)*)", RegexOptions.IgnoreCase)]
    private static partial Regex AnyReference();
}

/// <summary>List items of a section grouped as top-level items with the deeper items under each.</summary>
internal static class ListItems
{
    public static IEnumerable<(ListItemBlock Item, IReadOnlyList<ListItemBlock> Children)> TopLevel(SectionNode section)
    {
        ListItemBlock? current = null;
        var children = new List<ListItemBlock>();
        foreach (var item in section.ListItems)
        {
            if (item.Depth > 0 && current is not null)
            {
                children.Add(item);
                continue;
            }

            if (current is not null)
            {
                yield return (current, children);
            }

            current = item;
            children = [];
        }

        if (current is not null)
        {
            yield return (current, children);
        }
    }
}
