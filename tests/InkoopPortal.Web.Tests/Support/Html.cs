using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace InkoopPortal.Web.Tests.Support;

internal static class Html
{
    /// <summary>GETs <paramref name="path"/> and parses the (prerendered) HTML.</summary>
    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetPageAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        return (response, new HtmlParser().ParseDocument(html));
    }

    /// <summary>Parses the HTML of a response that was already received.</summary>
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>The text of the section labelled by the heading with id <paramref name="headingId"/>.</summary>
    public static string SectionText(this IDocument document, string headingId) =>
        document.QuerySelector($"section[aria-labelledby='{headingId}']")?.TextContent
        ?? throw new InvalidOperationException($"No section labelled '{headingId}' in the page.");
}
