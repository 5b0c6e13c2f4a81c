using InkoopPortal.Application.Content;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Sources;
using InkoopPortal.Domain.Topics;

namespace InkoopPortal.Application.Codebook;

/// <summary>
/// The matrix statements of a policy text, built from its topic assignments: one statement per topic with a short
/// summary of the passages filed under it (their first sentences), citing where they stand. A summary an editor
/// changed is kept (<see cref="Statement.GeneratedSummary"/> no longer equals the body); a statement whose topic lost
/// all its passages is deleted (soft, so it stays in the history).
/// </summary>
internal static class PassageStatements
{
    public static void Rebuild(PolicyDocument document, IReadOnlyList<DocumentSection> sections, SourceDocument? source)
    {
        var order = sections.Select((section, index) => (section, index)).ToDictionary(pair => pair.section, pair => pair.index);
        DocumentSection SectionOf(TopicAssignment assignment) =>
            assignment.Section ?? sections.First(section => section.Id == assignment.DocumentSectionId);

        var byTopic = document.Assignments
            .Where(assignment => assignment.DeletedAt is null && assignment.Topic is not null)
            .GroupBy(assignment => assignment.Topic!)
            .ToDictionary(group => group.Key, group => group
                .OrderBy(assignment => order.GetValueOrDefault(SectionOf(assignment), int.MaxValue))
                .ThenBy(assignment => assignment.FirstParagraph ?? -1)
                .ToList());

        foreach (var statement in document.Statements.Where(statement => statement.DeletedAt is null && statement.GeneratedSummary is not null).ToList())
        {
            if (statement.Topic is { } topic && !byTopic.ContainsKey(topic))
            {
                document.Statements.Remove(statement);
            }
        }

        foreach (var (topic, assignments) in byTopic)
        {
            var passages = assignments.Select(assignment => (Section: SectionOf(assignment), assignment.FirstParagraph, assignment.LastParagraph)).ToList();
            var summary = PassageSummary.Write(passages.Select(passage => PassageText.Of(passage.Section.BodyMarkdown, passage.FirstParagraph, passage.LastParagraph)).ToList());
            var location = string.Join("; ", passages.Select(passage => SectionFiling.Label(passage.Section)).Distinct());

            // Paragraph lines are not kept, so the page is that of the first passage's section heading (ADR-032).
            var page = passages[0].Section.SourcePage;
            var statement = document.Statements.FirstOrDefault(candidate =>
                candidate.DeletedAt is null && candidate.CareType is null && candidate.CareTypeId is null && SameTopic(candidate, topic));
            if (statement is null)
            {
                statement = new Statement
                {
                    Topic = topic,
                    Status = StatementStatus.Content,
                    SourceDocument = source,
                    SortOrder = topic.SortOrder,
                };
                document.Statements.Add(statement);
            }
            else if (statement.GeneratedSummary is not null && statement.BodyMarkdown != statement.GeneratedSummary)
            {
                // An editor wrote this summary: keep it, only the citation follows the passages.
                statement.SourceLocation = location;
                statement.SourcePage = page;
                continue;
            }

            statement.SourceLocation = location;
            statement.SourcePage = page;
            statement.GeneratedSummary = summary;
            RichTextRenderer.SetBody(statement, summary);
        }
    }

    private static bool SameTopic(Statement statement, Topic topic) =>
        ReferenceEquals(statement.Topic, topic) || (topic.Id != 0 && statement.TopicId == topic.Id);
}
