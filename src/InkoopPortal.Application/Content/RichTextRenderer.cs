using AngleSharp.Html.Parser;
using Ganss.Xss;
using InkoopPortal.Domain.Documents;
using Markdig;

namespace InkoopPortal.Application.Content;

/// <summary>
/// Turns stored Markdown into the HTML readers see. Raw HTML in the Markdown is not passed through, and the
/// result is sanitized as well, so no script, event handler or javascript: URL can reach a browser. Pipe tables
/// ("| a | b |" with a separator row) become HTML tables.
/// </summary>
public static class RichTextRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseFootnotes()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseSoftlineBreakAsHardlineBreak()
        .DisableHtml()
        .Build();

    // Declared before the sanitizer: static fields are initialised in this order.
    private static readonly string[] TableTags = ["table", "thead", "tbody", "tr", "th", "td"];

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToHtml(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var html = Markdown.ToHtml(markdown, Pipeline);
        return DescribeTables(Sanitizer.Sanitize(html)).Trim();
    }

    /// <summary>
    /// A table from the text gets what every table of the portal has for screen readers: header cells with a scope
    /// and a name (an aria-label naming its columns, not a caption: that would become text in exports and search).
    /// Added after sanitizing, so nothing of the source gets in as markup.
    /// </summary>
    private static string DescribeTables(string html)
    {
        if (!html.Contains("<table", StringComparison.Ordinal))
        {
            return html;
        }

        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        foreach (var table in document.QuerySelectorAll("table"))
        {
            var headers = table.QuerySelectorAll("thead th").ToList();
            foreach (var header in headers)
            {
                header.SetAttribute("scope", "col");
            }

            var names = headers.Select(header => header.TextContent.Trim()).Where(name => name.Length > 0).ToList();
            table.SetAttribute("aria-label", names.Count > 0 ? $"Tabel met de kolommen {string.Join(", ", names)}" : "Tabel uit de brontekst");
        }

        return document.Body!.InnerHtml;
    }

    /// <summary>
    /// Places stored, sanitized HTML (a <c>BodyHtml</c>, or a <see cref="RichTextDiff"/>) on a page: its headings shifted
    /// so the highest is <paramref name="headingLevel"/>, its footnote ids given <paramref name="idPrefix"/>, so several
    /// bodies on one page never share an id. The one way rich text reaches a page: the <c>RichText</c> component and the
    /// matrix's HTML writer both call it.
    /// </summary>
    public static string ForPage(string html, int headingLevel, string idPrefix) =>
        FootnoteIds.Scope(RichTextHeadings.Shift(html, headingLevel), idPrefix);

    /// <summary>Sets the Markdown of a rich-text record and its rendered HTML together.</summary>
    public static void SetBody(IRichText target, string markdown)
    {
        target.BodyMarkdown = markdown;
        target.BodyHtml = ToHtml(markdown);
    }

    /// <summary>
    /// <see cref="SetBody"/> for many records at once, spread over the cores: rendering and sanitizing is the larger part
    /// of a bulk import's own work, and each body is independent (Markdig's pipeline and the sanitizer are thread-safe).
    /// The records must not be tracked by a context yet.
    /// </summary>
    public static void SetBodies(IReadOnlyList<(IRichText Target, string Markdown)> bodies) =>
        Parallel.ForEach(bodies, body => SetBody(body.Target, body.Markdown));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        // Footnote links and back-references are in-page anchors; Markdig marks them with these.
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("role");
        foreach (var tag in TableTags)
        {
            sanitizer.AllowedTags.Add(tag);
        }

        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAttributes.Remove("style");
        return sanitizer;
    }
}
