using InkoopPortal.Application.Codebook.Mapping;

namespace InkoopPortal.Application.Codebook;

/// <summary>The Markdown of a passage: a section's whole body, or its paragraphs First..Last (<see cref="Passages.Paragraphs"/>).</summary>
public static class PassageText
{
    public static string Of(string sectionMarkdown, int? firstParagraph, int? lastParagraph)
    {
        if (firstParagraph is null)
        {
            return sectionMarkdown;
        }

        var paragraphs = Passages.Paragraphs(sectionMarkdown);
        var first = Math.Clamp(firstParagraph.Value, 0, Math.Max(0, paragraphs.Count - 1));
        var last = Math.Clamp(lastParagraph ?? first, first, Math.Max(0, paragraphs.Count - 1));
        return string.Join("\n\n", paragraphs.Skip(first).Take(last - first + 1));
    }
}
