using InkoopPortal.Application.Content;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain;
using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.Domain.Topics;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Import.Names;

/// <summary>
/// The names an import resolves against: purchasers, care types, topics and topic groups. Purchasers and topics
/// are matched in context (<see cref="MatchPurchaser"/>, <see cref="MatchTopic"/>): the care types' law picks health
/// insurers or care offices, and only the care types' own topics are candidates. New purchasers and topics created
/// during an import are added, so later names find them too.
/// </summary>
internal sealed class ImportCatalog(
    List<Purchaser> purchasers,
    IReadOnlyList<CareType> careTypes,
    List<Topic> topics,
    List<TopicGroup> groups)
{
    private static readonly NameNouns PurchaserNouns = new("inkoper", "inkopers", "de juiste inkoper");
    private static readonly NameNouns TopicNouns = new("onderwerp", "onderwerpen", "het juiste onderwerp");

    // Built on first use and dropped when a purchaser or topic is added (which then has its care types).
    private readonly Dictionary<Law, NameMatcher> _purchaserMatchers = [];
    private readonly Dictionary<string, NameMatcher> _topicMatchers = new(StringComparer.Ordinal);

    // A table of thousands of rows looks up and adds thousands of topics: by slug, not by a walk through the list.
    private readonly Dictionary<string, Topic> _topicsBySlug = topics.DistinctBy(topic => topic.Slug).ToDictionary(topic => topic.Slug, StringComparer.Ordinal);

    public IReadOnlyList<Purchaser> Purchasers => purchasers;

    public IReadOnlyList<CareType> CareTypes => careTypes;

    /// <summary>Everything an import resolves names against, from the database (labels and concerns included).</summary>
    public static async Task<ImportCatalog> LoadAsync(IPortalDbContext context, CancellationToken cancellationToken)
    {
        var purchasers = await context.Purchasers.Include(purchaser => purchaser.Concern).Include(purchaser => purchaser.Labels)
            .AsSplitQuery().ToListAsync(cancellationToken);
        var careTypes = await context.CareTypes.OrderBy(careType => careType.SortOrder).ToListAsync(cancellationToken);
        var groups = await context.TopicGroups.ToListAsync(cancellationToken);
        var topics = await context.Topics.Include(topic => topic.CareTypes).Include(topic => topic.Group)
            .AsSplitQuery().ToListAsync(cancellationToken);
        return new ImportCatalog(purchasers, careTypes, topics, groups);
    }

    /// <summary>
    /// The one law of an import's care types. A request mixing Zvw and Wlz care types is refused: a Zvw table
    /// compares health insurers and a Wlz table care offices, so no name could be resolved for both at once.
    /// </summary>
    /// <exception cref="ImportFailedException">The care types are of both laws, or there are none.</exception>
    public static Law LawOf(IReadOnlyCollection<CareType> careTypes)
    {
        var laws = careTypes.Select(careType => careType.Law).Distinct().ToList();
        if (laws.Count == 1)
        {
            return laws[0];
        }

        if (laws.Count == 0)
        {
            throw new ImportFailedException(new ImportProblem(0, null, "Geef ten minste één zorgsoort op."));
        }

        string Names(Law law) => string.Join(", ", careTypes.Where(careType => careType.Law == law).Select(careType => careType.Name));
        throw new ImportFailedException(new ImportProblem(0, null,
            $"De zorgsoorten {Names(Law.Zvw)} (Zvw) en {Names(Law.Wlz)} (Wlz) vallen onder verschillende wetten: onder de Zvw kopen "
            + "zorgverzekeraars in, onder de Wlz zorgkantoren. Importeer het bestand met alleen Zvw- of alleen Wlz-zorgsoorten."));
    }

    /// <summary>The kind of purchaser that buys care under <paramref name="law"/>.</summary>
    public static PurchaserKind KindFor(Law law) => law == Law.Wlz ? PurchaserKind.CareOffice : PurchaserKind.HealthInsurer;

    /// <summary>What <paramref name="name"/> stands for among the purchasers of the care types' law.</summary>
    public NameMatch MatchPurchaser(string name, IReadOnlyCollection<CareType> forCareTypes) => PurchaserMatcher(LawOf(forCareTypes)).Match(name);

    /// <summary>What <paramref name="name"/> stands for among the topics of these care types (never another care type's).</summary>
    public NameMatch MatchTopic(string name, IReadOnlyCollection<CareType> forCareTypes)
    {
        var slugs = forCareTypes.Select(careType => careType.Slug).Distinct().Order(StringComparer.Ordinal).ToList();
        var key = string.Join(",", slugs);
        if (!_topicMatchers.TryGetValue(key, out var matcher))
        {
            var scoped = topics.Where(topic => topic.CareTypes.Any(careType => slugs.Contains(careType.Slug)));
            matcher = new NameMatcher(scoped.Select(TopicEntry), TopicNouns, GenericWords.None);
            _topicMatchers[key] = matcher;
        }

        return matcher.Match(name);
    }

    /// <summary>
    /// For the table reader: the identity of a written purchaser name under the care types' law, so that a header
    /// repeated as "Zilverenkruis" or "Zilveren Kruis (incl de Friesland)" is the same column. The matched
    /// purchaser's slug, or for a name that resolves to none the name's normalized form (which never holds a "-",
    /// so it cannot be taken for a slug of two words).
    /// </summary>
    public Func<string, string> PurchaserIdentity(IReadOnlyCollection<CareType> forCareTypes)
    {
        var law = LawOf(forCareTypes);
        var matcher = PurchaserMatcher(law);
        return name => matcher.Match(name) is { IsResolved: true, Slug: { } slug }
            ? slug
            : NameForms.Normalize(name, GenericFor(law)) is { IsEmpty: false } normalized ? normalized.Key : NameKey.From(name);
    }

    /// <summary>Whether <paramref name="purchaser"/> buys care under <paramref name="law"/>.</summary>
    public static bool Serves(Purchaser purchaser, Law law) => purchaser.Kind == KindFor(law);

    /// <summary>
    /// The care office a Wlz text means when it names a health insurer: its concern's main care office, which has
    /// the slug <c>zorgkantoor-{concern}</c> or is the concern's only one. Null when there is none, or no clear one.
    /// </summary>
    public Purchaser? MainCareOffice(Purchaser insurer) => insurer.Concern is { } concern ? MainCareOffice(concern) : null;

    private Purchaser? MainCareOffice(Concern concern)
    {
        var offices = purchasers.Where(purchaser => purchaser.Kind == PurchaserKind.CareOffice && purchaser.Concern?.Slug == concern.Slug).ToList();
        return offices.FirstOrDefault(office => office.Slug == $"zorgkantoor-{concern.Slug}") ?? (offices.Count == 1 ? offices[0] : null);
    }

    /// <summary>Adds a purchaser that an import creates (confirmed as new by the user), so later names find it too.</summary>
    public Purchaser AddPurchaser(string name, PurchaserKind kind)
    {
        var purchaser = new Purchaser
        {
            Slug = UniqueSlug(name, slug => purchasers.Any(p => p.Slug == slug), "inkoper"),
            Name = Shorten(name, FieldLimits.Name),
            Kind = kind,
            SortOrder = purchasers.Select(p => p.SortOrder).DefaultIfEmpty(0).Max() + 1,
        };
        purchasers.Add(purchaser);
        _purchaserMatchers.Clear();
        return purchaser;
    }

    public Purchaser? FindPurchaserBySlug(string slug) => purchasers.FirstOrDefault(p => p.Slug == slug);

    public Topic? FindTopicBySlug(string slug) => _topicsBySlug.GetValueOrDefault(slug);

    /// <summary>Every topic, with its care types and group.</summary>
    public IEnumerable<Topic> Topics => _topicsBySlug.Values;

    public CareType? FindCareTypeBySlug(string slug) => careTypes.FirstOrDefault(c => c.Slug == slug.Trim().ToLowerInvariant());

    /// <summary>Finds a care type among <paramref name="candidates"/> (a document's own care types) by a hint such as "VV" or "ELV".</summary>
    public static CareType? FindCareType(IEnumerable<CareType> candidates, string hint) =>
        FindByKey(candidates, hint, c => [c.Slug, c.Name, .. c.Aliases]);

    /// <summary>Adds a topic an import creates; give it its care types before the next <see cref="MatchTopic"/>.</summary>
    public Topic AddTopic(Topic topic)
    {
        topic.Slug = UniqueSlug(topic.Slug, _topicsBySlug.ContainsKey, "onderwerp");
        topic.Name = Shorten(topic.Name, FieldLimits.TopicName);
        topics.Add(topic);
        _topicsBySlug[topic.Slug] = topic;
        _topicMatchers.Clear();
        return topic;
    }

    public TopicGroup? FindGroup(string keyOrName) =>
        groups.FirstOrDefault(g => g.Slug == keyOrName) ?? FindByKey(groups, keyOrName, g => [g.Slug, g.Name]);

    public TopicGroup AddGroup(string slug, string name)
    {
        var group = new TopicGroup
        {
            Slug = UniqueSlug(slug, taken => groups.Any(g => g.Slug == taken), "groep"),
            Name = name,
            SortOrder = groups.Count == 0 ? 1 : groups.Where(g => g.SortOrder < 1000).Select(g => g.SortOrder).DefaultIfEmpty(0).Max() + 1,
        };
        groups.Add(group);
        return group;
    }

    /// <summary>The next sort order in a group, counted on from the highest (kept per group: a bulk load adds thousands).</summary>
    public int NextTopicSortOrder(TopicGroup? group)
    {
        var key = group ?? NoGroup;
        if (!_lastSortOrders.TryGetValue(key, out var last))
        {
            last = topics.Where(t => t.Group == group).Select(t => t.SortOrder).DefaultIfEmpty(0).Max();
        }

        _lastSortOrders[key] = last + 1;
        return last + 1;
    }

    private static readonly TopicGroup NoGroup = new() { Slug = "", Name = "" };

    private readonly Dictionary<TopicGroup, int> _lastSortOrders = new(ReferenceEqualityComparer.Instance);

    private static GenericWords GenericFor(Law law) => law == Law.Wlz ? GenericWords.CareOffices : GenericWords.HealthInsurers;

    private NameMatcher PurchaserMatcher(Law law)
    {
        if (_purchaserMatchers.TryGetValue(law, out var matcher))
        {
            return matcher;
        }

        // The other law's purchasers, without scores and without their own other-law check: a name that is exactly
        // one of them is a conflict, not a new purchaser of this law.
        var other = law == Law.Wlz ? Law.Zvw : Law.Wlz;
        var otherMatcher = new NameMatcher(PurchaserEntries(other, withConcernNames: false), PurchaserNouns, GenericFor(other), GenericWords.HealthInsurers);
        matcher = new NameMatcher(
            PurchaserEntries(law, withConcernNames: true), PurchaserNouns, GenericFor(law), GenericWords.HealthInsurers,
            name => otherMatcher.MatchWithoutScore(name) is { IsResolved: true } match ? OtherLaw(name, match, law) : null);
        _purchaserMatchers[law] = matcher;
        return matcher;
    }

    private NameMatch OtherLaw(string name, NameMatch match, Law law) => NameMatch.Conflicting(law == Law.Wlz
        ? $"'{name}' is de zorgverzekeraar {match.Name} (Zvw), die geen eigen zorgkantoor heeft; in een tabel voor de Wlz staan zorgkantoren. "
            + "Kies de juiste zorgsoort, of voeg de naam als alias toe aan het juiste zorgkantoor."
        : $"'{name}' is {match.Name}, een zorgkantoor (Wlz); in een tabel voor de Zvw staan zorgverzekeraars. "
            + "Kies de juiste zorgsoort, of gebruik de naam van de zorgverzekeraar.");

    /// <summary>
    /// Health insurers with their aliases and labels (Zvw), or care offices with their aliases and, for a concern's
    /// main care office, the names of the concern and its health insurers (Wlz). Derived from the rows, so an
    /// existing database needs no new aliases.
    /// </summary>
    private IEnumerable<NameEntry> PurchaserEntries(Law law, bool withConcernNames) =>
        purchasers.Where(purchaser => Serves(purchaser, law)).Select(purchaser => new NameEntry(
            purchaser.Slug,
            purchaser.Name,
            [
                new EntryName(purchaser.Name, NameSource.Own),
                new EntryName(purchaser.Slug, NameSource.Own),
                .. purchaser.Aliases.Select(alias => new EntryName(alias, NameSource.Alias)),
                .. purchaser.Labels.Select(label => new EntryName(label.Name, NameSource.Label)),
                .. law == Law.Wlz && withConcernNames ? ConcernNames(purchaser) : [],
            ]));

    private IEnumerable<EntryName> ConcernNames(Purchaser careOffice)
    {
        if (careOffice.Concern is not { } concern || MainCareOffice(concern) != careOffice)
        {
            yield break;
        }

        yield return new EntryName(concern.Name, NameSource.Concern, $"naam van concern {concern.Name}");
        foreach (var insurer in purchasers.Where(purchaser => purchaser.Kind == PurchaserKind.HealthInsurer && purchaser.Concern?.Slug == concern.Slug))
        {
            var owner = $"naam van zorgverzekeraar {insurer.Name} (concern {concern.Name})";
            foreach (var name in new[] { insurer.Name }.Concat(insurer.Aliases).Concat(insurer.Labels.Select(label => label.Name)))
            {
                yield return new EntryName(name, NameSource.Concern, owner);
            }
        }
    }

    /// <summary>
    /// A topic's names: its own, its aliases, and the names of the generic topics it covers (huisartsenzorg's
    /// "Kwaliteitsbeleid &amp; zorginhoud" is what "Kwaliteit" means for huisartsenzorg).
    /// </summary>
    private NameEntry TopicEntry(Topic topic) => new(
        topic.Slug,
        topic.Name,
        [
            new EntryName(topic.Name, NameSource.Own),
            new EntryName(topic.Slug, NameSource.Own),
            .. topic.Aliases.Select(alias => new EntryName(alias, NameSource.Alias)),
            .. topic.Covers.Select(_topicsBySlug.GetValueOrDefault).OfType<Topic>().Select(covered => new EntryName(covered.Name, NameSource.Alias)),
        ]);

    private static T? FindByKey<T>(IEnumerable<T> items, string name, Func<T, IEnumerable<string>> names)
        where T : class
    {
        var key = NameKey.From(name);
        return key.Length == 0 ? null : items.FirstOrDefault(item => names(item).Any(candidate => NameKey.From(candidate) == key));
    }

    /// <summary>A slug from a long heading is cut at a word boundary, leaving room for a "-2" suffix.</summary>
    private static string UniqueSlug(string wanted, Func<string, bool> isTaken, string fallback)
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

        var candidate = slug;
        for (var suffix = 2; isTaken(candidate); suffix++)
        {
            candidate = $"{slug}-{suffix}";
        }

        return candidate;
    }

    private static string Shorten(string text, int maximum) =>
        text.Length <= maximum ? text : text[..(maximum - 1)].TrimEnd() + "…";
}
