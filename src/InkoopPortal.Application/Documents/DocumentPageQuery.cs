using InkoopPortal.Application.Import.SourceFiles;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Purchasers;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Documents;

/// <summary>Reads one document page. Readers only see published documents: a draft is as unknown as a wrong id.</summary>
public sealed class DocumentPageQuery(IPortalDbContextFactory contextFactory)
{
    public Task<DocumentPage?> GetAsync(int id, CancellationToken cancellationToken = default) =>
        GetAsync(id, DocumentStatus.Published, cancellationToken);

    /// <summary>
    /// The published document with one part of its full text (<see cref="DocumentTextParts"/>): part
    /// <paramref name="part"/>, or the part that holds section <paramref name="sectionId"/> when that is given.
    /// </summary>
    public Task<DocumentPage?> GetAsync(int id, int part, int? sectionId, CancellationToken cancellationToken = default) =>
        GetAsync(id, DocumentStatus.Published, cancellationToken, part, sectionId);

    /// <summary>The document with this id and status; editors read drafts through this (see <c>PolicyYears.DraftQuery</c>).</summary>
    internal async Task<DocumentPage?> GetAsync(
        int id, DocumentStatus status, CancellationToken cancellationToken, int part = 1, int? sectionId = null)
    {
        await using var context = contextFactory.CreateDbContext();

        // One round trip per collection (split query) instead of one cartesian product of all of them.
        var document = await context.PolicyDocuments
            .AsNoTracking()
            .AsSplitQuery()
            .Where(candidate => candidate.Id == id && candidate.Status == status)
            .Select(candidate => new
            {
                candidate.Id,
                candidate.Title,
                Purchaser = new PurchaserLink(candidate.Purchaser!.Slug, candidate.Purchaser.Name, candidate.Purchaser.Kind),
                candidate.Kind,
                CareTypes = candidate.CareTypes.OrderBy(careType => careType.SortOrder)
                    .Select(careType => new { careType.Id, careType.Name }).ToList(),
                candidate.ValidFromYear,
                candidate.ValidToYear,
                candidate.Status,
                candidate.PublishedOn,
                candidate.Version,
                candidate.SourceUrl,
                candidate.ImportSourceId,
                Statements = candidate.Statements.OrderBy(statement => statement.SortOrder)
                    .Select(statement => new
                    {
                        statement.Id,
                        statement.TopicId,
                        statement.Status,
                        statement.BodyHtml,
                        CareTypeName = statement.CareType != null ? statement.CareType.Name : null,
                        statement.SourceDocumentId,
                        statement.SourceLocation,
                        statement.SourcePage,
                    })
                    .ToList(),
                Changes = candidate.Changes.OrderBy(change => change.SortOrder)
                    .Select(change => new
                    {
                        Entry = new ChangeEntry(
                            change.Subject, change.Topic != null ? change.Topic.Name : null, change.BodyHtml, change.SectionReference, change.SourceLocation),
                        change.SourceDocumentId,
                        change.SourcePage,
                    })
                    .ToList(),
                Conditions = candidate.Conditions.OrderBy(condition => condition.SortOrder)
                    .Select(condition => new
                    {
                        condition.Category,
                        condition.SourceDocumentId,
                        condition.SourcePage,
                        Entry = new ConditionEntry(
                            condition.Kind,
                            condition.Text,
                            condition.ProviderType,
                            condition.CareType != null ? condition.CareType.Name : null,
                            condition.ThresholdLogic,
                            condition.Thresholds.OrderBy(threshold => threshold.SortOrder)
                                .Select(threshold => new ThresholdEntry(threshold.Metric, threshold.Operator, threshold.Value, threshold.Unit, threshold.SourceText))
                                .ToList(),
                            condition.SourceLocation),
                    })
                    .ToList(),
                Deadlines = candidate.Deadlines.OrderBy(deadline => deadline.SortOrder)
                    .Select(deadline => new
                    {
                        Entry = new DeadlineEntry(
                            deadline.Kind, deadline.Description, deadline.Responsible, deadline.Date, deadline.EndDate, deadline.Time,
                            deadline.Precision, deadline.DateText, deadline.SourceLocation, deadline.SourceText),
                        deadline.SourcePage,
                    })
                    .ToList(),
                Figures = candidate.Figures.OrderBy(figure => figure.SortOrder)
                    .Select(figure => new FigureEntry(
                        figure.Name, figure.Category, figure.CareType != null ? figure.CareType.Name : null, figure.Year,
                        figure.Value, figure.Unit, figure.Basis, figure.SourceLocation))
                    .ToList(),
                // Lengths only: the bodies of one part are read below.
                Sections = candidate.Sections.OrderBy(section => section.SortOrder).ThenBy(section => section.Id)
                    .Select(section => new { section.Id, section.SourceDocumentId, section.BodyHtml.Length })
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (document is null)
        {
            return null;
        }

        var sourceIds = document.Statements.Select(statement => statement.SourceDocumentId)
            .Concat(document.Changes.Select(change => change.SourceDocumentId))
            .Concat(document.Conditions.Select(condition => condition.SourceDocumentId))
            .Concat(document.Sections.Select(section => section.SourceDocumentId).Distinct())
            .Append(document.ImportSourceId)
            .OfType<int>()
            .Distinct()
            .ToList();
        var sources = await context.SourceDocuments
            .AsNoTracking()
            .Where(source => sourceIds.Contains(source.Id))
            .OrderBy(source => source.Id)
            .Select(source => new SourceFile(source.Id, source.Title, source.FileName, source.Kind, source.Publisher, source.Origin, source.ImportedAt))
            .ToListAsync(cancellationToken);
        var sourceTitles = sources.ToDictionary(source => source.Id, source => source.Title);
        var sourceFiles = sources.ToDictionary(source => source.Id, source => source.FileName);
        SourcePageLink? PageLink(int? sourceId, int? page) =>
            SourcePageLink.For(sourceId, sourceId is { } id ? sourceFiles.GetValueOrDefault(id) : null, page);

        // The topics of the document's care types that some published document of those care types and years speaks
        // to (as the matrix shows them: not the whole codebook), plus any topic it has a statement on; a topic without
        // a statement is shown as not analysed rather than left out.
        var careTypeIds = document.CareTypes.Select(careType => careType.Id).ToList();
        var statementTopicIds = document.Statements.Select(statement => statement.TopicId).Distinct().ToList();
        var usedTopicIds = await context.Statements.AsNoTracking()
            .Where(statement => statement.PolicyDocument!.Status == DocumentStatus.Published
                && statement.PolicyDocument.ValidFromYear <= document.ValidToYear && statement.PolicyDocument.ValidToYear >= document.ValidFromYear
                && statement.PolicyDocument.CareTypes.Any(careType => careTypeIds.Contains(careType.Id)))
            .Select(statement => statement.TopicId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var topics = await context.Topics
            .AsNoTracking()
            .Where(topic => statementTopicIds.Contains(topic.Id)
                || (usedTopicIds.Contains(topic.Id) && topic.CareTypes.Any(careType => careTypeIds.Contains(careType.Id))))
            .OrderBy(topic => topic.Group == null ? int.MaxValue : topic.Group.SortOrder)
            .ThenBy(topic => topic.SortOrder)
            .ThenBy(topic => topic.Name)
            .Select(topic => new { topic.Id, topic.Slug, topic.Name, topic.IsPrecondition, GroupName = topic.Group != null ? topic.Group.Name : null })
            .ToListAsync(cancellationToken);

        var edits = await History.StatementEdits.LastAsync(context, document.Statements.Select(statement => statement.Id).ToList(), cancellationToken);
        var statementsByTopic = document.Statements.ToLookup(statement => statement.TopicId);
        // Grouped topics (a comparison matrix's rows) keep the matrix's order; a policy text's own topics follow the text.
        var textOrder = document.Statements.Select((statement, index) => (statement.TopicId, index))
            .GroupBy(item => item.TopicId)
            .ToDictionary(group => group.Key, group => group.Min(item => item.index));
        var topicGroups = topics
            .Select((topic, index) => (topic, index))
            .OrderBy(item => item.topic.GroupName is null ? textOrder.GetValueOrDefault(item.topic.Id, int.MaxValue) : -1)
            .ThenBy(item => item.index)
            .Select(item => item.topic)
            .GroupBy(topic => topic.GroupName)
            .Select(group => new TopicGroupEntry(
                group.Key,
                group.Select(topic => new TopicEntry(
                        topic.Slug,
                        topic.Name,
                        topic.IsPrecondition,
                        statementsByTopic[topic.Id]
                            .Select(statement => new StatementEntry(
                                statement.Status,
                                statement.BodyHtml,
                                statement.CareTypeName,
                                statement.SourceDocumentId is { } sourceId ? sourceTitles.GetValueOrDefault(sourceId) : null,
                                statement.SourceLocation,
                                edits.GetValueOrDefault(statement.Id))
                            {
                                Page = PageLink(statement.SourceDocumentId, statement.SourcePage),
                            })
                            .ToList()))
                    .ToList()))
            .ToList();

        // Conditions under the heading they stand under in the source, in the source's order.
        var conditionGroups = document.Conditions
            .GroupBy(condition => condition.Category)
            .Select(group => new ConditionGroup(group.Key, group
                .Select(condition => condition.Entry with { Page = PageLink(condition.SourceDocumentId, condition.SourcePage) })
                .ToList()))
            .ToList();

        // The calendar in date order; undated steps keep their place from the source at the end.
        var deadlines = document.Deadlines
            // Deadlines cite no source of their own: they were read from the file the document was imported from.
            .Select(deadline => deadline.Entry with { Page = PageLink(document.ImportSourceId, deadline.SourcePage) })
            .Select((deadline, index) => (deadline, index))
            .OrderBy(item => item.deadline.Date is null)
            .ThenBy(item => item.deadline.Date)
            .ThenBy(item => item.deadline.Time)
            .ThenBy(item => item.index)
            .Select(item => item.deadline)
            .ToList();

        var lengths = document.Sections.Select(section => section.Length).ToList();
        var oversizedIds = DocumentTextParts.Oversized(lengths).Select(index => document.Sections[index].Id).ToList();
        var oversized = await context.DocumentSections.AsNoTracking()
            .Where(section => oversizedIds.Contains(section.Id))
            .Select(section => new { section.Id, section.BodyHtml })
            .ToDictionaryAsync(section => document.Sections.FindIndex(candidate => candidate.Id == section.Id), section => section.BodyHtml, cancellationToken);
        var range = DocumentTextParts.Find(
            lengths, part, sectionId is { } wanted ? document.Sections.FindIndex(section => section.Id == wanted) : null, oversized);
        var partIds = range.Sections.Select(section => document.Sections[section.Index].Id).ToList();
        var wholeIds = range.Sections.Where(section => section.Body is null).Select(section => document.Sections[section.Index].Id).ToList();
        var partSections = await context.DocumentSections.AsNoTracking()
            .Where(section => partIds.Contains(section.Id))
            .Select(section => new { section.Id, section.Level, section.Number, section.Title, BodyHtml = wholeIds.Contains(section.Id) ? section.BodyHtml : "" })
            .ToDictionaryAsync(section => section.Id, cancellationToken);
        var pieces = range.Sections.Where(section => section.Body is not null)
            .ToDictionary(section => document.Sections[section.Index].Id, section => section.Body!);

        return new DocumentPage(
            document.Id,
            document.Title,
            document.Purchaser,
            document.Kind,
            document.CareTypes.Select(careType => careType.Name).ToList(),
            document.ValidFromYear,
            document.ValidToYear,
            document.Status,
            document.PublishedOn,
            document.Version,
            document.SourceUrl,
            sources,
            topicGroups,
            document.Changes.Select(change => change.Entry with { Page = PageLink(change.SourceDocumentId, change.SourcePage) }).ToList(),
            conditionGroups,
            deadlines,
            document.Figures,
            SectionTree.Build(partIds.Select(partId => partSections[partId])
                .Select(section => (section.Id, section.Level, section.Number, section.Title, pieces.GetValueOrDefault(section.Id, section.BodyHtml)))))
        {
            TextPart = range.Part,
            TextParts = range.Parts,
        };
    }
}
