using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.ReferenceData;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.History;
using InkoopPortal.Domain.Topics;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Codebook;

/// <summary>What applying the codebook to a database did, in figures and Dutch lines.</summary>
public sealed record CodebookUpgradeReport(
    int TopicsAdded, int TopicsCompleted, int DocumentsFiled, int StatementsMoved, int StatementsReplaced, int TopicsRetired, IReadOnlyList<string> Notes);

/// <summary>
/// Brings a database from before the codebook onto it (the <c>codebook</c> command; idempotent): adds the codebook's
/// missing groups and topics and completes existing ones (only empty fields: an administrator's changes stay), files
/// every policy text that has no filing yet, and retires the topics earlier imports made from headings. A statement on
/// such a heading-topic that an editor changed is moved, with its history, to the codebook topic its text fits best;
/// one nobody changed is replaced by the statements filed from the same sections. Topics that comparison tables brought
/// (analysts' rows) are left alone.
/// </summary>
public sealed class CodebookUpgrade(IPortalDbContextFactory contextFactory, PortalDataOptions dataOptions)
{
    public async Task<CodebookUpgradeReport> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        var notes = new List<string>();
        var codebook = ReferenceDataFiles.Read<CodebookFile>(Path.Combine(dataOptions.ReferenceDirectory, "codebook.json"));
        var (added, completed) = await SyncTopicsAsync(context, codebook, cancellationToken);
        await context.SaveChangesAsync(cancellationToken);

        var codebookSlugs = codebook.Topics.Select(topic => topic.Slug).ToHashSet(StringComparer.Ordinal);
        var topics = await context.Topics.Include(topic => topic.CareTypes).Include(topic => topic.Group).AsSplitQuery().ToListAsync(cancellationToken);
        var codebookTopics = topics.Where(topic => codebookSlugs.Contains(topic.Slug)).ToList();
        var documentIds = await context.PolicyDocuments
            .Where(document => document.Kind != PolicyDocumentKind.Presentation && document.Sections.Any() && !document.Assignments.Any())
            .OrderBy(document => document.Id)
            .Select(document => document.Id)
            .ToListAsync(cancellationToken);

        int moved = 0, replaced = 0;
        var headingTopicIds = new HashSet<int>();
        foreach (var documentId in documentIds)
        {
            var document = await context.PolicyDocuments
                .Include(candidate => candidate.CareTypes)
                .Include(candidate => candidate.ImportSource)
                .Include(candidate => candidate.Sections)
                .Include(candidate => candidate.Assignments)
                .Include(candidate => candidate.Statements).ThenInclude(statement => statement.Topic)
                .AsSplitQuery()
                .SingleAsync(candidate => candidate.Id == documentId, cancellationToken);
            // Only the codebook's topics: the heading-topics being retired are no place to file anything.
            var scope = await CodebookScope.LoadAsync(context, document.CareTypes, codebookTopics, cancellationToken);
            var sections = document.Sections.OrderBy(section => section.SortOrder).ThenBy(section => section.Id).ToList();
            var headingStatements = document.Statements
                .Where(statement => statement.Topic is { } topic && !codebookSlugs.Contains(topic.Slug))
                .ToList();
            var edited = await EditedByEditorsAsync(context, headingStatements, cancellationToken);
            headingTopicIds.UnionWith(headingStatements.Select(statement => statement.TopicId));

            SectionFiling.File(document, sections, scope);
            PassageStatements.Rebuild(document, sections, document.ImportSource);
            foreach (var statement in headingStatements)
            {
                if (!edited.Contains(statement.Id))
                {
                    document.Statements.Remove(statement);
                    replaced++;
                    continue;
                }

                var text = new Mapping.SectionText(null, statement.Topic!.Name, 2, statement.BodyMarkdown, []);
                if (scope.Scorer.Score(text).FirstOrDefault() is not { } best || scope.Find(best.Slug) is not { } target)
                {
                    notes.Add($"'{statement.Topic.Name}' in document {document.Id} is door een redacteur bewerkt en past bij geen onderwerp; het blijft staan.");
                    continue;
                }

                // The editor's text wins over the summary filed from the same sections; its history goes with it.
                foreach (var generated in document.Statements.Where(candidate => candidate != statement && candidate.GeneratedSummary is not null && candidate.Topic == target).ToList())
                {
                    document.Statements.Remove(generated);
                }

                notes.Add($"'{statement.Topic.Name}' in document {document.Id} (door een redacteur bewerkt) is verplaatst naar {target.Name}.");
                statement.Topic = target;
                statement.SortOrder = target.SortOrder;
                moved++;
            }

            await context.SaveChangesAsync(cancellationToken);
        }

