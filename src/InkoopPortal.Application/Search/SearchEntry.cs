using System.Globalization;

namespace InkoopPortal.Application.Search;

/// <summary>
/// What the search index holds for one statement, change, condition or deadline of a published document: its plain
/// text, and what the filters and facets need copied from its document, so one query filters and ranks all four
/// kinds. Derived data: rewritten in the same transaction as every change of its record or document
/// (<see cref="SearchIndex"/>), never edited, not part of the history. How a provider stores it is its own affair
/// (<see cref="ISearchStore"/>, ADR-015).
/// </summary>
public sealed class SearchEntry
{
    /// <summary>The entry's key, derived from <see cref="Kind"/> and <see cref="RecordId"/>, so a rebuild gives the same rows.</summary>
    public long Id => IdFor(Kind, RecordId);

    public SearchKind Kind { get; init; }

    /// <summary>The id of the statement, change, condition or deadline.</summary>
    public int RecordId { get; init; }

    public int PolicyDocumentId { get; init; }

    public int PurchaserId { get; init; }

    /// <summary>The topic of a statement, or of a change that names one.</summary>
    public int? TopicId { get; init; }

    /// <summary>
    /// The care types the record applies to, as <c>",3,7,"</c>: the one it is narrowed to, or else all of its
    /// document's. One text so the care-type filter is a LIKE and the facets one GROUP BY on both providers.
    /// </summary>
    public string CareTypeIds { get; init; } = ",";

    public int ValidFromYear { get; init; }

    public int ValidToYear { get; init; }

    /// <summary>What the hit is called beside its purchaser and document: a change's subject, a condition's category, a deadline's date.</summary>
    public string? Label { get; init; }

    /// <summary>The plain text that is searched and that snippets are cut from (Markdown/HTML stripped).</summary>
    public required string Text { get; init; }

    /// <summary>What the index holds for <see cref="Text"/> (<see cref="DutchText.ForIndex"/>), read once.</summary>
    public IndexedText Indexed => _indexed ??= DutchText.ForIndex(Text);

    private IndexedText? _indexed;

    public static long IdFor(SearchKind kind, int recordId) => (long)recordId * 8 + (int)kind;

    public static string CareTypeKey(IEnumerable<int> careTypeIds) =>
        "," + string.Concat(careTypeIds.Distinct().Order().Select(id => id.ToString(CultureInfo.InvariantCulture) + ","));

    public static IReadOnlyList<int> ParseCareTypeKey(string key) =>
        key.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToList();
}
