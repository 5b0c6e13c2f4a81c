using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using InkoopPortal.Application.Export;
using InkoopPortal.Application.Search;

namespace InkoopPortal.Web.Components.Pages.Search;

/// <summary>
/// The search results as a CSV for Excel, written by <see cref="DutchCsv"/> (the matrix export's conventions:
/// <c>;</c>-separated UTF-8 with a BOM, formula-like cells prefixed with <c>'</c>).
/// </summary>
public static partial class SearchResultsCsv
{
    public const string ContentType = DutchCsv.ContentType;

    /// <summary>The most rows an export holds; a larger result gets a closing note row saying so.</summary>
    public const int MaximumRows = 5_000;

    public static readonly string[] Header = ["Soort", "Inkoper", "Onderwerp", "Zorgsoort(en)", "Jaren", "Document", "Tekst", "Link"];

    /// <summary>The rows of a result (asked with <see cref="MaximumRows"/> as page size), links made absolute against <paramref name="baseUri"/>.</summary>
    public static byte[] Write(SearchResult result, Uri baseUri) => DutchCsv.Write(Header, Rows(result, baseUri));

    /// <summary>The cells of every row, the note about a cut-off export included: what <see cref="Write"/> writes, before escaping.</summary>
    public static IEnumerable<string[]> Rows(SearchResult result, Uri baseUri)
    {
        foreach (var hit in result.Hits.Take(MaximumRows))
        {
            yield return
            [
                SearchKinds.Label(hit.Kind),
                hit.Purchaser.Name,
                hit.Topic?.Name ?? hit.Label ?? "",
                string.Join(", ", hit.CareTypes.Select(careType => careType.Name)),
                hit.Document.ValidFromYear == hit.Document.ValidToYear
                    ? hit.Document.ValidFromYear.ToString(CultureInfo.InvariantCulture)
                    : $"{hit.Document.ValidFromYear}-{hit.Document.ValidToYear}",
                hit.Document.Title,
                PlainText(hit.SnippetHtml),
                new Uri(baseUri, hit.Url.TrimStart('/')).ToString(),
            ];
        }

        if (result.Total > MaximumRows)
        {
            yield return
            [
                "Let op", "", "", "", "", "",
                $"Alleen de eerste {MaximumRows.ToString("N0", CultureInfo.GetCultureInfo("nl-NL"))} van {result.Total.ToString("N0", CultureInfo.GetCultureInfo("nl-NL"))} resultaten staan in dit bestand; verfijn de zoekopdracht voor de rest.",
                "",
            ];
        }
    }

    /// <summary>The snippet without its marks, decoded: the text as the reader sees it.</summary>
    public static string PlainText(string snippetHtml) => WebUtility.HtmlDecode(MarkTag().Replace(snippetHtml, ""));

    [GeneratedRegex("</?mark>")]
    private static partial Regex MarkTag();
}
