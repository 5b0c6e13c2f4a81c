using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace InkoopPortal.Application.Import.Readers.Docx;

/// <summary>
/// Writes the body of a Word file in the policy-text form (ADR-032), in document order: headings as "#"-lines with
/// Word's own numbering, list items as "- " or "1. " indented two spaces per level, tables as pipe rows, every other
/// paragraph on a line of its own, blank lines between blocks. Footnote marks stay in the text as superscript numbers
/// and the note follows at the end of its section ("¹ ..."), endnotes at the end of the document. Deleted revisions,
/// field codes, the table of contents, text boxes, drawings, headers and footers are left out. Each line remembers
/// the page Word last rendered it on (w:lastRenderedPageBreak).
/// </summary>
internal sealed partial class DocxBodyWriter
{
    private const int MaximumHashes = 6;

    private readonly MainDocumentPart part;
    private readonly DocxStyles styles;
    private readonly DocxNumbering numbering;
    private readonly List<(string Text, int Page)> lines = [];
    private readonly List<string> pendingFootnotes = [];
    private readonly List<string> pendingEndnotes = [];
    private int noteCount;
    private int page = 1;
    private int? blockPage;
    private bool lastWasListItem;

    public DocxBodyWriter(MainDocumentPart part)
    {
        this.part = part;
        styles = new DocxStyles(part);
        numbering = new DocxNumbering(part, styles);
    }

    /// <summary>The lines written and the page of each (1 when Word left no rendered page breaks).</summary>
    public IReadOnlyList<(string Text, int Page)> Write(Body body)
    {
        WriteBlocks(body);
        FlushNotes(pendingFootnotes);
        FlushNotes(pendingEndnotes);
        return lines;
    }

