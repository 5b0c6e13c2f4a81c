using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using InkoopPortal.Application.Import.Readers;
using InkoopPortal.Application.Import.Readers.Pdf;
using InkoopPortal.TestSupport;

namespace InkoopPortal.UnitTests.Import.Readers;

/// <summary>
/// One PDF fixture (tests/fixtures/documents, made by make.sh from the HTML beside it) read and compared with its HTML:
/// words recovered in order (longest common subsequence over normalized words), headings recognised, tables read as
/// tables, and the page of each heading whose section names its page (data-page).
/// </summary>
internal sealed record PdfFixtureMeasure(
    string Name, int SourceWords, double WordsInOrder, int Headings, double HeadingsFound, int Tables, int TablesFound, int PagedHeadings, int PagesRight)
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "documents");

    public static PdfFixtureMeasure Of(string name)
    {
        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Folder, "html", name + ".html")));
        foreach (var running in html.QuerySelectorAll(".running, style, title").ToList())
        {
            running.Remove();
        }

        var read = PdfDocumentReader.Read(File.ReadAllBytes(Path.Combine(Folder, "pdf", name + ".pdf")), name + ".pdf");
        var lines = read.Text.Split('\n');
        var sourceWords = FixtureWords.Words(string.Join(" ", html.Body!.GetDescendants().OfType<AngleSharp.Dom.IText>().Select(text => text.Data)));
        var readWords = FixtureWords.Words(string.Join(" ", lines.Where(line => !FixtureWords.IsTableSeparator(line))));

        var headings = html.QuerySelectorAll("h1, h2, h3").Select(heading => (Text: FixtureWords.Clean(heading.TextContent), Page: heading.Closest("[data-page]")?.GetAttribute("data-page"))).ToList();
        var readHeadings = lines.Select((line, index) => (Line: line, Index: index)).Where(entry => entry.Line.StartsWith('#'))
            .Select(entry => (Text: FixtureWords.Clean(entry.Line.TrimStart('#')), Page: read.PageOfLine[entry.Index])).ToList();
        var found = headings.Count(heading => readHeadings.Any(readHeading => readHeading.Text == heading.Text));
        var paged = headings.Where(heading => heading.Page is not null).ToList();
        var pagesRight = paged.Count(heading => readHeadings.Any(readHeading => readHeading.Text == heading.Text && readHeading.Page.ToString() == heading.Page));
        var tables = html.QuerySelectorAll("table").Length;
        var tablesFound = lines.Count(line => line.StartsWith("| ---", StringComparison.Ordinal) || line.StartsWith("|---", StringComparison.Ordinal));

        return new PdfFixtureMeasure(name, sourceWords.Count, FixtureWords.InOrder(sourceWords, readWords),
            headings.Count, headings.Count == 0 ? 1 : found / (double)headings.Count, tables, tablesFound, paged.Count, pagesRight);
    }

    public override string ToString() =>
        $"{Name}: {SourceWords} words, {WordsInOrder:P2} in order; headings {HeadingsFound:P1} of {Headings}; tables {TablesFound}/{Tables}; heading pages right {PagesRight}/{PagedHeadings}";
}
