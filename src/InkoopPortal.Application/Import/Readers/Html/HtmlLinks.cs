using AngleSharp.Dom;

namespace InkoopPortal.Application.Import.Readers.Html;

/// <summary>
/// Links of a saved web page as the policy-text form keeps them: "text (absolute URL)". The parser turns a Markdown
/// link into the same words (<c>InlineText.Clean</c>) and drops a non-web target, so writing the URL out keeps both a
/// web address and an e-mail address. A saved file has lost its own address: relative links are resolved against
/// &lt;base href&gt;, else the page's canonical URL, else its og:url; without any of them they keep only their text.
/// </summary>
internal static class HtmlLinks
{
    public static Uri? BaseOf(IDocument document)
    {
        var canonical = Absolute(document.QuerySelector("link[rel~='canonical' i][href]")?.GetAttribute("href"))
            ?? Absolute(document.QuerySelector("meta[property='og:url' i][content]")?.GetAttribute("content"));
        var baseHref = document.QuerySelector("base[href]")?.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(baseHref))
        {
            return canonical;
        }

        return Absolute(baseHref) ?? (canonical is not null && Uri.TryCreate(canonical, baseHref, out var resolved) ? resolved : canonical);
    }

    /// <summary>The link's text with its target: "tekst (https://…)", "tekst (naam@domein.nl)"; only the text when the
    /// text already says the target, or the target is a script, an anchor on the page or cannot be made absolute.</summary>
    public static string Write(string text, string? href, Uri? baseUri)
    {
        var target = Target(href?.Trim(), baseUri);
        if (target is null || text.Length == 0)
        {
            return text;
        }

        return Says(text, target) ? text : $"{text} ({target})";
    }

    private static string? Target(string? href, Uri? baseUri)
    {
        if (string.IsNullOrEmpty(href) || href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var scheme in (string[])["mailto:", "tel:"])
        {
            if (href.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                var address = Uri.UnescapeDataString(href[scheme.Length..].Split('?')[0]).Trim();
                return address.Length > 0 ? address : null;
            }
        }

        var uri = Absolute(href) ?? (baseUri is not null && Uri.TryCreate(baseUri, href, out var resolved) ? resolved : null);
        return uri is { Scheme: "http" or "https" }
            ? uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
            : null;
    }

    private static Uri? Absolute(string? href) =>
        Uri.TryCreate(href?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    /// <summary>The text names the target itself ("www.cz.nl/inkoop" for https://www.cz.nl/inkoop/).</summary>
    private static bool Says(string text, string target)
    {
        static string Bare(string value) =>
            value.Replace("https://", "", StringComparison.OrdinalIgnoreCase).Replace("http://", "", StringComparison.OrdinalIgnoreCase).TrimEnd('/');

        return text.Contains(target, StringComparison.OrdinalIgnoreCase) || text.Contains(Bare(target), StringComparison.OrdinalIgnoreCase);
    }
}
