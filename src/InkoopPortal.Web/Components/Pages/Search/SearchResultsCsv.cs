using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using InkoopPortal.Application.Search;

namespace InkoopPortal.Web.Components.Pages.Search;

/// <summary>
/// The search results as a CSV for Excel: <c>;</c>-separated UTF-8 with a BOM, cells that Excel would read as a
/// formula (starting with = + - @ tab or CR) prefixed with <c>'</c>. Same conventions as the matrix export's
/// DutchCsv helper; TODO(integrator): switch to <c>Application/Export/DutchCsv</c> once both branches are merged.
/// </summary>
public static partial class SearchResultsCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>The most rows an export holds; a larger result gets a closing note row saying so.</summary>
    public const int MaximumRows = 5_000;

    public static readonly string[] Header = ["Soort", "Inkoper", "Onderwerp", "Zorgsoort(en)", "Jaren", "Document", "Tekst", "Link"];

    private static readonly CsvConfiguration Configuration = new(CultureInfo.GetCultureInfo("nl-NL"))
    {
        Delimiter = ";",
        InjectionOptions = InjectionOptions.Escape,
    };

    /// <summary>The rows of a result (asked with <see cref="MaximumRows"/> as page size), links made absolute against <paramref name="baseUri"/>.</summary>
    public static byte[] Write(SearchResult result, Uri baseUri)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, Configuration))
        {
            foreach (var name in Header)
            {
                csv.WriteField(name);
            }

            csv.NextRecord();
            foreach (var row in Rows(result, baseUri))
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell);
                }

                csv.NextRecord();
            }
        }

        return buffer.ToArray();
    }

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
