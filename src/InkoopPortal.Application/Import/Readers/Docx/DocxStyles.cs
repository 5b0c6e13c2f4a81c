using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace InkoopPortal.Application.Import.Readers.Docx;

/// <summary>What a paragraph style makes of a paragraph, its basedOn chain followed: a heading level, a table-of-contents line, list numbering.</summary>
internal sealed record DocxStyle(int? HeadingLevel, bool IsTableOfContents, NumberingProperties? Numbering);

/// <summary>
/// The paragraph styles of a Word file. Headings are known by outline level (w:outlineLvl 0-8; 9 is body text) or by
/// the built-in name — Word writes the English name ("heading 1", "Title") whatever the language, while the style id
/// is localized ("Kop1", "Titel" in Dutch Word) — or by a localized id or name; the nearest style in the chain decides.
/// </summary>
internal sealed partial class DocxStyles
{
    private const int MaximumChain = 20;

    private readonly Dictionary<string, Style> byId;
    private readonly string? defaultParagraphStyle;
    private readonly Dictionary<string, DocxStyle> resolved = new(StringComparer.Ordinal);

    public DocxStyles(MainDocumentPart part)
    {
        var styles = part.StyleDefinitionsPart?.Styles?.Elements<Style>().Where(style => style.StyleId?.Value is not null).ToList() ?? [];
        byId = styles.GroupBy(style => style.StyleId!.Value!, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        defaultParagraphStyle = styles.FirstOrDefault(style => style.Type?.Value == StyleValues.Paragraph && style.Default?.Value == true)?.StyleId?.Value;
    }

    public DocxStyle Of(string? styleId)
    {
        var id = styleId ?? defaultParagraphStyle;
        if (id is null)
        {
            return new DocxStyle(null, false, null);
        }

        if (!resolved.TryGetValue(id, out var style))
        {
            style = Resolve(id);
            resolved[id] = style;
        }

        return style;
    }

    /// <summary>The list numbering a style carries (a numbered heading style), for a numStyleLink in numbering.xml.</summary>
    public NumberingProperties? NumberingOfStyle(string styleId) => Of(styleId).Numbering;

    private DocxStyle Resolve(string id)
    {
        int? level = null;
        var levelKnown = false;
        var tableOfContents = false;
        NumberingProperties? numbering = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = id; current is not null && seen.Add(current) && seen.Count <= MaximumChain && byId.TryGetValue(current, out var style);
             current = style.BasedOn?.Val?.Value)
        {
            var name = style.StyleName?.Val?.Value ?? "";
            tableOfContents |= TableOfContentsName().IsMatch(name) || TableOfContentsName().IsMatch(current);
            numbering ??= style.StyleParagraphProperties?.NumberingProperties;
            if (levelKnown)
            {
                continue;
            }

            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline)
            {
                (level, levelKnown) = (outline is >= 0 and < 9 ? outline + 1 : null, true);
            }
            else if (TitleName().IsMatch(name) || TitleName().IsMatch(current))
            {
                (level, levelKnown) = (1, true);
            }
            else if ((HeadingLevelOf(name) ?? HeadingLevelOf(current)) is { } heading)
            {
                (level, levelKnown) = (heading, true);
            }
        }

        return new DocxStyle(tableOfContents ? null : level, tableOfContents, numbering);
    }

    private static int? HeadingLevelOf(string name) =>
        HeadingName().Match(name) is { Success: true } match ? match.Groups["level"].Value[0] - '0' : null;

    /// <summary>"heading 2" (Word's built-in name), "Heading2", "Kop2" / "Kop 2" (Dutch), "Überschrift 2" (German).</summary>
    [GeneratedRegex(@"^(?:heading|kop|überschrift|titre)\s*(?<level>[1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingName();

    [GeneratedRegex(@"^(?:title|titel)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleName();

    /// <summary>"toc 1", "TOC Heading" (built-in names); "Inhopg1" is Dutch Word's id for "toc 1".</summary>
    [GeneratedRegex(@"^(?:toc\s*\d|toc\s*heading|tocheading|inhopg\d|kopvaninhoudsopgave)$", RegexOptions.IgnoreCase)]
    private static partial Regex TableOfContentsName();
}
