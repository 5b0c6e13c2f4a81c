using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace InkoopPortal.TestSupport.Security;

/// <summary>Finds anything in an HTML fragment that a browser could execute or that could take over the page.</summary>
public static class ExecutableHtml
{
    private static readonly HashSet<string> DangerousElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "link", "style",
        "svg", "math", "form", "template", "noscript",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcdoc", "srcset",
    };

    private static readonly string[] DangerousSchemes = ["javascript:", "vbscript:", "data:"];

    /// <summary>Every finding, described ("&lt;script&gt;", "onerror on &lt;img&gt;", "javascript: in href"); empty when clean.</summary>
    public static IReadOnlyList<string> Find(string html)
    {
        var findings = new List<string>();
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            var name = element.LocalName;
            if (DangerousElements.Contains(name))
            {
                findings.Add($"<{name}>");
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    findings.Add($"{attribute.Name} on <{name}>");
                }
                else if (UrlAttributes.Contains(attribute.Name) && HasDangerousScheme(attribute.Value))
                {
                    findings.Add($"{attribute.Value} in {attribute.Name} of <{name}>");
                }
                else if (attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    findings.Add($"style on <{name}>");
                }
            }
        }

        return findings;
    }

    private static bool HasDangerousScheme(string value)
    {
        // Browsers ignore control characters and whitespace inside a scheme and compare it without case.
        var compact = new string(value.Where(character => !char.IsWhiteSpace(character) && !char.IsControl(character)).ToArray());
        return DangerousSchemes.Any(scheme => compact.StartsWith(scheme, StringComparison.OrdinalIgnoreCase));
    }
}
