using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Content;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.PolicyYears;

public enum TopicDiffKind
{
    Unchanged,

    /// <summary>Both years speak to the topic, with a different status or text.</summary>
    Changed,

    /// <summary>Only the new year speaks to the topic.</summary>
    Added,

    /// <summary>Only last year spoke to the topic.</summary>
    Removed,
}

public static class TopicDiffKinds
{
    /// <summary>"gewijzigd", "nieuw", "vervallen" or "ongewijzigd".</summary>
    public static string Dutch(TopicDiffKind kind) => kind switch
    {
        TopicDiffKind.Changed => "gewijzigd",
        TopicDiffKind.Added => "nieuw",
        TopicDiffKind.Removed => "vervallen",
        _ => "ongewijzigd",
    };
}

/// <summary>A document on either side of the comparison.</summary>
public sealed record DiffDocument(int Id, string Title, int ValidFromYear, int ValidToYear, DocumentStatus Status);

/// <summary>What one year's statement on a topic says.</summary>
public sealed record YearStatement(StatementStatus Status, string Markdown, string Html)
{
    /// <summary>"Beleid", "Geen bijzonderheden", "Geen beleid gepubliceerd" or "Nog niet geanalyseerd".</summary>
    public string StatusText => CellStates.Dutch(CellStates.From(Status));
}

/// <summary>
/// One topic side by side: last year's statement, the new year's, and (for a changed topic) their formatted word diff.
/// A statement narrowed to one care type is its own row (<see cref="CareTypeName"/>).
/// </summary>
public sealed record TopicDiff(
    int TopicId,
    string TopicSlug,
    string TopicName,
    string? CareTypeName,
    TopicDiffKind Kind,
    YearStatement? Before,
    YearStatement? After,
    RichTextDiff Words,
    bool HasChangeEntry)
{
    public bool StatusChanged => Before is not null && After is not null && Before.Status != After.Status;
}

/// <summary>Last year's document against the new year's draft (or the published successor), topic by topic.</summary>
public sealed record PolicyYearDiff(DiffDocument Previous, DiffDocument Current, IReadOnlyList<TopicDiff> Topics)
{
    public IReadOnlyList<TopicDiff> Changed => Topics.Where(topic => topic.Kind == TopicDiffKind.Changed).ToList();

    public IReadOnlyList<TopicDiff> Added => Topics.Where(topic => topic.Kind == TopicDiffKind.Added).ToList();

    public IReadOnlyList<TopicDiff> Removed => Topics.Where(topic => topic.Kind == TopicDiffKind.Removed).ToList();

    /// <summary>Every topic that is not the same in both years.</summary>
    public IReadOnlyList<TopicDiff> Differences => Topics.Where(topic => topic.Kind != TopicDiffKind.Unchanged).ToList();
}

/// <summary>A statement as the comparison needs it, with its topic's place in the matrix (group, then topic) for the order.</summary>
public sealed record ComparedStatement(
    int TopicId,
    string TopicSlug,
    string TopicName,
    int GroupOrder,
    int TopicOrder,
    int? CareTypeId,
    string? CareTypeName,
    StatementStatus Status,
    string Markdown,
    string Html);

/// <summary>
/// Compares two sets of statements per topic (and care type): two documents (a draft and its predecessor, or any two
/// published documents), or what the matrix shows for one purchaser and care type in two years. Pure.
/// </summary>
public static class PolicyYearComparison
{
    /// <param name="topicsWithChangeEntry">Topics the new document already has a change entry for.</param>
    public static IReadOnlyList<TopicDiff> Compare(
        IReadOnlyList<ComparedStatement> before, IReadOnlyList<ComparedStatement> after, IReadOnlySet<int> topicsWithChangeEntry)
    {
        var previous = ByTopic(before);
        var current = ByTopic(after);
        return previous.Keys.Union(current.Keys)
            .Select(key => Diff(previous.GetValueOrDefault(key), current.GetValueOrDefault(key), topicsWithChangeEntry))
            .OrderBy(diff => diff.Order.Group).ThenBy(diff => diff.Order.Topic).ThenBy(diff => diff.Diff.TopicName, StringComparer.CurrentCulture).ThenBy(diff => diff.Diff.CareTypeName)
            .Select(diff => diff.Diff)
            .ToList();
    }

    private static Dictionary<(int TopicId, int? CareTypeId), ComparedStatement> ByTopic(IEnumerable<ComparedStatement> statements) =>
        statements.GroupBy(statement => (statement.TopicId, statement.CareTypeId)).ToDictionary(group => group.Key, group => group.First());

    private static ((int Group, int Topic) Order, TopicDiff Diff) Diff(ComparedStatement? before, ComparedStatement? after, IReadOnlySet<int> withEntry)
    {
        var any = (after ?? before)!;
        var kind = (before, after) switch
        {
            (null, _) => TopicDiffKind.Added,
            (_, null) => TopicDiffKind.Removed,
            _ when before.Status != after.Status || !CellStates.SameText(before.Markdown, after.Markdown) => TopicDiffKind.Changed,
            _ => TopicDiffKind.Unchanged,
        };
        var diff = new TopicDiff(
            any.TopicId,
            any.TopicSlug,
            any.TopicName,
            any.CareTypeName,
            kind,
            before is null ? null : new YearStatement(before.Status, before.Markdown, before.Html),
            after is null ? null : new YearStatement(after.Status, after.Markdown, after.Html),
            kind == TopicDiffKind.Changed ? RichTextDiff.Compare(before!.Markdown, after!.Markdown) : RichTextDiff.None,
            withEntry.Contains(any.TopicId));
        return ((any.GroupOrder, any.TopicOrder), diff);
    }
}
