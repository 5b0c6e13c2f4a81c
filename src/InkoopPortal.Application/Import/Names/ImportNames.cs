using InkoopPortal.Application.Import.ComparisonTable;
using InkoopPortal.Domain.Purchasers;

namespace InkoopPortal.Application.Import.Names;

public enum ImportNameKind
{
    /// <summary>A column header or a row of the link table.</summary>
    Purchaser,

    /// <summary>The first cell of a table row.</summary>
    Topic,
}

/// <summary>
/// A purchaser or topic a comparison table names, as written, and what it resolves to: an existing purchaser or
/// topic (by its name, slug or one of its aliases; <see cref="MatchedAlias"/> says which alias), or nothing yet: then
/// it is new and is only created when the user confirms it.
/// </summary>
public sealed record ImportName(
    ImportNameKind Kind,
    string Name,
    int Line,
    int? Column,
    string? ExistingSlug,
    string? ExistingName,
    string? MatchedAlias)
{
    public bool IsNew => ExistingSlug is null;

    /// <summary>"nieuw", "Zilveren Kruis (via alias 'ZK')", "Zilveren Kruis (geschreven als 'Zilverenkruis')" or "CZ".</summary>
    public string Resolution => IsNew ? "nieuw"
        : MatchedAlias is not null ? $"{ExistingName} (via alias '{MatchedAlias}')"
        : ExistingName != Name ? $"{ExistingName} (geschreven als '{Name}')"
        : ExistingName!;
}

/// <summary>
/// The unknown names a user confirmed as new, per kind (compared as <see cref="NameKey"/>, so "Verzekeraar X" and
/// "verzekeraar x" are one), or all of them at once for a bulk load (<c>import --create-unknown</c>).
/// </summary>
public sealed record ImportConfirmations(
    IReadOnlyCollection<string> NewPurchasers,
    IReadOnlyCollection<string> NewTopics,
    bool CreateAllUnknown = false)
{
    public static ImportConfirmations None { get; } = new([], []);

    public static ImportConfirmations AllUnknown { get; } = new([], [], CreateAllUnknown: true);

    /// <summary>Confirms exactly these names (the new ones of a preview, once the user ticked them).</summary>
    public static ImportConfirmations For(IEnumerable<ImportName> names)
    {
        var list = names.Where(name => name.IsNew).ToList();
        return new(
            list.Where(name => name.Kind == ImportNameKind.Purchaser).Select(name => name.Name).ToList(),
            list.Where(name => name.Kind == ImportNameKind.Topic).Select(name => name.Name).ToList());
    }

    public bool Confirms(ImportName name)
    {
        if (CreateAllUnknown)
        {
            return true;
        }

        var key = NameKey.From(name.Name);
        var confirmed = name.Kind == ImportNameKind.Purchaser ? NewPurchasers : NewTopics;
        return key.Length > 0 && confirmed.Any(candidate => NameKey.From(candidate) == key);
    }
}

/// <summary>
/// Resolves the names of a parsed comparison table against the catalog, for the preview and for the import alike,
/// so both say the same about which names are new.
/// </summary>
internal static class ComparisonTableNames
{
    /// <summary>Every purchaser of the columns and the link table (once each), in order of appearance.</summary>
    public static List<ImportName> Purchasers(ParsedComparisonTable table, ImportCatalog catalog)
    {
        var names = new List<ImportName>();
        var written = table.Columns.Select(column => (column.PurchaserName, column.Line, (int?)column.Column))
            .Concat(table.DocumentLinks.Select(link => (link.PurchaserName, link.Line, (int?)1)))
            .OrderBy(name => name.Line);
        foreach (var (name, line, column) in written)
        {
            if (names.Any(known => NameKey.From(known.Name) == NameKey.From(name)))
            {
                continue;
            }

            var match = catalog.MatchPurchaser(name);
            names.Add(new ImportName(
                ImportNameKind.Purchaser, name, line, column, match?.Item.Slug, match?.Item.Name,
                match is null || IsOwnName(match.MatchedOn, match.Item.Name, match.Item.Slug) ? null : match.MatchedOn));
        }

        return names;
    }

    /// <summary>Every topic row, matched by its key (the slug up to the first "/") and then by its name.</summary>
    public static List<ImportName> Topics(ParsedComparisonTable table, ImportCatalog catalog) =>
        table.Topics.Select(topic =>
        {
            var match = catalog.MatchTopic(topic.Key) ?? catalog.MatchTopic(topic.Name);
            return new ImportName(
                ImportNameKind.Topic, topic.Name, topic.Line, 1, match?.Item.Slug, match?.Item.Name,
                match is null || IsOwnName(match.MatchedOn, match.Item.Name, match.Item.Slug) ? null : match.MatchedOn);
        }).ToList();

    /// <summary>The kind of purchaser a new one is: a care office for a Wlz table, else a health insurer.</summary>
    public static PurchaserKind NewPurchaserKind(IEnumerable<Domain.CareTypes.CareType> careTypes) =>
        careTypes.All(careType => careType.Law == Domain.Law.Wlz) ? PurchaserKind.CareOffice : PurchaserKind.HealthInsurer;

    private static bool IsOwnName(string matchedOn, string name, string slug) => matchedOn == name || matchedOn == slug;
}
