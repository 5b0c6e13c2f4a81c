namespace InkoopPortal.Application.Import.Names;

/// <summary>How a written purchaser or topic name was recognised, from the surest to not at all.</summary>
public enum NameMatchKind
{
    /// <summary>Its name or slug, ignoring case, punctuation, spaces and diacritics ("cz", "Zilverenkruis").</summary>
    Exact,

    /// <summary>
    /// One of its aliases or labels ("ZK", "De Friesland"), or for a care office a name of the health insurer of
    /// its concern ("Zilveren Kruis" → Zorgkantoor Achmea).
    /// </summary>
    Alias,

    /// <summary>After leaving out a bracketed qualifier or a generic word ("zorgkantoor"), or by one of its "/" alternatives.</summary>
    Normalized,

    /// <summary>Close enough by its similarity score (<see cref="NameMatch.Score"/>) to one existing name only.</summary>
    Similar,

    /// <summary>Nothing matches: a new purchaser or topic, possibly with a <see cref="NameMatch.Suggestion"/>.</summary>
    New,

    /// <summary>Cannot be used as written (see <see cref="NameMatch.Reason"/>): it names several, or one of the other law.</summary>
    Conflict,
}

/// <summary>An existing purchaser or topic a new name is close to: "Bedoelt u 'Menzis'?".</summary>
public sealed record NameSuggestion(string Slug, string Name, int Score);

/// <summary>
/// What a written name resolves to and how. <see cref="Slug"/> and <see cref="Name"/> are the existing purchaser or
/// topic for the kinds Exact to Similar. <see cref="Via"/> is the alias, label or form it matched on; <see cref="Reason"/>
/// explains it in Dutch (for a conflict: why it cannot be used).
/// </summary>
public sealed record NameMatch(
    NameMatchKind Kind,
    string? Slug = null,
    string? Name = null,
    string? Via = null,
    string? Reason = null,
    int? Score = null,
    NameSuggestion? Suggestion = null)
{
    public static NameMatch New(NameSuggestion? suggestion = null) => new(NameMatchKind.New, Suggestion: suggestion);

    public static NameMatch Conflicting(string reason) => new(NameMatchKind.Conflict, Reason: reason);

    public bool IsResolved => Kind is NameMatchKind.Exact or NameMatchKind.Alias or NameMatchKind.Normalized or NameMatchKind.Similar;

    /// <summary>The Dutch text the preview shows for a name written as <paramref name="written"/>.</summary>
    public string Describe(string written) => Kind switch
    {
        NameMatchKind.Exact => Name == written ? Name! : $"{Name} (geschreven als '{written}')",
        NameMatchKind.Alias => $"{Name} (via {Reason})",
        NameMatchKind.Normalized => $"{Name} (herkend {Reason})",
        NameMatchKind.Similar => $"{Name} (gelijkend: score {Score} van 100)",
        NameMatchKind.New when Suggestion is { } suggestion =>
            $"nieuw – Bedoelt u '{suggestion.Name}'? (gelijkend: score {suggestion.Score} van 100)",
        NameMatchKind.New => "nieuw",
        _ => $"niet te gebruiken: {Reason}",
    };
}
