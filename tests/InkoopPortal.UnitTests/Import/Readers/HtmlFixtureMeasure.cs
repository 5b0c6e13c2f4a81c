using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using InkoopPortal.Application.Import.Readers;
using InkoopPortal.Application.Import.Readers.Html;
using InkoopPortal.TestSupport;

namespace InkoopPortal.UnitTests.Import.Readers;

/// <summary>
/// One saved web page (tests/fixtures/documents/html-pages) read and compared with the truth its markup names:
/// <c>data-fixture="content"</c> on the content, <c>data-fixture="chrome"</c> on what is not (navigation, cookie
/// banner, footer, share buttons …). The reader gets the page with those attributes removed. Measured: the content's
/// words in order, its headings with their level, its data tables read as tables, its links with their absolute
/// target (relative ones resolved against the base the test names), and the words only the chrome has that leak.
/// </summary>
internal sealed partial record HtmlFixtureMeasure(
    string Name, ReadDocument Read, int SourceWords, double WordsInOrder, int Headings, double HeadingsFound, int Tables, int TablesFound,
    int Links, int LinksFound, IReadOnlyList<string> ChromeLeaks)
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "documents", "html-pages");

    /// <param name="name">The page's path under <see cref="Folder"/> without ".html".</param>
    /// <param name="linkBase">The address relative links resolve against (the page's base, canonical or og:url).</param>
    public static HtmlFixtureMeasure Of(string name, string? linkBase = null)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, name + ".html"));
        var read = HtmlDocumentReader.Read(WithoutTruth(bytes), name + ".html");
        return Of(name, new HtmlParser().ParseDocument(new MemoryStream(bytes)), read, linkBase);
    }

    public static HtmlFixtureMeasure Of(string name, IDocument page, ReadDocument read, string? linkBase)
    {
        foreach (var never in page.QuerySelectorAll("script, style, template, noscript, [hidden]").ToList())
        {
            never.Remove();
        }

        var content = page.QuerySelectorAll("[data-fixture=content]").Where(element => element.ParentElement?.Closest("[data-fixture=content]") is null).ToList();
        var sourceWords = content.SelectMany(element => FixtureWords.Words(TextOf(element))).ToList();
        var lines = read.Text.Split('\n');
        var readWords = FixtureWords.Words(string.Join(" ", lines.Where(line => !FixtureWords.IsTableSeparator(line))));

        bool InContent(IElement element) => element.Closest("[data-fixture]")?.GetAttribute("data-fixture") == "content";
        var headings = content.SelectMany(element => element.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Prepend(element))
            .Where(heading => heading.LocalName is ['h', >= '1' and <= '6'] && InContent(heading))
            .Select(heading => (Text: FixtureWords.Clean(heading.TextContent), Level: heading.LocalName[1] - '0')).ToList();
        var readHeadings = lines.Where(line => line.StartsWith('#'))
            .Select(line => (Text: FixtureWords.Clean(line.TrimStart('#')), Level: line.TakeWhile(character => character == '#').Count())).ToList();
        var headingsFound = headings.Count(readHeadings.Contains);

        var tables = content.SelectMany(element => element.QuerySelectorAll("table:not([data-fixture=layout])")).Count(InContent);
        var tablesFound = lines.Count(FixtureWords.IsTableSeparator);

        var links = content.SelectMany(element => element.QuerySelectorAll("a[href]")).Where(InContent)
            .Select(link => Target(link.GetAttribute("href")!, linkBase)).OfType<string>().ToList();
        var linksFound = links.Count(target => read.Text.Contains(target, StringComparison.Ordinal));

        var contentWords = sourceWords.ToHashSet();
        var chromeWords = page.QuerySelectorAll("[data-fixture=chrome]").SelectMany(element => FixtureWords.Words(TextOf(element)))
            .Where(word => !contentWords.Contains(word)).ToHashSet();
        var leaks = FixtureWords.Words(Url().Replace(read.Text, " ")).Where(chromeWords.Contains).Distinct().ToList();

        return new HtmlFixtureMeasure(name, read, sourceWords.Count, FixtureWords.InOrder(sourceWords, readWords), headings.Count,
            headings.Count == 0 ? 1 : headingsFound / (double)headings.Count, tables, tablesFound, links.Count, linksFound, leaks);
    }

    public override string ToString() =>
        $"{Name}: {SourceWords} words, {WordsInOrder:P2} in order; headings with level {HeadingsFound:P1} of {Headings}; tables {TablesFound}/{Tables}; "
        + $"links {LinksFound}/{Links}; chrome words leaked {ChromeLeaks.Count}{(ChromeLeaks.Count > 0 ? " (" + string.Join(", ", ChromeLeaks.Take(12)) + ")" : "")}";

    /// <summary>The page's bytes without the truth attributes (ASCII, so the same in every encoding a page uses).</summary>
    public static byte[] WithoutTruth(byte[] bytes) =>
        Encoding.Latin1.GetBytes(Regex.Replace(Encoding.Latin1.GetString(bytes), @"\s+data-fixture(?:-\w+)?=""[^""]*""", ""));

    /// <summary>The text of an element with a space at every block edge and &lt;br&gt;, none inside inline markup.</summary>
    private static string TextOf(IElement root)
    {
        var builder = new StringBuilder();
        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text)
                {
                    builder.Append(text.Data);
                }
                else if (child is IElement element && element.GetAttribute("data-fixture") != "chrome")
                {
                    var block = HtmlPolicyTextWriter.IsBlock(element) || element.LocalName == "br";
                    builder.Append(block ? " " : "");
                    Walk(element);
                    builder.Append(block ? " " : "");
                }
            }
        }

        Walk(root);
        return builder.ToString();
    }

    private static string? Target(string href, string? linkBase)
    {
        if (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return href["mailto:".Length..];
        }

        if (href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return href.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? href : linkBase is null ? null : new Uri(new Uri(linkBase), href).AbsoluteUri;
    }

    [GeneratedRegex(@"\((?:https?://|[^)\s]+@)[^)\s]*\)")]
    private static partial Regex Url();
}