        var retired = await RetireHeadingTopicsAsync(context, headingTopicIds, cancellationToken);
        await context.SaveChangesAsync(cancellationToken);
        return new CodebookUpgradeReport(added, completed, documentIds.Count, moved, replaced, retired, notes);
    }

    private static async Task<(int Added, int Completed)> SyncTopicsAsync(IPortalDbContext context, CodebookFile codebook, CancellationToken cancellationToken)
    {
        var careTypes = await context.CareTypes.ToDictionaryAsync(careType => careType.Slug, cancellationToken);
        var groups = await context.TopicGroups.ToDictionaryAsync(group => group.Slug, cancellationToken);
        foreach (var (entry, index) in codebook.Groups.Select((entry, index) => (entry, index)))
        {
            if (!groups.ContainsKey(entry.Slug))
            {
                groups[entry.Slug] = context.TopicGroups.Add(new TopicGroup { Slug = entry.Slug, Name = entry.Name, SortOrder = index + 1 }).Entity;
            }
        }

        var topics = await context.Topics.Include(topic => topic.CareTypes).AsSplitQuery().ToDictionaryAsync(topic => topic.Slug, cancellationToken);
        int added = 0, completed = 0;
        foreach (var (entry, index) in codebook.Topics.Select((entry, index) => (entry, index)))
        {
            if (!topics.TryGetValue(entry.Slug, out var topic))
            {
                context.Topics.Add(entry.ToTopic(groups, careTypes, index + 1));
                added++;
                continue;
            }

            var changed = false;
            if (topic.Description is null && !string.IsNullOrWhiteSpace(entry.Description))
            {
                topic.Description = entry.Description;
                changed = true;
            }

            changed |= Fill(topic.KeyTerms, entry.KeyTerms, list => topic.KeyTerms = list);
            changed |= Fill(topic.Covers, entry.Covers, list => topic.Covers = list);
            changed |= Fill(topic.GuidingQuestions, entry.GuidingQuestions, list => topic.GuidingQuestions = list);
            foreach (var careType in entry.CareTypes.Where(careTypes.ContainsKey).Select(slug => careTypes[slug]).Where(careType => !topic.CareTypes.Contains(careType)))
            {
                topic.CareTypes.Add(careType);
                changed = true;
            }

            completed += changed ? 1 : 0;
        }

        return (added, completed);
    }

    /// <summary>An empty list gets the codebook's; a list an administrator filled stays as it is.</summary>
    private static bool Fill(List<string> current, List<string>? fromCodebook, Action<List<string>> set)
    {
        if (current.Count > 0 || fromCodebook is not { Count: > 0 })
        {
            return false;
        }

        set([.. fromCodebook]);
        return true;
    }

    /// <summary>The statements among <paramref name="statements"/> whose history has a change by a signed-in user (not the import).</summary>
    private static async Task<HashSet<int>> EditedByEditorsAsync(IPortalDbContext context, IReadOnlyList<Statement> statements, CancellationToken cancellationToken)
    {
        var keys = statements.Select(statement => statement.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (keys.Count == 0)
        {
            return [];
        }

        var edited = await context.AuditEntries
            .Where(entry => entry.EntityType == nameof(Statement) && keys.Contains(entry.EntityKey) && entry.UserId != null && entry.Action == AuditAction.Updated)
            .Select(entry => entry.EntityKey)
            .Distinct()
            .ToListAsync(cancellationToken);
        return edited.Select(key => int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
    }

    /// <summary>
    /// The heading-topics whose statements this run replaced or moved, now without any statement, change entry or filed
    /// passage: deleted (soft, restorable). A topic an administrator made, or one a comparison table brought, is never
    /// among them.
    /// </summary>
    private static async Task<int> RetireHeadingTopicsAsync(IPortalDbContext context, IReadOnlySet<int> headingTopicIds, CancellationToken cancellationToken)
    {
        var retired = 0;
        foreach (var topic in await context.Topics.Where(topic => headingTopicIds.Contains(topic.Id)).ToListAsync(cancellationToken))
        {
            var inUse = await context.Statements.AnyAsync(statement => statement.TopicId == topic.Id, cancellationToken)
                || await context.PolicyChanges.AnyAsync(change => change.TopicId == topic.Id, cancellationToken)
                || await context.TopicAssignments.AnyAsync(assignment => assignment.TopicId == topic.Id, cancellationToken);
            if (!inUse)
            {
                context.Topics.Remove(topic);
                retired++;
            }
        }

        return retired;
    }
}
