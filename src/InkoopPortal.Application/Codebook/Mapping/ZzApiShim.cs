// TEMPORARY: the API the scorer helper (feat/scorer) delivers; removed when that branch is merged.
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Codebook.Mapping;

public sealed record CodebookTopic(string Slug, string Name, string? Description, IReadOnlyList<string> GuidingQuestions,
    IReadOnlyList<string> KeyTerms, IReadOnlyList<string> Aliases, IReadOnlyList<string> FiledTexts);

public sealed record SectionText(string? Number, string Title, int Level, string Markdown, IReadOnlyList<string> ParentTitles);

public static class Passages
{
    public static IReadOnlyList<string> Paragraphs(string markdown) =>
        markdown.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public sealed record TopicScore(string Slug, double Score, IReadOnlyList<string> Reasons);

public sealed record MatterVerdict(SectionRole Role, string Reason);

public static class FrontMatterRecognizer
{
    public static MatterVerdict? Recognize(SectionText section, int index, int count) =>
        section.Title.Contains("inleiding", StringComparison.OrdinalIgnoreCase) ? new MatterVerdict(SectionRole.FrontMatter, "kop: inleiding")
        : section.Title.Contains("contact", StringComparison.OrdinalIgnoreCase) ? new MatterVerdict(SectionRole.BackMatter, "kop: contact") : null;
}

public sealed class TopicScorer(IReadOnlyList<CodebookTopic> topics)
{
    public const double Threshold = 30;

    public IReadOnlyList<TopicScore> Score(SectionText section) =>
        topics.Select(topic => new TopicScore(topic.Slug,
                section.Title.Contains(topic.Name, StringComparison.OrdinalIgnoreCase) ? 80
                : topic.KeyTerms.Any(term => section.Markdown.Contains(term, StringComparison.OrdinalIgnoreCase)) ? 40 : 5,
                [$"kop: {topic.Name}"]))
            .OrderByDescending(score => score.Score).ThenBy(score => score.Slug, StringComparer.Ordinal).ToList();
}

public sealed record PassageMapping(int? FirstParagraph, int? LastParagraph, IReadOnlyList<TopicScore> Suggestions, IReadOnlyList<string> Assigned);

public sealed record SectionMapping(MatterVerdict? Matter, IReadOnlyList<PassageMapping> Passages);

public static class SectionMapper
{
    public static IReadOnlyList<SectionMapping> Map(IReadOnlyList<SectionText> sections, TopicScorer scorer) =>
        sections.Select((section, index) =>
        {
            var matter = FrontMatterRecognizer.Recognize(section, index, sections.Count);
            if (matter is not null || string.IsNullOrWhiteSpace(section.Markdown))
            {
                return new SectionMapping(matter, []);
            }

            var scores = scorer.Score(section);
            var assigned = scores.Take(1).Where(score => score.Score >= TopicScorer.Threshold).Select(score => score.Slug).ToList();
            return new SectionMapping(null, [new PassageMapping(null, null, scores, assigned)]);
        }).ToList();
}

public static class FiledTexts
{
    /// <summary>Texts filed per slug, with each care-type-specific topic's text also filed under the generic topics it covers.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Gather(
        IEnumerable<(string Slug, string Text)> filed, IReadOnlyDictionary<string, IReadOnlyList<string>> covers)
    {
        var result = new Dictionary<string, List<string>>();
        foreach (var (slug, text) in filed)
        {
            foreach (var target in new[] { slug }.Concat(covers.TryGetValue(slug, out var covered) ? covered : []))
            {
                (result.TryGetValue(target, out var list) ? list : result[target] = []).Add(text);
            }
        }

        return result.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value);
    }
}
