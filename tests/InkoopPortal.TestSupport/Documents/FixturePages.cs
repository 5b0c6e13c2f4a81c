using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace InkoopPortal.TestSupport.Documents;

/// <summary>
/// A document fixture (tests/fixtures/documents) as the pages its HTML puts its text on: each <c>section[data-page]</c>
/// is printed as that page of the PDF. What a test expects a record's page to be, read from the fixture, not the reader.
/// </summary>
public sealed partial class FixturePages
{
    private readonly IReadOnlyList<(int Page, string Words)> _pages;

    private FixturePages(IReadOnlyList<(int Page, string Words)> pages) => _pages = pages;

    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "documents");

    public static string PdfPath(string name) => Path.Combine(Folder, "pdf", name + ".pdf");

    public static FixturePages Of(string name)
    {
        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Folder, "html", name + ".html")));
        return new FixturePages(html.QuerySelectorAll("section[data-page]")
            .Select(section => (int.Parse(section.GetAttribute("data-page")!, CultureInfo.InvariantCulture), Words(section.TextContent)))
            .ToList());
    }

    /// <summary>The one page whose text holds the first words (at most eight) of <paramref name="text"/>; null when none or several do.</summary>
    public int? PageOf(string text)
    {
        var wanted = string.Join(' ', Words(ListMarker().Replace(text, "")).Split(' ').Take(8));
        var hits = _pages.Where(page => (" " + page.Words + " ").Contains(" " + wanted + " ", StringComparison.Ordinal)).ToList();
        return hits.Count == 1 ? hits[0].Page : null;
    }

    /// <summary>The page of the first section a statement cites ("2.1 Passende zorg; 3 Contractering" → that of "Passende zorg").</summary>
    public int? PageOfSection(string sourceLocation) => PageOf(NumberPrefix().Replace(sourceLocation.Split("; ")[0], ""));

    /// <summary>Text of an HTML fragment (a record's body).</summary>
    public static string PlainText(string html) => new HtmlParser().ParseDocument($"<body>{html}</body>").Body!.TextContent;

    private static string Words(string text) => string.Join(' ', Word().Matches(text.ToLowerInvariant()).Select(match => match.Value));

    [GeneratedRegex(@"[\p{L}\p{N}€]+")]
    private static partial Regex Word();

    /// <summary>A list item's marker in read text ("3. ", "- "), which the HTML has as markup.</summary>
    [GeneratedRegex(@"^\s*(\d+\.|[-*•])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^[\d.]+\s+")]
    private static partial Regex NumberPrefix();
}
