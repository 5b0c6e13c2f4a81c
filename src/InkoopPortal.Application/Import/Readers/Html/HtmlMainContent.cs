using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace InkoopPortal.Application.Import.Readers.Html;

/// <summary>The main content of a page (in document order) and the page's title when that content has no h1.</summary>
internal sealed record HtmlContent(IReadOnlyList<IElement> Roots, string? Title);

/// <summary>
/// Finds a page's main content. First everything that is never content goes: scripts, styles, hidden elements,
/// forms, dialogs, navigation, asides, cookie and consent banners, skip links, breadcrumbs, share buttons, "Terug
/// naar boven", and the page's header and footer outside &lt;main&gt;/&lt;article&gt;. Then the content is
/// &lt;main&gt; (or role="main"), else the largest &lt;article&gt;, else the element with the most text in
/// sentences against the least other text (links, labels): a simple readability score over the remaining tree.
/// </summary>
internal static partial class HtmlMainContent
{
    /// <summary>A banner or widget is small; an element this large with a cookie class is a page wrapper, not a banner.</summary>
    private const int MaximumWidgetCharacters = 3000;

    /// <summary>Own text (not in links) of at least this many characters makes an element a block of prose.</summary>
    private const int ProseCharacters = 40;

    private const string NeverContent =
        "script, style, noscript, template, svg, math, iframe, object, embed, canvas, video, audio, map, link, meta, "
        + "button, input, select, textarea, dialog, nav, aside, menu, [role=navigation], [role=complementary], [role=search], "
        + "[hidden], [aria-hidden=true i], a[rel~=prev i], a[rel~=next i]";

    public static HtmlContent Find(IDocument document)
    {
        var body = document.Body ?? document.DocumentElement;
        var (pageTitle, siteName) = PageTitle(document);
        var headingTitle = body.QuerySelectorAll("h1").FirstOrDefault(heading =>
            !IsChrome(heading) && Text(heading).Any(char.IsLetter) && !Text(heading).Equals(siteName, StringComparison.OrdinalIgnoreCase));
        var title = headingTitle is not null ? Text(headingTitle) : pageTitle;

        RemoveNeverContent(body);
        var roots = MainOrArticle(body) ?? [Readable(body)];
        return new HtmlContent(roots, roots.Any(root => root.QuerySelector("h1") is not null || root.LocalName == "h1") ? null : title);
    }

    private static void RemoveNeverContent(IElement body)
    {
        foreach (var element in body.QuerySelectorAll(NeverContent).ToList())
        {
            element.Remove();
        }

        foreach (var element in body.QuerySelectorAll("*").Where(element => IsHiddenByStyle(element) || IsWidget(element) || IsSkipOrTopLink(element)).ToList())
        {
            element.Remove();
        }

        // A form holding the page (ASP.NET WebForms wraps everything in one) stays; a search or newsletter form goes.
        var bodyText = Text(body).Length;
        foreach (var form in body.QuerySelectorAll("form").Where(form => Text(form).Length * 2 < bodyText).ToList())
        {
            form.Remove();
        }

        foreach (var element in body.QuerySelectorAll("header, footer, [role=banner], [role=contentinfo]")
                     .Where(element => element.Closest("main, article, [role=main]") is null).ToList())
        {
            element.Remove();
        }
    }

    /// <summary>The page's &lt;main&gt; (the largest when there are several), else its largest &lt;article&gt;.</summary>
    private static List<IElement>? MainOrArticle(IElement body)
    {
        var bodyText = Text(body).Length;
        foreach (var selector in (string[])["main, [role=main]", "article"])
        {
            var largest = body.QuerySelectorAll(selector).Where(element => element.ParentElement?.Closest(selector) is null)
                .MaxBy(element => Text(element).Length);
            if (largest is not null && Text(largest).Length * 3 >= bodyText)
            {
                return [largest];
            }
        }

        return null;
    }

    /// <summary>
    /// The element whose text is most prose and least anything else: each element scores its text in blocks of
    /// prose (own text, not in links, of <see cref="ProseCharacters"/> or more) and in headings, minus all its other
    /// text (links, labels, short bits). The outermost of equal scores wins, so the headings beside the prose come along.
    /// Elements named like site parts (sidebar, menu, footer …) are left out first, as readability tools do.
    /// </summary>
    private static IElement Readable(IElement body)
    {
        var bodyText = Text(body).Length;
        foreach (var element in body.QuerySelectorAll("*").Where(element => IsNamedLikeChrome(element) && Text(element).Length * 2 < bodyText).ToList())
        {
            element.Remove();
        }

        var scores = new Dictionary<IElement, (int Prose, int Other)>();
        Score(body, scores);
        var best = body;
        var bestScore = int.MinValue;
        foreach (var element in body.QuerySelectorAll("*").Prepend(body))
        {
            if (!scores.TryGetValue(element, out var score))
            {
                continue;
            }

            var (prose, other) = score;
            if (prose - other > bestScore)
            {
                best = element;
                bestScore = prose - other;
            }
        }

        return best;
    }

