using System.Globalization;

namespace InkoopPortal.Application.Search;

/// <summary>
/// One row of the search index: the searchable text of one statement, change, condition or deadline of a published
/// document, with what the filters and facets need copied from its document, so one query filters and ranks all four
/// kinds. Derived data: rewritten in the same transaction as every change of its record or document
/// (<see cref="SearchIndex"/>), never edited, not part of the history. Each provider adds its own full-text index
/// over <see cref="Text"/> (ADR-015).
/// </summary>
public sealed class SearchEntry
{
    public int Id { get; set; }

    public SearchKind Kind { get; set; }

    /// <summary>The id of the statement, change, condition or deadline.</summary>
    public int RecordId { get; set; }

    public int PolicyDocumentId { get; set; }

    public int PurchaserId { get; set; }

    /// <summary>The topic of a statement, or of a change that names one.</summary>
    public int? TopicId { get; set; }

    /// <summary>
    /// The care types the record applies to, as <c>",3,7,"</c>: the one it is narrowed to, or else all of its
    /// document's. One text so the care-type filter is a LIKE and the facets one GROUP BY.
    /// </summary>
    public string CareTypeIds { get; set; } = ",";

    public int ValidFromYear { get; set; }

    public int ValidToYear { get; set; }

    /// <summary>What the hit is called beside its purchaser and document: a change's subject, a condition's category, a deadline's date.</summary>
    public string? Label { get; set; }

    /// <summary>The plain text that is searched and that snippets are cut from (Markdown/HTML stripped).</summary>
    public string Text { get; set; } = "";

    public static string CareTypeKey(IEnumerable<int> careTypeIds) =>
        "," + string.Concat(careTypeIds.Distinct().Order().Select(id => id.ToString(CultureInfo.InvariantCulture) + ","));

    public static IReadOnlyList<int> ParseCareTypeKey(string key) =>
        key.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToList();
}
