using InkoopPortal.Application.Import.ComparisonTable;
using InkoopPortal.Application.ReferenceData;

namespace InkoopPortal.Application.Codebook.Mapping;

/// <summary>
/// The codebook file (<c>data/reference/codebook.json</c>) as the mapper reads it, without a database: for tools, the
/// benchmark and the tests. The portal builds its <see cref="CodebookTopic"/>s from the stored topics instead.
/// </summary>
public sealed class CodebookTopics
{
    private readonly List<Entry> _entries;

    private CodebookTopics(List<Entry> entries) => _entries = entries;

    public static CodebookTopics Read(string codebookPath)
    {
        var file = ReferenceDataFiles.Read<CodebookFile>(codebookPath);
        return new CodebookTopics(file.Topics.Select(topic => new Entry(
                new CodebookTopic(topic.Slug, topic.Name, topic.Description, topic.GuidingQuestions ?? [], topic.KeyTerms ?? [], topic.Aliases ?? [], []),
                topic.CareTypes,
                topic.Covers ?? []))
            .ToList());
    }

    public IReadOnlySet<string> Slugs => _entries.Select(entry => entry.Topic.Slug).ToHashSet(StringComparer.Ordinal);

    /// <summary>Per topic slug the generic topics it covers (<c>covers</c>), for <see cref="FiledTexts.Gather"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Covers =>
        _entries.ToDictionary(entry => entry.Topic.Slug, entry => (IReadOnlyList<string>)entry.Covers, StringComparer.Ordinal);

    /// <summary>The topics scoped to any of the care types, with the texts filed under them (by slug; none when absent).</summary>
    public IReadOnlyList<CodebookTopic> For(IEnumerable<string> careTypes, IReadOnlyDictionary<string, IReadOnlyList<string>>? filed = null)
    {
        var wanted = careTypes.ToHashSet(StringComparer.Ordinal);
        return _entries.Where(entry => entry.CareTypes.Any(wanted.Contains))
            .Select(entry => filed is not null && filed.TryGetValue(entry.Topic.Slug, out var texts) ? entry.Topic with { FiledTexts = texts } : entry.Topic)
            .ToList();
    }

    /// <summary>
    /// The texts a comparison memo files under the codebook: every cell with content under its row's topic, and
    /// through <c>covers</c> under the generic topics that row stands for.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FiledFromMemo(string memoText)
    {
        var memo = ComparisonTableParser.Parse(memoText);
        return FiledTexts.Gather(memo.Cells.Where(cell => cell.Markdown.Length > 0).Select(cell => (cell.TopicKey, cell.Markdown)), Covers);
    }

    private sealed record Entry(CodebookTopic Topic, List<string> CareTypes, List<string> Covers);
}