    private static (int Prose, int Other) Score(IElement element, Dictionary<IElement, (int Prose, int Other)> scores)
    {
        var own = 0;
        var ownLinks = 0;
        var prose = 0;
        var other = 0;

        // The element's own text is its text nodes and its inline elements' text; a nested block is scored on its own.
        void Inline(INode node, bool inLink)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text)
                {
                    var length = Collapse(text.Data).Length;
                    own += length;
                    ownLinks += inLink ? length : 0;
                }
                else if (child is IElement childElement && HtmlPolicyTextWriter.IsBlock(childElement))
                {
                    var (childProse, childOther) = Score(childElement, scores);
                    prose += childProse;
                    other += childOther;
                }
                else if (child is IElement inline)
                {
                    Inline(inline, inLink || inline.LocalName == "a");
                }
            }
        }

        Inline(element, element.LocalName == "a");
        if (element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
        {
            prose += own;
        }
        else if (own - ownLinks >= ProseCharacters)
        {
            prose += own - ownLinks;
            other += ownLinks;
        }
        else
        {
            other += own;
        }

        scores[element] = (prose, other);
        return (prose, other);
    }

    private static bool IsChrome(IElement element) =>
        element.Closest("nav, aside, footer, form, dialog, [role=navigation], [role=complementary], [role=contentinfo]") is not null
        || element.Ancestors<IElement>().Any(IsWidget);

    /// <summary>A cookie or consent banner, a breadcrumb trail or share buttons: by id, class or aria-label, and small.</summary>
    private static bool IsWidget(IElement element) =>
        element.LocalName is not ("body" or "html" or "main" or "article")
        && (element.GetAttribute("role") is "dialog" or "alertdialog" || WidgetName().IsMatch(Names(element)))
        && element.QuerySelector("h1") is null
        && Text(element).Length <= MaximumWidgetCharacters;

    private static bool IsNamedLikeChrome(IElement element) =>
        ChromeName().IsMatch(Names(element)) && !ContentName().IsMatch(Names(element)) && element.QuerySelector("h1") is null;

    private static string Names(IElement element) =>
        $"{element.Id} {element.ClassName} {element.GetAttribute("aria-label")}";

    private static bool IsHiddenByStyle(IElement element) =>
        element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style);

    /// <summary>"Direct naar de hoofdinhoud", "Terug naar boven": links (or buttons) that move on the page.</summary>
    private static bool IsSkipOrTopLink(IElement element) =>
        (element.LocalName == "a" || element.Children is [{ LocalName: "a" }]) && Text(element) is { Length: <= 60 } text
        && (SkipOrTop().IsMatch(text) || (element.LocalName == "a" && element.ClassName?.Contains("skip", StringComparison.OrdinalIgnoreCase) == true));

    /// <summary>The &lt;title&gt; (else og:title) without the site's name after a separator ("Inkoop 2026 | CZ"), and that name.</summary>
    private static (string? Title, string? SiteName) PageTitle(IDocument document)
    {
        var title = Collapse(document.Title ?? "");
        if (title.Length == 0)
        {
            title = Collapse(document.QuerySelector("meta[property='og:title' i]")?.GetAttribute("content") ?? "");
        }

        var separator = TitleSeparator().Matches(title).LastOrDefault();
        var siteName = separator is not null && separator.Index > 0 ? title[(separator.Index + separator.Length)..] : null;
        title = separator is not null && separator.Index > 0 ? title[..separator.Index] : title;
        return (title.Any(char.IsLetter) ? title : null, siteName);
    }

    internal static string Text(IElement element) => Collapse(element.TextContent);

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s+[|–—·•-]\s+")]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"cookie|consent|gdpr|privacy-?banner|breadcrumb|kruimel|share|sharing|social|addthis|pager|pagination", RegexOptions.IgnoreCase)]
    private static partial Regex WidgetName();

    [GeneratedRegex(@"^(?:(?:direct|ga|spring|skip)\s+)?(?:naar|to)\s+(?:de\s+|the\s+)?(?:hoofd)?(?:inhoud|content|menu|navigatie|zoeken|main)\b|^(?:terug\s+)?naar\s+(?:de\s+)?boven(?:kant)?\b|^(?:back\s+)?to\s+top$|^top$", RegexOptions.IgnoreCase)]
    private static partial Regex SkipOrTop();

    [GeneratedRegex(@"sidebar|side-bar|zijbalk|widget|related|gerelateerd|teaser|promo|banner|header|footer|menu|\bnav|navbar|navigation|pagination|newsletter|nieuwsbrief|comment|reactie|sponsor|advert|\bads?\b|popup|modal", RegexOptions.IgnoreCase)]
    private static partial Regex ChromeName();

    [GeneratedRegex(@"content|article|artikel|\bmain\b|\bbody\b|entry|\bpost\b|\btext\b|tekst|inhoud|story", RegexOptions.IgnoreCase)]
    private static partial Regex ContentName();
}
