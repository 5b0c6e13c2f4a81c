using InkoopPortal.Application.Import.ComparisonTable;
using InkoopPortal.Domain.CareTypes;

namespace InkoopPortal.Application.Import.Names;

public enum ImportNameKind
{
    /// <summary>A column header or a row of the link table.</summary>
    Purchaser,

    /// <summary>The first cell of a table row.</summary>
    Topic,
}

/// <summary>
/// A purchaser or topic a comparison table names, as written, where, and what it resolves to (<see cref="Match"/>):
/// an existing purchaser or topic (exact, by an alias, normalized or similar), nothing yet (new: only created when
/// the user confirms it, and never when it is close to an existing one, see <see cref="Suggestion"/>), or a conflict
/// that must be corrected in the file.
/// </summary>
public sealed record ImportName(ImportNameKind Kind, string Name, int Line, int? Column, NameMatch Match)
{
    public string? ExistingSlug => Match.IsResolved ? Match.Slug : null;

    public string? ExistingName => Match.IsResolved ? Match.Name : null;

    /// <summary>The alias, label or concern name it was recognised by (<see cref="NameMatchKind.Alias"/> only).</summary>
    public string? MatchedAlias => Match.Kind == NameMatchKind.Alias ? Match.Via : null;

    /// <summary>Unknown: created only when confirmed, and only when <see cref="Suggestion"/> is null.</summary>
    public bool IsNew => Match.Kind == NameMatchKind.New;

    public NameMatchKind MatchKind => Match.Kind;

    /// <summary>The similarity score of a <see cref="NameMatchKind.Similar"/> match.</summary>
    public int? Score => Match.Score;

    /// <summary>For a new name: the existing purchaser or topic it is close to ("Bedoelt u ...?").</summary>
    public NameSuggestion? Suggestion => Match.Suggestion;

    /// <summary>"CZ", "CZ (geschreven als 'cz')", "Zilveren Kruis (via alias 'ZK')", "Zorgkantoor CZ (herkend zonder 'zorgkantoor')", "nieuw – Bedoelt u 'Menzis'? ...".</summary>
    public string Resolution => Match.Describe(Name);
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
/// Resolves the names of a parsed comparison table against the catalog in the context of the import's care types,
/// for the preview and for the import alike, so both say the same about which names are new.
/// </summary>
internal static class ComparisonTableNames
{
    /// <summary>Every purchaser of the columns and the link table (once per spelling), in order of appearance.</summary>
    public static List<ImportName> Purchasers(ParsedComparisonTable table, ImportCatalog catalog, IReadOnlyCollection<CareType> careTypes)
    {
        var names = new List<ImportName>();
        var written = table.Columns.Select(column => (column.PurchaserName, column.Line, (int?)column.Column))
            .Concat(table.DocumentLinks.Select(link => (link.PurchaserName, link.Line, (int?)1)))
            .OrderBy(name => name.Line);
        foreach (var (name, line, column) in written)
        {
            if (names.All(known => NameKey.From(known.Name) != NameKey.From(name)))
            {
                names.Add(new ImportName(ImportNameKind.Purchaser, name, line, column, catalog.MatchPurchaser(name, careTypes)));
            }
        }

        return names;
    }

    /// <summary>Every topic row, among the care types' own topics.</summary>
    public static List<ImportName> Topics(ParsedComparisonTable table, ImportCatalog catalog, IReadOnlyCollection<CareType> careTypes) =>
        table.Topics.Select(topic => new ImportName(ImportNameKind.Topic, topic.Name, topic.Line, 1, catalog.MatchTopic(topic.Name, careTypes))).ToList();
}
