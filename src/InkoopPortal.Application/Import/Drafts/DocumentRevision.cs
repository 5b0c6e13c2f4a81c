using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Import.Drafts;

/// <summary>
/// Writes a comparison table's statements into a purchaser's published document for the year: a statement on a topic
/// (and care type) the document already has gets the new content and source, keeping its id and history; a statement
/// on another topic is added. Used when an import publishes at once and when an editor publishes an import's draft.
/// </summary>
internal static class DocumentRevision
{
    /// <summary>Applies <paramref name="incoming"/> (statements not tracked by any context) to <paramref name="target"/>, whose statements are loaded.</summary>
    public static int Apply(PolicyDocument target, IEnumerable<Statement> incoming)
    {
        var written = 0;
        foreach (var statement in incoming)
        {
            var existing = target.Statements.FirstOrDefault(candidate => SameCell(candidate, statement));
            if (existing is null)
            {
                target.Statements.Add(statement);
            }
            else
            {
                existing.Status = statement.Status;
                existing.BodyMarkdown = statement.BodyMarkdown;
                existing.BodyHtml = statement.BodyHtml;
                if (statement.SourceDocument is { } source)
                {
                    existing.SourceDocument = source;
                }
                else
                {
                    existing.SourceDocumentId = statement.SourceDocumentId;
                }

                existing.CopyCitation(statement);
                existing.SourceWording = statement.SourceWording;
            }

            written++;
        }

        return written;
    }

    // New topics and statements have no ids yet: they are compared by reference, saved ones by id.
    private static bool SameCell(Statement left, Statement right) =>
        (left.Topic is not null && ReferenceEquals(left.Topic, right.Topic) || (left.TopicId != 0 && left.TopicId == (right.Topic?.Id ?? right.TopicId)))
        && (left.CareType?.Id ?? left.CareTypeId) == (right.CareType?.Id ?? right.CareTypeId);
}
