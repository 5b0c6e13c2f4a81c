using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace InkoopPortal.UnitTests.Import.Readers.Docx;

/// <summary>
/// Writes a Word file with the Open XML SDK the way Word structures one, and beside it the HTML of what a reader sees
/// (what <see cref="PdfFixtureMeasure.Measure"/> compares with): headings by style (English ids "Heading1" or Dutch
/// "Kop1"), by outline level only or numbered through numbering.xml, lists, tables with merged cells, footnotes,
/// links, revisions, a table of contents, a text box and Word's rendered page breaks.
/// </summary>
internal sealed class DocxBuilder
{
    /// <summary>List instances in numbering.xml.</summary>
    public const int Bullets = 1, Numbered = 2, Letters = 3, HeadingNumbers = 4;

    private readonly List<OpenXmlElement> body = [];
    private readonly StringBuilder html = new();
    private readonly List<(int Id, string Text)> footnotes = [];
    private readonly List<(string Id, Uri Target)> links = [];
    private readonly int[] headingCounters = new int[3];
    private readonly bool dutch;
    private readonly bool numberedHeadings;
    private string? openList;
    private bool pageBreakPending;
    private int page = 1;

    public DocxBuilder(bool dutch = false, bool numberedHeadings = false)
    {
        this.dutch = dutch;
        this.numberedHeadings = numberedHeadings;
        html.Append("<html><body><section data-page=\"1\">");
    }

    public bool HasRenderedPages { get; private set; }

    private string HeadingStyle(int level) => (dutch ? "Kop" : "Heading") + level;

    public DocxBuilder Title(string text) => Styled(dutch ? "Titel" : "Title", text, $"<h1>{Encode(text)}</h1>");

    /// <summary>A heading by its style; numbered by Word when the builder numbers headings (the number Word would show is in the HTML).</summary>
    public DocxBuilder Heading(int level, string text, string? style = null)
    {
        var shown = text;
        if (numberedHeadings)
        {
            headingCounters[level - 1]++;
            for (var deeper = level; deeper < headingCounters.Length; deeper++)
            {
                headingCounters[deeper] = 0;
            }

            shown = string.Join(".", headingCounters.Take(level)) + " " + text;
        }

        return Styled(style ?? HeadingStyle(level), text, $"<h{level}>{Encode(shown)}</h{level}>");
    }

    /// <summary>A heading that is a Normal paragraph with an outline level (no heading style).</summary>
    public DocxBuilder OutlineHeading(int level, string text)
    {
        CloseList();
        Add(new Paragraph(new ParagraphProperties(new OutlineLevel { Val = level - 1 }), Run(text)));
        html.Append($"<h{level}>{Encode(text)}</h{level}>");
        return this;
    }

