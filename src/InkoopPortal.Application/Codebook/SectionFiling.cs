using InkoopPortal.Application.Codebook.Mapping;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Topics;

namespace InkoopPortal.Application.Codebook;

/// <summary>A passage the mapper left unassigned (no topic reached the threshold), for the import's summary.</summary>
public sealed record UnassignedPassage(string SectionLabel, int? FirstParagraph, string? BestTopicName, double? BestScore)
{
    /// <summary>"3.2 Samen verder (beste: Kwaliteit, 24 van 100)".</summary>
    public string Describe() =>
        (FirstParagraph is { } first ? $"{SectionLabel}, vanaf alinea {first + 1}" : SectionLabel)
        + (BestTopicName is null ? "" : $" (beste: {BestTopicName}, {BestScore:0} van 100)");
}

/// <summary>
/// Files the sections of a policy text under the topics of its care types' codebook: front and back matter is marked
/// and never filed; every other passage gets an automatic assignment for each topic the mapper assigns (at or above
/// its threshold). Passages that an editor already decided on are left as they are, so mapping again keeps every
/// decision. Never creates a topic.
/// </summary>
internal static class SectionFiling
{
    private const int ReasonsLength = 800;

    /// <param name="sections">The document's sections in order (new ones, or loaded with their assignments on the document).</param>
    /// <returns>The passages the mapper left unassigned.</returns>
    public static IReadOnlyList<UnassignedPassage> File(PolicyDocument document, IReadOnlyList<DocumentSection> sections, CodebookScope scope)
    {
        var decided = document.Assignments
            .Where(assignment => assignment.DeletedAt is null && !assignment.IsAutomatic)
            .Select(assignment => assignment.Section ?? sections.FirstOrDefault(section => section.Id == assignment.DocumentSectionId))
            .ToHashSet();
        foreach (var automatic in document.Assignments.Where(assignment => assignment.DeletedAt is null && assignment.IsAutomatic && !decided.Contains(SectionOf(assignment, sections))).ToList())
        {
            document.Assignments.Remove(automatic);
        }

        var texts = SectionTexts(sections);
        var mappings = SectionMapper.Map(texts, scope.Scorer);
        var unassigned = new List<UnassignedPassage>();
        for (var index = 0; index < sections.Count; index++)
        {
            var section = sections[index];
            if (decided.Contains(section))
            {
                continue;
            }

            var mapping = mappings[index];
            section.Role = mapping.Matter?.Role ?? SectionRole.Body;
            section.RoleReason = mapping.Matter?.Reason;
            foreach (var passage in mapping.Passages)
            {
                var assigned = passage.Assigned.Select(slug => (Slug: slug, Topic: scope.Find(slug))).Where(pair => pair.Topic is not null).ToList();
                foreach (var (slug, topic) in assigned)
                {
                    Add(document, section, (passage.FirstParagraph, passage.LastParagraph), topic, passage.Suggestions.First(suggestion => suggestion.Slug == slug));
                }

                if (assigned.Count == 0)
                {
                    var best = passage.Suggestions.FirstOrDefault();
                    unassigned.Add(new UnassignedPassage(Label(section), passage.FirstParagraph,
                        best is null ? null : scope.Find(best.Slug)?.Name, best?.Score));
                }
            }
        }

        return unassigned;
    }

    /// <summary>The sections as the mapper reads them: own body, with the titles of the sections they stand in.</summary>
    public static IReadOnlyList<SectionText> SectionTexts(IReadOnlyList<DocumentSection> sections)
    {
        var texts = new List<SectionText>(sections.Count);
        var parents = new List<DocumentSection>();
        foreach (var section in sections)
        {
            while (parents.Count > 0 && parents[^1].Level >= section.Level)
            {
                parents.RemoveAt(parents.Count - 1);
            }

            texts.Add(new SectionText(section.Number, section.Title, section.Level, section.BodyMarkdown, parents.Select(parent => parent.Title).ToList()));
            parents.Add(section);
        }

        return texts;
    }

    /// <summary>"3.2 Passende zorg", or the title alone.</summary>
    public static string Label(DocumentSection section) => section.Number is null ? section.Title : $"{section.Number} {section.Title}";

    private static DocumentSection? SectionOf(TopicAssignment assignment, IReadOnlyList<DocumentSection> sections) =>
        assignment.Section ?? sections.FirstOrDefault(section => section.Id == assignment.DocumentSectionId);

    /// <summary>A new assignment of a passage (whole section: both ends null) to a topic (null: nowhere), with the mapper's score when it proposed it.</summary>
    public static TopicAssignment Add(PolicyDocument document, DocumentSection section, (int? First, int? Last) range, Topic? topic, TopicScore? score)
    {
        var reasons = score is null ? null : string.Join("; ", score.Reasons);
        var assignment = new TopicAssignment
        {
            PolicyDocument = document,
            Section = section,
            FirstParagraph = range.First,
            LastParagraph = range.Last,
            Topic = topic,
            Score = score is null ? null : Math.Round(score.Score, 1),
            Reasons = reasons is { Length: > ReasonsLength } ? reasons[..(ReasonsLength - 1)] + "…" : reasons,
        };
        document.Assignments.Add(assignment);
        return assignment;
    }
}
