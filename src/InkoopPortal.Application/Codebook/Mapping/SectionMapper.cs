namespace InkoopPortal.Application.Codebook.Mapping;

/// <summary>
/// Maps a policy text's sections onto a codebook: front and back matter is set apart (no passages), an empty body
/// has no passages, a section whose paragraphs score strongly for different topics is split into passages of
/// consecutive paragraphs, and any other section is one whole-section passage.
/// </summary>
public static class SectionMapper
{
    /// <summary>A paragraph "scores strongly" for its best topic at this score, read without the section's heading.</summary>
    public const double StrongParagraph = 45;

    /// <summary>Paragraphs shorter than this many words never start a passage of their own; they join their neighbours.</summary>
    private const int ShortParagraphWords = 12;

    public static IReadOnlyList<SectionMapping> Map(IReadOnlyList<SectionText> sections, TopicScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(scorer);
        return sections.Select((section, index) => MapSection(section, index, sections.Count, scorer)).ToList();
    }

    private static SectionMapping MapSection(SectionText section, int index, int count, TopicScorer scorer)
    {
        var matter = FrontMatterRecognizer.Recognize(section, index, count);
        var paragraphs = Passages.Paragraphs(section.Markdown);
        if (matter is not null || paragraphs.Count == 0)
        {
            return new SectionMapping(matter, []);
        }

        var whole = scorer.Score(section);
        var split = Split(section, paragraphs, whole, scorer);
        return new SectionMapping(null, split ?? [new PassageMapping(null, null, whole, TopicScorer.Assign(whole))]);
    }

    /// <summary>
    /// The paragraph passages of a section that mixes subjects, or null: at least two paragraphs whose best topics
    /// differ must score strongly on their own, and the heading must not name a topic (a heading that names one says
    /// what the section is about, whatever its paragraphs touch).
    /// </summary>
    private static List<PassageMapping>? Split(SectionText section, IReadOnlyList<string> paragraphs, IReadOnlyList<TopicScore> whole, TopicScorer scorer)
    {
        if (paragraphs.Count < 2 || whole.Any(score => score.Reasons.Any(reason => reason.StartsWith("kop:", StringComparison.Ordinal))))
        {
            return null;
        }

        var bodyOnly = section with { Title = string.Empty, ParentTitles = [] };
        var best = paragraphs.Select(paragraph =>
        {
            var ranked = scorer.Score(bodyOnly, paragraph);
            var strong = ranked.Count > 0 && ranked[0].Score >= StrongParagraph && StemmedWords.Of(paragraph).Count >= ShortParagraphWords;
            return strong ? ranked[0].Slug : null;
        }).ToList();

        if (best.OfType<string>().Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return null;
        }

        // Weak paragraphs join the passage before them (the first ones the passage after them).
        var firstStrong = best.FindIndex(slug => slug is not null);
        for (var paragraph = 0; paragraph < best.Count; paragraph++)
        {
            best[paragraph] ??= paragraph < firstStrong ? best[firstStrong] : best[paragraph - 1];
        }

        var passages = new List<PassageMapping>();
        var start = 0;
        for (var paragraph = 1; paragraph <= best.Count; paragraph++)
        {
            if (paragraph < best.Count && best[paragraph] == best[start])
            {
                continue;
            }

            var text = string.Join("\n\n", paragraphs.Skip(start).Take(paragraph - start));
            var ranked = scorer.Score(section, text);
            passages.Add(new PassageMapping(start, paragraph - 1, ranked, TopicScorer.Assign(ranked)));
            start = paragraph;
        }

        return passages.Count > 1 ? passages : null;
    }
}