    public DocxBuilder Paragraph(params object[] parts)
    {
        CloseList();
        var paragraph = new Paragraph();
        html.Append("<p>");
        foreach (var part in parts)
        {
            switch (part)
            {
                case string text:
                    paragraph.Append(Run(text));
                    html.Append(Encode(text));
                    break;
                case Footnote note:
                    footnotes.Add((footnotes.Count + 1, note.Text));
                    paragraph.Append(new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = footnotes.Count }));
                    html.Append($"<sup>{footnotes.Count}</sup>");
                    break;
                case Link link:
                    var id = "link" + (links.Count + 1);
                    links.Add((id, link.Target));
                    paragraph.Append(new Hyperlink(Run(link.Text)) { Id = id });
                    html.Append($"<a href=\"{link.Target}\">{Encode(link.Text)}</a>");
                    break;
                case Inserted inserted:
                    paragraph.Append(new InsertedRun(Run(inserted.Text)) { Id = "1", Author = "Redactie" });
                    html.Append(Encode(inserted.Text));
                    break;
                case Deleted deleted:
                    paragraph.Append(new DeletedRun(new Run(new DeletedText(deleted.Text) { Space = SpaceProcessingModeValues.Preserve })) { Id = "2", Author = "Redactie" });
                    break;
            }
        }

        html.Append("</p>");
        Add(paragraph);
        return this;
    }

    /// <summary>A list item of numbering instance <paramref name="list"/> at level <paramref name="level"/> (0-based).</summary>
    public DocxBuilder Item(int list, int level, string text)
    {
        var tag = list == Bullets ? "ul" : "ol";
        if (openList != tag)
        {
            CloseList();
            html.Append($"<{tag}>");
            openList = tag;
        }

        Add(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" }, new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = list })),
            Run(text)));
        html.Append($"<li>{Encode(text)}</li>");
        return this;
    }

    /// <summary>
    /// A table; <paramref name="rows"/> cells written "&lt;" continue the cell on their left (w:gridSpan) and "^" the
    /// cell above (w:vMerge). The first row is marked as the header row (w:tblHeader).
    /// </summary>
    public DocxBuilder Table(params string[][] rows)
    {
        CloseList();
        var columns = rows.Max(row => row.Length);
        var table = new Table(new TableProperties(new TableStyle { Val = "TableGrid" }), new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = "2000" })));
        html.Append("<table>");
        for (var index = 0; index < rows.Length; index++)
        {
            var row = new TableRow();
            if (index == 0)
            {
                row.Append(new TableRowProperties(new TableHeader()));
            }

            html.Append("<tr>");
            for (var column = 0; column < rows[index].Length; column++)
            {
                var text = rows[index][column];
                if (text == "<")
                {
                    continue;
                }

                var span = 1;
                while (column + span < rows[index].Length && rows[index][column + span] == "<")
                {
                    span++;
                }

                var startsMerge = text != "^" && index + 1 < rows.Length && column < rows[index + 1].Length && rows[index + 1][column] == "^";
                var properties = new TableCellProperties();
                if (span > 1)
                {
                    properties.Append(new GridSpan { Val = span });
                }

                if (text == "^" || startsMerge)
                {
                    properties.Append(new VerticalMerge { Val = startsMerge ? MergedCellValues.Restart : null });
                }

                row.Append(new TableCell(properties, new Paragraph(text == "^" ? [] : new[] { Run(text) })));
                html.Append(text == "^" ? "" : $"<td>{Encode(text)}</td>");
            }

            table.Append(row);
            html.Append("</tr>");
        }

        html.Append("</table>");
        Add(table);
        return this;
    }

    /// <summary>A table of contents as Word inserts it: a content control holding "toc N" paragraphs. Not part of the text.</summary>
    public DocxBuilder TableOfContents(params string[] entries)
    {
        CloseList();
        var content = new SdtContentBlock(entries.Select(entry => new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOC1" }), Run(entry + "\t3"))));
        Add(new SdtBlock(new SdtProperties(new SdtContentDocPartObject(new DocPartGallery { Val = "Table of Contents" })), content));
        return this;
    }

    /// <summary>A paragraph anchoring a text box (a drawing): the box's text is not part of the body.</summary>
    public DocxBuilder TextBox(string anchorText, string boxText)
    {
        CloseList();
        var box = new DocumentFormat.OpenXml.Drawing.Wordprocessing.Anchor(new DocumentFormat.OpenXml.Drawing.Graphic(new DocumentFormat.OpenXml.Drawing.GraphicData(
            new DocumentFormat.OpenXml.Office2010.Word.DrawingShape.WordprocessingShape(new DocumentFormat.OpenXml.Office2010.Word.DrawingShape.TextBoxInfo2(new TextBoxContent(new Paragraph(Run(boxText))))))
        { Uri = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape" }));
        Add(new Paragraph(Run(anchorText), new Run(new Drawing(box))));
        html.Append($"<p>{Encode(anchorText)}</p>");
        return this;
    }

    /// <summary>Word laid out the next paragraph on a new page (w:lastRenderedPageBreak in its first run).</summary>
    public DocxBuilder NewPage()
    {
        pageBreakPending = true;
        HasRenderedPages = true;
        page++;
        CloseList();
        html.Append($"</section><section data-page=\"{page}\">");
        return this;
    }

    /// <summary>The HTML; its sections name their page (data-page) only when Word's rendered pages are in the file.</summary>
    public string Html() => (HasRenderedPages ? html.ToString() : html.ToString().Replace(" data-page=\"1\"", "", StringComparison.Ordinal)) + "</section>" + (footnotes.Count > 0 ? "<div class=\"footnotes\">" + string.Concat(footnotes.Select(note => $"<p>{Encode(note.Text)}</p>")) + "</div>" : "") + "</body></html>";

    public IReadOnlyList<string> FootnoteTexts => footnotes.Select(note => note.Text).ToList();

    public byte[] Build()
    {
        CloseList();
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(body.Select(element => element.CloneNode(true)).Append(new SectionProperties())));
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
            if (footnotes.Count > 0)
            {
                var notes = new Footnotes(
                    new DocumentFormat.OpenXml.Wordprocessing.Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                    new DocumentFormat.OpenXml.Wordprocessing.Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
                notes.Append(footnotes.Select(note => new DocumentFormat.OpenXml.Wordprocessing.Footnote(
                    new Paragraph(new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()), Run(" " + note.Text))) { Id = note.Id }));
                main.AddNewPart<FootnotesPart>().Footnotes = notes;
            }

            foreach (var (id, target) in links)
            {
                main.AddHyperlinkRelationship(target, true, id);
            }
        }

        return stream.ToArray();
    }

    private DocxBuilder Styled(string styleId, string text, string htmlText)
    {
        CloseList();
        Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), Run(text)));
        html.Append(htmlText);
        return this;
    }

    private void Add(OpenXmlElement element)
    {
        if (pageBreakPending && element.Descendants<Run>().FirstOrDefault() is { } first)
        {
            first.InsertAt(new LastRenderedPageBreak(), first.RunProperties is null ? 0 : 1);
            pageBreakPending = false;
        }

        body.Add(element);
    }

    private void CloseList()
    {
        if (openList is not null)
        {
            html.Append($"</{openList}>");
            openList = null;
        }
    }

    private static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private Styles Styles()
    {
        var styles = new Styles(
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = dutch ? "Titel" : "Title" },
            new Style(new StyleName { Val = "List Paragraph" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "ListParagraph" },
            new Style(new StyleName { Val = "toc 1" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = dutch ? "Inhopg1" : "TOC1" });
        for (var level = 1; level <= 3; level++)
        {
            // Word's built-in name is English in every language; Dutch Word's id is "Kop1". The Dutch styles carry no
            // outline level here, so the name alone must make them headings.
            var properties = new StyleParagraphProperties();
            if (numberedHeadings)
            {
                properties.Append(new NumberingProperties(new NumberingLevelReference { Val = level - 1 }, new NumberingId { Val = HeadingNumbers }));
            }

            if (!dutch)
            {
                properties.Append(new OutlineLevel { Val = level - 1 });
            }

            styles.Append(new Style(new StyleName { Val = "heading " + level }, new BasedOn { Val = "Normal" }, properties) { Type = StyleValues.Paragraph, StyleId = HeadingStyle(level) });
        }

        // A house style based on the first heading style (the basedOn chain makes it a heading).
        styles.Append(new Style(new StyleName { Val = "Hoofdstuk" }, new BasedOn { Val = HeadingStyle(1) }) { Type = StyleValues.Paragraph, StyleId = "Hoofdstuk" });
        return styles;
    }

    private static Numbering Numbering()
    {
        static Level Level(int index, NumberFormatValues format, string text) =>
            new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };

        return new Numbering(
            new AbstractNum(Level(0, NumberFormatValues.Bullet, "•"), Level(1, NumberFormatValues.Bullet, "o"), Level(2, NumberFormatValues.Bullet, "▪")) { AbstractNumberId = 1 },
            new AbstractNum(Level(0, NumberFormatValues.Decimal, "%1."), Level(1, NumberFormatValues.LowerLetter, "%2)"), Level(2, NumberFormatValues.LowerRoman, "%3.")) { AbstractNumberId = 2 },
            new AbstractNum(Level(0, NumberFormatValues.LowerLetter, "%1."), Level(1, NumberFormatValues.Bullet, "-")) { AbstractNumberId = 3 },
            new AbstractNum(Level(0, NumberFormatValues.Decimal, "%1"), Level(1, NumberFormatValues.Decimal, "%1.%2"), Level(2, NumberFormatValues.Decimal, "%1.%2.%3")) { AbstractNumberId = 4 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = Bullets },
            new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = Numbered },
            new NumberingInstance(new AbstractNumId { Val = 3 }) { NumberID = Letters },
            new NumberingInstance(new AbstractNumId { Val = 4 }) { NumberID = HeadingNumbers });
    }

    public sealed record Footnote(string Text);

    public sealed record Link(string Text, Uri Target);

    public sealed record Inserted(string Text);

    public sealed record Deleted(string Text);
}