    private void WriteBlocks(OpenXmlElement container)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    WriteParagraph(paragraph);
                    break;
                case Table table:
                    WriteTable(table);
                    break;
                case SdtBlock sdt when sdt.SdtProperties?.GetFirstChild<SdtContentDocPartObject>()?.GetFirstChild<DocPartGallery>()?.Val?.Value is { } gallery
                                        && gallery.Contains("Table of Contents", StringComparison.OrdinalIgnoreCase):
                    Skip(sdt);
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    WriteBlocks(element is SdtBlock sdtBlock ? (OpenXmlElement?)sdtBlock.SdtContentBlock ?? sdtBlock : element);
                    break;
                default:
                    Skip(element);
                    break;
            }
        }
    }

    private void WriteParagraph(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        var style = styles.Of(styleId);
        if (style.IsTableOfContents)
        {
            Skip(paragraph);
            return;
        }

        var mark = numbering.Next(properties?.NumberingProperties ?? style.Numbering, styleId);
        var level = properties?.OutlineLevel?.Val?.Value is { } outline ? (outline is >= 0 and < 9 ? outline + 1 : null) : style.HeadingLevel;
        blockPage = null;

        // A heading is written without link targets: its text is its title.
        var text = Clean(InlineText(paragraph, links: level is null));
        if (text.Length == 0)
        {
            return;
        }

        if (level is { } headingLevel)
        {
            FlushNotes(pendingFootnotes);
            var label = mark is { IsBullet: false, Label.Length: > 0 } ? mark.Label + " " : "";
            AddBlock($"{new string('#', Math.Min(headingLevel, MaximumHashes))} {label}{text}", listItem: false);
        }
        else if (mark is not null)
        {
            AddBlock(new string(' ', mark.Level * 2) + (mark.IsBullet ? "- " : $"{mark.Value}. ") + text, listItem: true);
        }
        else
        {
            AddBlock(text, listItem: false);
        }
    }

    /// <summary>
    /// A table of one column is a frame around text: its paragraphs are written as paragraphs. Any other table becomes
    /// pipe rows, its first row the header; a cell spanning columns (w:gridSpan) fills the first and leaves the others
    /// empty, as does the continuation of a vertically merged cell (w:vMerge), so every row is as wide as the grid.
    /// </summary>
    private void WriteTable(Table table)
    {
        if (Own<TableRow>(table).All(row => Width(row) <= 1))
        {
            foreach (var cell in Own<TableRow>(table).SelectMany(Own<TableCell>))
            {
                WriteBlocks(cell);
            }

            return;
        }

        var rows = new List<(List<string> Cells, int Page)>();
        foreach (var row in Own<TableRow>(table))
        {
            blockPage = null;
            var cells = new List<string>();
            cells.AddRange(Enumerable.Repeat("", row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0));
            foreach (var cell in Own<TableCell>(row))
            {
                var merge = cell.TableCellProperties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                cells.Add(continues ? "" : CellText(cell));
                cells.AddRange(Enumerable.Repeat("", Math.Max(0, (cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1) - 1)));
            }

            cells.AddRange(Enumerable.Repeat("", row.TableRowProperties?.GetFirstChild<GridAfter>()?.Val?.Value ?? 0));
            if (cells.Any(cell => cell.Length > 0))
            {
                rows.Add((cells, blockPage ?? page));
            }
        }

        if (rows.Count == 0)
        {
            return;
        }

        var columns = rows.Max(row => row.Cells.Count);
        Separate(listItem: false);
        for (var index = 0; index < rows.Count; index++)
        {
            var cells = rows[index].Cells.Concat(Enumerable.Repeat("", columns - rows[index].Cells.Count));
            lines.Add(("| " + string.Join(" | ", cells.Select(cell => cell.Replace("|", "\\|", StringComparison.Ordinal))) + " |", rows[index].Page));
            if (index == 0)
            {
                lines.Add(("|" + string.Concat(Enumerable.Repeat(" --- |", columns)), rows[index].Page));
            }
        }
    }

    private static int Width(TableRow row) =>
        (row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0)
        + Own<TableCell>(row).Sum(cell => cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1)
        + (row.TableRowProperties?.GetFirstChild<GridAfter>()?.Val?.Value ?? 0);

    /// <summary>A cell's paragraphs joined by spaces; a table inside it flattened row by row ("a b; c d").</summary>
    private string CellText(TableCell cell)
    {
        var parts = new List<string>();
        foreach (var element in cell.ChildElements)
        {
            if (element is Table nested)
            {
                parts.Add(string.Join("; ", Own<TableRow>(nested).Select(row => string.Join(" ", Own<TableCell>(row).Select(CellText).Where(text => text.Length > 0)))
                    .Where(text => text.Length > 0)));
            }
            else if (element is not TableCellProperties)
            {
                parts.Add(Clean(InlineText(element, links: true)));
            }
        }

        return string.Join(" ", parts.Where(text => text.Length > 0));
    }

    private string InlineText(OpenXmlElement element, bool links)
    {
        var builder = new StringBuilder();
        AppendInline(element, builder, links);
        return builder.ToString();
    }

    private void AppendInline(OpenXmlElement element, StringBuilder text, bool links)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text run:
                    Append(text, run.Text);
                    break;
                case TabChar or PositionalTab or CarriageReturn or Break:
                    text.Append(' ');
                    break;
                case NoBreakHyphen:
                    Append(text, "-");
                    break;
                case LastRenderedPageBreak:
                    page++;
                    break;
                case FootnoteReference footnote:
                    Append(text, NoteMark(pendingFootnotes, NoteText(part.FootnotesPart?.Footnotes?.Elements<Footnote>().FirstOrDefault(note => note.Id?.Value == footnote.Id?.Value))));
                    break;
                case EndnoteReference endnote:
                    Append(text, NoteMark(pendingEndnotes, NoteText(part.EndnotesPart?.Endnotes?.Elements<Endnote>().FirstOrDefault(note => note.Id?.Value == endnote.Id?.Value))));
                    break;
                case Hyperlink hyperlink:
                    var linkText = InlineText(hyperlink, links: false);
                    Append(text, links && Target(hyperlink) is { } target && !string.IsNullOrWhiteSpace(linkText) && !linkText.Contains(target, StringComparison.OrdinalIgnoreCase)
                        && !linkText.Contains('[') && !linkText.Contains(']')
                        ? $"[{linkText.Trim()}]({target})"
                        : linkText);
                    break;
                case DeletedRun or MoveFromRun or DeletedText or FieldCode or DeletedFieldCode or Drawing or Picture or EmbeddedObject
                    or AlternateContent or RunProperties or ParagraphProperties or FootnoteReferenceMark or EndnoteReferenceMark:
                    // Deleted revisions, field instructions ("TOC \o", "PAGE"), drawings and text boxes are no text of the body.
                    page += child.Descendants<LastRenderedPageBreak>().Count();
                    break;
                case Run run when run.RunProperties?.VerticalTextAlignment?.Val?.Value == VerticalPositionValues.Superscript:
                    // A note mark set in superscript by hand ("verzekerden<sup>1</sup>") stays apart from its word, as a real note's mark does.
                    Append(text, string.Concat(InlineText(run, links).Select(character => char.IsAsciiDigit(character) ? SuperscriptDigits[character - '0'] : character)));
                    break;
                default:
                    // Runs, insertions, fields' results, content controls, smart tags: their text counts.
                    AppendInline(child, text, links);
                    break;
            }
        }
    }

    /// <summary>Appends text and notes the page of the block's first visible character.</summary>
    private void Append(StringBuilder text, string value)
    {
        if (blockPage is null && !string.IsNullOrWhiteSpace(value))
        {
            blockPage = page;
        }

        text.Append(value);
    }

    private string? Target(Hyperlink hyperlink)
    {
        var uri = hyperlink.Id?.Value is { } id ? part.HyperlinkRelationships.FirstOrDefault(relation => relation.Id == id)?.Uri : null;
        var target = uri?.IsAbsoluteUri == true ? uri.AbsoluteUri : uri?.OriginalString;
        return target is not null && LinkTarget().IsMatch(target) ? target : null;
    }

    private string NoteText(OpenXmlElement? note)
    {
        if (note is null)
        {
            return "";
        }

        // A note's own text neither moves the body's page nor claims a block's first character.
        var (savedPage, savedBlockPage) = (page, blockPage);
        var text = string.Join(" ", note.Elements<Paragraph>().Select(paragraph => Clean(InlineText(paragraph, links: true))).Where(line => line.Length > 0));
        (page, blockPage) = (savedPage, savedBlockPage);
        return text;
    }

    private string NoteMark(List<string> pending, string noteText)
    {
        var mark = Superscript(++noteCount);
        pending.Add($"{mark} {noteText}");
        return mark;
    }

    private void FlushNotes(List<string> pending)
    {
        foreach (var note in pending)
        {
            AddBlock(note, listItem: false);
        }

        pending.Clear();
    }

    private void AddBlock(string text, bool listItem)
    {
        Separate(listItem);
        lines.Add((text, blockPage ?? page));
        lastWasListItem = listItem;
    }

    /// <summary>A blank line before every block except between items of one list.</summary>
    private void Separate(bool listItem)
    {
        if (lines.Count > 0 && !(listItem && lastWasListItem))
        {
            lines.Add(("", lines[^1].Page));
        }

        lastWasListItem = false;
    }

    /// <summary>Leaves an element out, but counts the page breaks Word rendered in it.</summary>
    private void Skip(OpenXmlElement element) => page += element.Descendants<LastRenderedPageBreak>().Count();

    /// <summary>The rows of a table or cells of a row, through content controls and custom XML but not into nested tables.</summary>
    private static IEnumerable<T> Own<T>(OpenXmlElement parent)
        where T : OpenXmlElement
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is T found)
            {
                yield return found;
            }
            else if (child is not (Table or Paragraph or TableCell or TableRow))
            {
                foreach (var nested in Own<T>(child))
                {
                    yield return nested;
                }
            }
        }
    }

    private static string Clean(string text) => Whitespace().Replace(TextNormalizer.Normalize(text), " ").Trim();

    private const string SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private static string Superscript(int number) =>
        string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(digit => SuperscriptDigits[digit - '0']));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>A web or mail address a Markdown link can carry (no spaces or parentheses).</summary>
    [GeneratedRegex(@"^(?:https?://|mailto:)[^\s()\[\]]+$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkTarget();
}
