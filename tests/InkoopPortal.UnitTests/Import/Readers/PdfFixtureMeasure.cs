using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using InkoopPortal.Application.Import.Readers;
using InkoopPortal.Application.Import.Readers.Pdf;
using InkoopPortal.TestSupport;

namespace InkoopPortal.UnitTests.Import.Readers;

/// <summary>
/// One PDF fixture (tests/fixtures/documents, made by make.sh from the HTML beside it) read and compared with its HTML:
/// words recovered in order (longest common subsequence over normalized words), headings recognised, tables read as
/// tables, the page of each heading whose section names its page (data-page), and headings read that the source
/// does not have (a table of contents or a bold sentence taken for a heading).
/// </summary>
internal sealed partial record PdfFixtureMeasure(
    string Name, int SourceWords, double WordsInOrder, int Headings, double HeadingsFound, int Tables, int TablesFound, int PagedHeadings, int PagesRight,
    int ExtraHeadings)
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
        var sourceWords = Words(string.Join(" ", html.Body!.GetDescendants().OfType<AngleSharp.Dom.IText>().Select(text => text.Data)));
        var readWords = Words(string.Join(" ", lines.Where(line => !Separator().IsMatch(line))));

        var headings = html.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(heading => (Text: Clean(heading.TextContent), Page: heading.Closest("[data-page]")?.GetAttribute("data-page"))).ToList();
        var readHeadings = lines.Select((line, index) => (Line: line, Index: index)).Where(entry => entry.Line.StartsWith('#'))
            .Select(entry => (Text: Clean(entry.Line.TrimStart('#')), Page: read.PageOfLine[entry.Index])).ToList();
        var found = headings.Count(heading => readHeadings.Any(readHeading => readHeading.Text == heading.Text));
        var extra = readHeadings.Count - readHeadings.Count(readHeading => headings.Any(heading => heading.Text == readHeading.Text))
            + readHeadings.GroupBy(readHeading => readHeading.Text).Where(group => headings.Any(heading => heading.Text == group.Key))
                .Sum(group => Math.Max(0, group.Count() - headings.Count(heading => heading.Text == group.Key)));
        var paged = headings.Where(heading => heading.Page is not null).ToList();
        var pagesRight = paged.Count(heading => readHeadings.Any(readHeading => readHeading.Text == heading.Text && readHeading.Page.ToString() == heading.Page));
        var tables = html.QuerySelectorAll("table").Length;
        var tablesFound = lines.Count(line => line.StartsWith("| ---", StringComparison.Ordinal) || line.StartsWith("|---", StringComparison.Ordinal));

        return new PdfFixtureMeasure(name, sourceWords.Count, Lcs(sourceWords, readWords) / (double)sourceWords.Count,
            headings.Count, headings.Count == 0 ? 1 : found / (double)headings.Count, tables, tablesFound, paged.Count, pagesRight, extra);
    }

    public override string ToString() =>
        $"{Name}: {SourceWords} words, {WordsInOrder:P2} in order; headings {HeadingsFound:P1} of {Headings}; tables {TablesFound}/{Tables}; heading pages right {PagesRight}/{PagedHeadings}; extra headings {ExtraHeadings}";

    /// <summary>One row of the per-fixture table (docs and the closing note paste it).</summary>
    public string Row() =>
        $"| {Name} | {SourceWords} | {WordsInOrder:P2} | {HeadingsFound * Headings:0}/{Headings} ({HeadingsFound:P1}) | {ExtraHeadings} | {TablesFound}/{Tables} | {PagesRight}/{PagedHeadings} |";

    public const string Header = "| fixture | words | words in order | headings found | extra headings | tables | heading pages right |\n|---|---|---|---|---|---|---|";

    private static string Clean(string text) => Regex.Replace(text, @"\s+", " ").Trim().ToLowerInvariant();

    private static List<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(match => match.Value).ToList();

    private static int Lcs(List<string> first, List<string> second)
    {
        var previous = new int[second.Count + 1];
        var current = new int[second.Count + 1];
        foreach (var word in first)
        {
            for (var column = 1; column <= second.Count; column++)
            {
                current[column] = word == second[column - 1] ? previous[column - 1] + 1 : Math.Max(previous[column], current[column - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[second.Count];
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\|(?:\s*-+\s*\|)+$")]
    private static partial Regex Separator();
}
