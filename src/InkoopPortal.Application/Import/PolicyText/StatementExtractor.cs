using System.Text.RegularExpressions;

namespace InkoopPortal.Application.Import.PolicyText;

/// <summary>
/// One statement per theme of a policy document, for the matrix. Themes are the level-2 sections (with their
/// sub-sections): "3.3 Passende zorg", "Samenwerking in de zorgketen". A level-1 chapter gives a statement of its
/// own text up to its first level-2 section (all of it when it has none). Sections at level 3 or deeper whose
/// chapter is not at level 1 or 2 stand on their own. Left out: the title, the text and headings before it, the table of
/// contents, contact details, disclaimer, and the sections the change list, the conditions and the planning were
/// read from, each with its sub-sections.
/// </summary>
internal static partial class StatementExtractor
{
    private const int ThemeLevel = 2;

    public static IReadOnlyList<ParsedStatement> Extract(TextDocument document, IReadOnlySet<int> consumed)
    {
        var sections = document.Sections;
        var skipped = Skipped(sections, consumed);
        var statements = new List<ParsedStatement>();
        for (var index = 0; index < sections.Count; index++)
        {
            var section = sections[index];
            if (skipped.Contains(index) || index <= document.TitleIndex || section.IsIntro || !IsRoot(sections, index))
            {
                continue;
            }

            var subsections = SectionOutline.Descendants(sections, index)
                .TakeWhile(child => section.Level >= ThemeLevel || sections[child].Level > ThemeLevel)
                .Where(child => !skipped.Contains(child))
                .Select(child => sections[child]);
            var markdown = MarkdownWriter.WithSubsections(section, subsections);
            if (markdown.Length > 0)
            {
                var location = section.Number is null ? section.Title : $"Hoofdstuk {section.Number} {section.Title}";
                statements.Add(new ParsedStatement(section.Title, null, markdown, location, section.Line));
            }
        }

        return statements;
    }

    private static bool IsRoot(IReadOnlyList<SectionNode> sections, int index)
    {
        if (sections[index].Level <= ThemeLevel)
        {
            return true;
        }

        for (var previous = index - 1; previous >= 0; previous--)
        {
            if (sections[previous].Level < sections[index].Level)
            {
                return false;
            }
        }

        return true;
    }

    private static HashSet<int> Skipped(IReadOnlyList<SectionNode> sections, IReadOnlySet<int> consumed)
    {
        var skipped = new HashSet<int>();
        for (var index = 0; index < sections.Count; index++)
        {
            if (consumed.Contains(index) || sections[index].IsTableOfContents || NotATheme().IsMatch(sections[index].Title))
            {
                skipped.Add(index);
                skipped.UnionWith(SectionOutline.Descendants(sections, index));
            }
        }

        return skipped;
    }

    [GeneratedRegex(@"contact|heeft u (nog )?vragen|^vragen\??$|disclaimer|colofon", RegexOptions.IgnoreCase)]
    private static partial Regex NotATheme();
}
