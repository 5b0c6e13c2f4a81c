using InkoopPortal.Application.Content;
using InkoopPortal.Domain;
using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.Domain.Topics;

namespace InkoopPortal.Application.Import.Names;

/// <summary>
/// The names an import resolves against: purchasers, care types, topics and topic groups, each found by slug,
/// name or alias. New topics and groups created during an import are added, so later rows find them too.
/// </summary>
internal sealed class ImportCatalog(
    List<Purchaser> purchasers,
    IReadOnlyList<CareType> careTypes,
    List<Topic> topics,
    List<TopicGroup> groups)
{
    public IReadOnlyList<Purchaser> Purchasers => purchasers;

    public Purchaser? FindPurchaser(string name) => MatchPurchaser(name)?.Item;

    /// <summary>The purchaser <paramref name="name"/> stands for, and the name or alias it was recognised by.</summary>
    public CatalogMatch<Purchaser>? MatchPurchaser(string name) => MatchByKey(purchasers, name, p => [p.Name, p.Slug, .. p.Aliases]);

    /// <summary>Adds a purchaser that an import creates (confirmed as new by the user), so later names find it too.</summary>
    public Purchaser AddPurchaser(string name, PurchaserKind kind)
    {
        var purchaser = new Purchaser
        {
            Slug = UniqueSlug(name, purchasers.Select(p => p.Slug), "inkoper"),
            Name = Shorten(name, FieldLimits.Name),
            Kind = kind,
            SortOrder = purchasers.Select(p => p.SortOrder).DefaultIfEmpty(0).Max() + 1,
        };
        purchasers.Add(purchaser);
        return purchaser;
    }

    public Purchaser? FindPurchaserBySlug(string slug) => purchasers.FirstOrDefault(p => p.Slug == slug);

    public CareType? FindCareTypeBySlug(string slug) => careTypes.FirstOrDefault(c => c.Slug == slug.Trim().ToLowerInvariant());

    public IReadOnlyList<CareType> CareTypes => careTypes;

    /// <summary>Finds a care type among <paramref name="candidates"/> (a document's own care types) by a hint such as "VV" or "ELV".</summary>
    public static CareType? FindCareType(IEnumerable<CareType> candidates, string hint) =>
        MatchByKey(candidates, hint, c => [c.Slug, c.Name, .. c.Aliases])?.Item;

    public Topic? FindTopic(string keyOrName) => MatchTopic(keyOrName)?.Item;

    /// <summary>The topic with this slug, or whose name or alias compares equal; with what it was recognised by.</summary>
    public CatalogMatch<Topic>? MatchTopic(string keyOrName) =>
        topics.FirstOrDefault(t => t.Slug == keyOrName) is { } bySlug
            ? new CatalogMatch<Topic>(bySlug, bySlug.Slug)
            : MatchByKey(topics, keyOrName, t => [t.Name, t.Slug, .. t.Aliases]);

    public Topic AddTopic(Topic topic)
    {
        topic.Slug = UniqueSlug(topic.Slug, topics.Select(t => t.Slug), "onderwerp");
        topic.Name = Shorten(topic.Name, FieldLimits.TopicName);
        topics.Add(topic);
        return topic;
    }

    public TopicGroup? FindGroup(string keyOrName) =>
        groups.FirstOrDefault(g => g.Slug == keyOrName) ?? MatchByKey(groups, keyOrName, g => [g.Slug, g.Name])?.Item;

    public TopicGroup AddGroup(string slug, string name)
    {
        var group = new TopicGroup
        {
            Slug = UniqueSlug(slug, groups.Select(g => g.Slug), "groep"),
            Name = name,
            SortOrder = groups.Count == 0 ? 1 : groups.Where(g => g.SortOrder < 1000).Select(g => g.SortOrder).DefaultIfEmpty(0).Max() + 1,
        };
        groups.Add(group);
        return group;
    }

    public int NextTopicSortOrder(TopicGroup? group) =>
        topics.Where(t => t.Group == group).Select(t => t.SortOrder).DefaultIfEmpty(0).Max() + 1;

    private static CatalogMatch<T>? MatchByKey<T>(IEnumerable<T> items, string name, Func<T, IEnumerable<string>> names)
        where T : class
    {
        var key = NameKey.From(name);
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var item in items)
        {
            if (names(item).FirstOrDefault(candidate => NameKey.From(candidate) == key) is { } matchedOn)
            {
                return new CatalogMatch<T>(item, matchedOn);
            }
        }

        return null;
    }

    /// <summary>A slug from a long heading is cut at a word boundary, leaving room for a "-2" suffix.</summary>
    private static string UniqueSlug(string wanted, IEnumerable<string> taken, string fallback)
    {
        var slug = Slug.From(wanted);
        if (slug.Length == 0)
        {
            slug = fallback;
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

/// <summary>What the catalog found for a name, and the name, slug or alias of it that matched.</summary>
internal sealed record CatalogMatch<T>(T Item, string MatchedOn);
