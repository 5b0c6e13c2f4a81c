using InkoopPortal.Application.Codebook.Mapping;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Topics;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Codebook;

/// <summary>
/// The codebook as the section mapper sees it for one document: the topics of the document's care types, each with the
/// text already filed under it (statements written by analysts, such as the memo's cells, and every passage an editor
/// confirmed), so each editor's decision teaches the next mapping.
/// </summary>
internal sealed class CodebookScope
{
    /// <summary>How many filed texts per topic feed the similarity: the newest, so a large database stays quick.</summary>
    private const int FiledTextsPerTopic = 60;

    private readonly Dictionary<string, Topic> _topicsBySlug;

    private CodebookScope(IReadOnlyList<Topic> topics, TopicScorer scorer)
    {
        Topics = topics;
        Scorer = scorer;
        _topicsBySlug = topics.ToDictionary(topic => topic.Slug, StringComparer.Ordinal);
    }

    public IReadOnlyList<Topic> Topics { get; }

    public TopicScorer Scorer { get; }

    public Topic? Find(string slug) => _topicsBySlug.GetValueOrDefault(slug);

    /// <summary>
    /// The scope of <paramref name="careTypes"/>: every live topic whose care types include one of them. The topics are
    /// the given instances when <paramref name="knownTopics"/> holds them (an import's catalog, tracked in its context).
    /// </summary>
    public static async Task<CodebookScope> LoadAsync(
        IPortalDbContext context, IReadOnlyCollection<CareType> careTypes, IEnumerable<Topic>? knownTopics, CancellationToken cancellationToken)
    {
        var careTypeIds = careTypes.Select(careType => careType.Id).ToHashSet();
        var topics = knownTopics?.ToList() ?? await context.Topics.Include(topic => topic.CareTypes).Include(topic => topic.Group)
            .AsSplitQuery().ToListAsync(cancellationToken);
        var inScope = topics
            .Where(topic => topic.DeletedAt is null && topic.CareTypes.Any(careType => careTypeIds.Contains(careType.Id)))
            .OrderBy(topic => topic.Group?.SortOrder ?? int.MaxValue).ThenBy(topic => topic.SortOrder).ThenBy(topic => topic.Id)
            .ToList();

        var filed = FiledTexts.Gather(await FiledAsync(context, inScope, cancellationToken), CoversOf(topics));
        var scorer = new TopicScorer(inScope.Select(topic => new CodebookTopic(
            topic.Slug, topic.Name, topic.Description, topic.GuidingQuestions, topic.KeyTerms, topic.Aliases,
            filed.GetValueOrDefault(topic.Slug) ?? [])).ToList());
        return new CodebookScope(inScope, scorer);
    }

    /// <summary>Which generic topics each topic stands for (huisartsenzorg's memo rows), by slug.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<string>> CoversOf(IEnumerable<Topic> topics) =>
        topics.Where(topic => topic.Covers.Count > 0)
            .ToDictionary(topic => topic.Slug, topic => (IReadOnlyList<string>)topic.Covers, StringComparer.Ordinal);

    /// <summary>
    /// The texts filed under the topics and under those that cover them: statements of published documents that an
    /// analyst or editor wrote (not the summaries the portal wrote from passages, which would only echo the mapper), and
    /// the passages editors confirmed.
    /// </summary>
    private static async Task<List<(string Slug, string Text)>> FiledAsync(
        IPortalDbContext context, IReadOnlyList<Topic> inScope, CancellationToken cancellationToken)
    {
        var slugs = inScope.Select(topic => topic.Slug).ToHashSet(StringComparer.Ordinal);
        var coveringIds = await context.Topics.AsNoTracking()
            .Where(topic => slugs.Contains(topic.Slug) || topic.Covers.Any(covered => slugs.Contains(covered)))
            .Select(topic => topic.Id)
            .ToListAsync(cancellationToken);
        if (coveringIds.Count == 0)
        {
            return [];
        }

        var statements = await context.Statements.AsNoTracking()
            .Where(statement => coveringIds.Contains(statement.TopicId) && statement.GeneratedSummary == null
                && statement.Status == StatementStatus.Content && statement.PolicyDocument!.Status == DocumentStatus.Published)
            .OrderByDescending(statement => statement.Id)
            .Select(statement => new { statement.Topic!.Slug, statement.BodyMarkdown })
            .Take(FiledTextsPerTopic * coveringIds.Count)
            .ToListAsync(cancellationToken);
        var passages = await context.TopicAssignments.AsNoTracking()
            .Where(assignment => assignment.TopicId != null && coveringIds.Contains(assignment.TopicId.Value) && assignment.ConfirmedBy != null)
            .OrderByDescending(assignment => assignment.Id)
            .Select(assignment => new { assignment.Topic!.Slug, assignment.Section!.BodyMarkdown, assignment.FirstParagraph, assignment.LastParagraph })
            .Take(FiledTextsPerTopic * coveringIds.Count)
            .ToListAsync(cancellationToken);

        return statements.Select(statement => (statement.Slug, statement.BodyMarkdown))
            .Concat(passages.Select(passage => (passage.Slug, PassageText.Of(passage.BodyMarkdown, passage.FirstParagraph, passage.LastParagraph))))
            .GroupBy(filed => filed.Item1)
            .SelectMany(topic => topic.Take(FiledTextsPerTopic))
            .ToList();
    }
}
