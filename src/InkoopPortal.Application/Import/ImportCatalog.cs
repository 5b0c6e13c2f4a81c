using InkoopPortal.Application.Content;
using InkoopPortal.Domain;
using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.Domain.Topics;

namespace InkoopPortal.Application.Import;

/// <summary>
/// The names an import resolves against: purchasers, care types, topics and topic groups, each found by slug,
/// name or alias. New topics and groups created during an import are added, so later rows find them too.
/// </summary>
internal sealed class ImportCatalog(
    IReadOnlyList<Purchaser> purchasers,
    IReadOnlyList<CareType> careTypes,
    List<Topic> topics,
    List<TopicGroup> groups)
{
    public IReadOnlyList<Purchaser> Purchasers => purchasers;

    public Purchaser? FindPurchaser(string name) => FindByKey(purchasers, name, p => [p.Slug, p.Name, .. p.Aliases]);

    public Purchaser? FindPurchaserBySlug(string slug) => purchasers.FirstOrDefault(p => p.Slug == slug);

    public CareType? FindCareTypeBySlug(string slug) => careTypes.FirstOrDefault(c => c.Slug == slug.Trim().ToLowerInvariant());

    public IReadOnlyList<CareType> CareTypes => careTypes;

    /// <summary>Finds a care type among <paramref name="candidates"/> (a document's own care types) by a hint such as "VV" or "ELV".</summary>
    public static CareType? FindCareType(IEnumerable<CareType> candidates, string hint) =>
        FindByKey(candidates, hint, c => [c.Slug, c.Name, .. c.Aliases]);

    public Topic? FindTopic(string keyOrName) =>
        topics.FirstOrDefault(t => t.Slug == keyOrName)
        ?? FindByKey(topics, keyOrName, t => [t.Slug, t.Name, .. t.Aliases]);

    public Topic AddTopic(Topic topic)
    {
        topic.Slug = UniqueSlug(topic.Slug, topics.Select(t => t.Slug));
        topic.Name = Shorten(topic.Name, FieldLimits.TopicName);
        topics.Add(topic);
        return topic;
    }

    public TopicGroup? FindGroup(string keyOrName) =>
        groups.FirstOrDefault(g => g.Slug == keyOrName) ?? FindByKey(groups, keyOrName, g => [g.Slug, g.Name]);

    public TopicGroup AddGroup(string slug, string name)
    {
        var group = new TopicGroup
        {
            Slug = UniqueSlug(slug, groups.Select(g => g.Slug)),
            Name = name,
            SortOrder = groups.Count == 0 ? 1 : groups.Where(g => g.SortOrder < 1000).Select(g => g.SortOrder).DefaultIfEmpty(0).Max() + 1,
        };
        groups.Add(group);
        return group;
    }

    public int NextTopicSortOrder(TopicGroup? group) =>
        topics.Where(t => t.Group == group).Select(t => t.SortOrder).DefaultIfEmpty(0).Max() + 1;

    private static T? FindByKey<T>(IEnumerable<T> items, string name, Func<T, IEnumerable<string>> names)
        where T : class
    {
        var key = NameKey.From(name);
        return key.Length == 0 ? null : items.FirstOrDefault(item => names(item).Any(candidate => NameKey.From(candidate) == key));
    }

    /// <summary>A slug from a long heading is cut at a word boundary, leaving room for a "-2" suffix.</summary>
    private static string UniqueSlug(string wanted, IEnumerable<string> taken)
    {
        var slug = Slug.From(wanted);
        if (slug.Length == 0)
        {
            slug = "onderwerp";
        }

        const int maximum = FieldLimits.Slug - 4;
        if (slug.Length > maximum)
        {
            var cut = slug.LastIndexOf('-', maximum);
            slug = slug[..(cut > 0 ? cut : maximum)];
        }

        var existing = taken.ToHashSet();
        var candidate = slug;
        for (var suffix = 2; existing.Contains(candidate); suffix++)
        {
            candidate = $"{slug}-{suffix}";
        }

        return candidate;
    }

    private static string Shorten(string text, int maximum) =>
        text.Length <= maximum ? text : text[..(maximum - 1)].TrimEnd() + "…";
}
