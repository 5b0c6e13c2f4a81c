using InkoopPortal.Application.Import.PolicyText;

namespace InkoopPortal.Application.Codebook.Mapping;

public static class SectionTexts
{
    /// <summary>
    /// The parser's sections as the mapper reads them: each with the titles of the sections it lies in (every earlier
    /// section of a lower level, nearest last), outermost first.
    /// </summary>
    public static IReadOnlyList<SectionText> From(ParsedPolicyText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return From(text.Sections, text.Title);
    }

    /// <param name="sections">The parser's sections in document order.</param>
    /// <param name="documentTitle">The document's title: a heading above everything, so never a parent (it names the care type, not a subject).</param>
    public static IReadOnlyList<SectionText> From(IReadOnlyList<ParsedSection> sections, string? documentTitle = null)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var open = new List<ParsedSection>();
        var texts = new List<SectionText>(sections.Count);
        foreach (var section in sections)
        {
            open.RemoveAll(parent => parent.Level >= section.Level);
            texts.Add(new SectionText(section.Number, section.Title, section.Level, section.Markdown, open.Select(parent => parent.Title).Where(title => title != documentTitle).ToList()));
            open.Add(section);
        }

        return texts;
    }
}
