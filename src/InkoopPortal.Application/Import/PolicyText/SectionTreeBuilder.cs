using System.Text.RegularExpressions;

namespace InkoopPortal.Application.Import.PolicyText;

/// <summary>
/// Groups classified lines into sections of blocks, mends page-break debris and assigns heading levels.
/// </summary>
internal static partial class SectionTreeBuilder
{
    public const string IntroTitle = "Inleiding";

    public static List<SectionNode> Build(IReadOnlyList<SourceLine> lines)
    {
        var sections = new List<SectionNode>();
        var paragraph = new List<string>();
        var paragraphLine = 0;
        var tableRows = new List<TableRow>();

        SectionNode Current(int line)
        {
            if (sections.Count == 0)
            {
                sections.Add(new SectionNode(null, IntroTitle, line, 0, isIntro: true));
            }

            return sections[^1];
        }

        void Flush()
        {
            if (paragraph.Count > 0)
            {
                AddParagraph(Current(paragraphLine), new ParagraphBlock(paragraph.ToList(), paragraphLine));
                paragraph.Clear();
            }

            if (tableRows.Count > 0)
            {
                AddTable(Current(tableRows[0].Line), new TextTable(tableRows.ToList()));
                tableRows.Clear();
            }
        }

        foreach (var line in lines)
        {
            if (line.Kind != LineKind.Paragraph && line.Kind != LineKind.TableRow)
            {
                Flush();
            }

            switch (line.Kind)
            {
                case LineKind.Heading:
                    sections.Add(new SectionNode(line.Marker, line.Text, line.LineNumber, line.HeadingHashes));
                    break;
                case LineKind.TableRow when !TextTableRow.IsSeparator(line.Cells!):
                    if (paragraph.Count > 0)
                    {
                        Flush();
                    }

                    tableRows.Add(new TableRow(line.Cells!, line.LineNumber));
                    break;
                case LineKind.Bullet or LineKind.NumberedItem:
                    Current(line.LineNumber).Blocks.Add(new ListItemBlock(line.Text, line.Depth, line.Kind == LineKind.NumberedItem ? line.Marker : null, line.LineNumber));
                    break;
                case LineKind.FootnoteDefinition:
                    Current(line.LineNumber).Blocks.Add(new FootnoteBlock(line.Marker!, line.Text, line.LineNumber));
                    break;
                case LineKind.Paragraph:
                    if (tableRows.Count > 0)
                    {
                        Flush();
                    }

                    if (paragraph.Count == 0)
                    {
                        paragraphLine = line.LineNumber;
                    }

                    paragraph.Add(line.Text);
                    break;
            }
        }

        Flush();
        AssignLevels(sections);
        return sections;
    }

    /// <summary>
    /// A paragraph that starts in lower case continues the previous one when that one stopped mid-sentence: the
    /// PDF broke the sentence over a page, often with a footnote in between ("...passende zorg op de" / "² ..." /
    /// "verdere doorvoering ..."). A word hyphenated at the break keeps its hyphen.
    /// </summary>
    private static void AddParagraph(SectionNode section, ParagraphBlock paragraph)
    {
        var previousIndex = section.Blocks.FindLastIndex(block => block is not FootnoteBlock);
        if (previousIndex >= 0 && section.Blocks[previousIndex] is ParagraphBlock previous &&
            StartsInLowerCase(paragraph.Lines[0]) && !EndsSentence(previous.Lines[^1]))
        {
            var last = previous.Lines[^1].TrimEnd();
            var joined = last.EndsWith('-') ? last + paragraph.Lines[0] : last + " " + paragraph.Lines[0];
            section.Blocks[previousIndex] = previous with { Lines = [.. previous.Lines.SkipLast(1), joined, .. paragraph.Lines.Skip(1)] };
            return;
        }

        section.Blocks.Add(paragraph);
    }

    /// <summary>A table repeated over pages comes back with the same header: its rows join the table before it.</summary>
    private static void AddTable(SectionNode section, TextTable table)
    {
        if (section.Blocks.LastOrDefault() is TableBlock previous && TextTable.SameCells(previous.Table.Header, table.Header))
        {
            previous.Table.Rows.AddRange(table.Rows.Skip(1));
            return;
        }

        section.Blocks.Add(new TableBlock(table));
    }

    private static bool StartsInLowerCase(string text) => text.Length > 0 && char.IsLower(text[0]);

    private static bool EndsSentence(string text) => text.TrimEnd() is { Length: > 0 } trimmed && ".!?:;".Contains(trimmed[^1]);

    /// <summary>
    /// Levels: a numbered heading has as many levels as its number has parts ("3.3" is 2); an appendix is 1; an
    /// unnumbered heading after a numbered one sits just below it. Before any numbered heading, Markdown uses the
    /// number of "#" signs; plain text puts the title, the table of contents and the headings listed in the table of
    /// contents at level 1 and every other heading at level 2 (all at level 1 when there is no table of contents).
    /// </summary>
    private static void AssignLevels(List<SectionNode> sections)
    {
        var contents = TableOfContentsTitles(sections);
        int? anchor = null;
        var firstHeading = true;
        foreach (var section in sections)
        {
            if (section.IsIntro)
            {
                section.Level = 1;
                continue;
            }

            if (section.Number is { } number)
            {
                section.Level = number.Split('.').Length;
                anchor = section.Level;
            }
            else if (section.IsAppendix)
            {
                section.Level = 1;
                anchor = 1;
            }
            else if (anchor is { } anchorLevel)
            {
                section.Level = anchorLevel + 1;
            }
            else if (section.HeadingHashes > 0)
            {
                section.Level = section.HeadingHashes;
            }
            else
            {
                var listed = contents.Count == 0 || contents.Contains(Normalize(section.Title));
                section.Level = firstHeading || section.IsTableOfContents || listed ? 1 : 2;
            }

            firstHeading = false;
        }
    }

    private static HashSet<string> TableOfContentsTitles(IEnumerable<SectionNode> sections) =>
        sections
            .Where(section => section.IsTableOfContents)
            .SelectMany(section => section.Tables)
            .SelectMany(table => table.Rows)
            .Select(row => row.Cells.Select(cell => Normalize(InlineText.Clean(cell))).FirstOrDefault(cell => cell.Any(char.IsLetter)))
            .OfType<string>()
            .ToHashSet();

    private static string Normalize(string title) => TocLeader().Replace(title, "").Trim().ToLowerInvariant();

    [GeneratedRegex(@"(\s*\.{2,}.*)$")]
    private static partial Regex TocLeader();
}
