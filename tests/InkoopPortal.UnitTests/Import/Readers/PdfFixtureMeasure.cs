using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using InkoopPortal.Application.Import.Readers;
using InkoopPortal.Application.Import.Readers.Pdf;
using InkoopPortal.TestSupport;

namespace InkoopPortal.UnitTests.Import.Readers;

/// <summary>
/// One fixture (tests/fixtures/documents, made by make.sh or make-docx.sh from the HTML beside it, or built by a test
/// with its HTML) read and compared with its HTML: words recovered in order (longest common subsequence over
/// normalized words), headings recognised (and at their level), tables read as tables, and the page of each heading
/// whose section names its page (data-page), and headings read that the source does not have (a table of contents or
/// a bold sentence taken for a heading). Footnotes (pandoc's section.footnotes) are left out of the words in
/// order: a reader may place a note elsewhere than the HTML does; footnote marks are compared as plain digits.
/// </summary>
internal sealed record PdfFixtureMeasure(
    string Name, int SourceWords, double WordsInOrder, int Headings, double HeadingsFound, int Tables, int TablesFound, int PagedHeadings, int PagesRight,
    int ExtraHeadings)
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "documents");

    public static PdfFixtureMeasure Of(string name) =>
        Measure(name, File.ReadAllText(Path.Combine(Folder, "html", name + ".html")),
            PdfDocumentReader.Read(File.ReadAllBytes(Path.Combine(Folder, "pdf", name + ".pdf")), name + ".pdf"));

    /// <summary>A document read by any reader, measured against the HTML it was made from.</summary>
    public static PdfFixtureMeasure Measure(string name, string sourceHtml, ReadDocument read)
    {
        var html = new HtmlParser().ParseDocument(sourceHtml);
        foreach (var running in html.QuerySelectorAll(".running, style, title, .footnotes, .footnote-back").ToList())
        {
            running.Remove();
        }

        var lines = read.Text.Split('\n');
        var sourceWords = FixtureWords.Words(string.Join(" ", html.Body!.GetDescendants().OfType<AngleSharp.Dom.IText>().Select(text => text.Data)));
        var readWords = FixtureWords.Words(string.Join(" ", lines.Where(line => !FixtureWords.IsTableSeparator(line))));

        var headings = html.QuerySelectorAll("h1, h2, h3, h4, h5, h6")
            .Select(heading => (Text: FixtureWords.Clean(heading.TextContent), Page: heading.Closest("[data-page]")?.GetAttribute("data-page"), Level: heading.LocalName[1] - '0')).ToList();
        var readHeadings = lines.Select((line, index) => (Line: line, Index: index)).Where(entry => entry.Line.StartsWith('#'))
            .Select(entry => (Text: FixtureWords.Clean(entry.Line.TrimStart('#')), Page: read.PageOf(entry.Index + 1), Level: entry.Line.TakeWhile(character => character == '#').Count())).ToList();
        var found = headings.Count(heading => readHeadings.Any(readHeading => readHeading.Text == heading.Text));
        var extra = readHeadings.Count - readHeadings.Count(readHeading => headings.Any(heading => heading.Text == readHeading.Text))
            + readHeadings.GroupBy(readHeading => readHeading.Text).Where(group => headings.Any(heading => heading.Text == group.Key))
                .Sum(group => Math.Max(0, group.Count() - headings.Count(heading => heading.Text == group.Key)));
        var paged = headings.Where(heading => heading.Page is not null).ToList();
        var pagesRight = paged.Count(heading => readHeadings.Any(readHeading => readHeading.Text == heading.Text && readHeading.Page.ToString() == heading.Page));
        var tables = html.QuerySelectorAll("table").Length;
        var tablesFound = lines.Count(line => line.StartsWith("| ---", StringComparison.Ordinal) || line.StartsWith("|---", StringComparison.Ordinal));

        return new PdfFixtureMeasure(name, sourceWords.Count, FixtureWords.InOrder(sourceWords, readWords),
            headings.Count, headings.Count == 0 ? 1 : found / (double)headings.Count, tables, tablesFound, paged.Count, pagesRight, extra)
        {
            HeadingLevelsRight = headings.Count(heading => readHeadings.Any(readHeading => readHeading.Text == heading.Text && readHeading.Level == heading.Level)),
        };
    }

    /// <summary>Headings found at the level of the HTML heading (h2 → "##").</summary>
    public int HeadingLevelsRight { get; init; }

    public override string ToString() =>
        $"{Name}: {SourceWords} words, {WordsInOrder:P2} in order; headings {HeadingsFound:P1} of {Headings} ({HeadingLevelsRight} at their level); tables {TablesFound}/{Tables}; heading pages right {PagesRight}/{PagedHeadings}; extra headings {ExtraHeadings}";

    /// <summary>One row of the per-fixture table (docs and the closing note paste it).</summary>
    public string Row() =>
        $"| {Name} | {SourceWords} | {WordsInOrder:P2} | {HeadingsFound * Headings:0}/{Headings} ({HeadingsFound:P1}) | {HeadingLevelsRight} | {ExtraHeadings} | {TablesFound}/{Tables} | {PagesRight}/{PagedHeadings} |";

    public const string Header = "| fixture | words | words in order | headings found | at their level | extra headings | tables | heading pages right |\n|---|---|---|---|---|---|---|---|";
}
