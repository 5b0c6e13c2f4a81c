using System.Globalization;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Editing;

/// <summary>A document in the editors' start list; drafts included (readers never see those).</summary>
public sealed record EditorDocument(
    int Id,
    string Title,
    string PurchaserName,
    IReadOnlyList<string> CareTypeNames,
    int ValidFromYear,
    int ValidToYear,
    bool IsDraft,
    int StatementCount)
{
    public string PurchaserSlug { get; init; } = "";

    public IReadOnlyList<string> CareTypeSlugs { get; init; } = [];

    /// <summary>"Concept" or "Gepubliceerd".</summary>
    public string StatusText => IsDraft ? "Concept" : "Gepubliceerd";
}

/// <summary>Every (not deleted) document for the editors' start page: newest year first, then purchaser and care type.</summary>
public sealed class EditorDocumentList(IPortalDbContextFactory contextFactory)
{
    public async Task<IReadOnlyList<EditorDocument>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        var documents = await context.PolicyDocuments.AsNoTracking()
            .Select(document => new EditorDocument(
                document.Id,
                document.Title,
                document.Purchaser!.Name,
                document.CareTypes.OrderBy(careType => careType.SortOrder).Select(careType => careType.Name).ToList(),
                document.ValidFromYear,
                document.ValidToYear,
                document.Status == DocumentStatus.Draft,
                document.Statements.Count)
            {
                PurchaserSlug = document.Purchaser.Slug,
                CareTypeSlugs = document.CareTypes.OrderBy(careType => careType.SortOrder).Select(careType => careType.Slug).ToList(),
            })
            .ToListAsync(cancellationToken);
        return EditorDocumentFilter.Default.Apply(documents);
    }
}

/// <summary>The columns /redactie sorts on (<c>sorteer=</c>).</summary>
public enum EditorDocumentSort
{
    Year,
    Purchaser,
    CareType,
    Title,
    Status,
    Statements,
}

/// <summary>
/// What /redactie shows, all of it in the URL (ADR-006): <c>?zorgsoort=huisartsenzorg&amp;inkoper=cz&amp;jaar=2024&amp;status=concept&amp;sorteer=inkoper&amp;richting=af</c>.
/// Unknown values are ignored with a Dutch message rather than failing the page.
/// </summary>
public sealed record EditorDocumentFilter(
    string? CareTypeSlug = null,
    string? PurchaserSlug = null,
    int? Year = null,
    bool? Draft = null,
    EditorDocumentSort Sort = EditorDocumentSort.Year,
    bool Descending = true)
{
    public const string CareTypeKey = "zorgsoort";
    public const string PurchaserKey = "inkoper";
    public const string YearKey = "jaar";
    public const string StatusKey = "status";
    public const string SortKey = "sorteer";
    public const string DirectionKey = "richting";

    private static readonly (EditorDocumentSort Sort, string Name)[] SortNames =
    [
        (EditorDocumentSort.Year, "jaar"), (EditorDocumentSort.Purchaser, "inkoper"), (EditorDocumentSort.CareType, "zorgsoort"),
        (EditorDocumentSort.Title, "document"), (EditorDocumentSort.Status, "status"), (EditorDocumentSort.Statements, "cellen"),
    ];

    public static EditorDocumentFilter Default { get; } = new();

    /// <summary>The status values of the <c>status=</c> parameter with their Dutch label.</summary>
    public static IReadOnlyList<(string Value, string Label)> Statuses { get; } = [("concept", "Concept"), ("gepubliceerd", "Gepubliceerd")];

    public static string SortName(EditorDocumentSort sort) => SortNames.Single(pair => pair.Sort == sort).Name;

    public string? StatusValue => Draft switch { true => "concept", false => "gepubliceerd", null => null };

    public bool IsFiltered => CareTypeSlug is not null || PurchaserSlug is not null || Year is not null || Draft is not null;

    /// <summary>Reads the query string; what it cannot read is left out and explained.</summary>
    public static (EditorDocumentFilter Filter, IReadOnlyList<string> Problems) Parse(Func<string, string?> value)
    {
        var problems = new List<string>();
        int? year = null;
        if (Blank(value(YearKey)) is { } yearText)
        {
            if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1900 and <= 2200)
            {
                year = parsed;
            }
            else
            {
                problems.Add($"'{yearText}' is geen jaar; het filter op jaar is weggelaten.");
            }
        }

        bool? draft = null;
        if (Blank(value(StatusKey)) is { } statusText)
        {
            draft = statusText switch { "concept" => true, "gepubliceerd" => false, _ => null };
            if (draft is null)
            {
                problems.Add($"De status '{statusText}' bestaat niet (kies concept of gepubliceerd); het filter op status is weggelaten.");
            }
        }

        var sort = EditorDocumentSort.Year;
        if (Blank(value(SortKey)) is { } sortText)
        {
            var known = SortNames.Where(pair => pair.Name == sortText).Select(pair => (EditorDocumentSort?)pair.Sort).FirstOrDefault();
            if (known is null)
            {
                problems.Add($"Sorteren op '{sortText}' kan niet; de lijst staat op jaar.");
            }

            sort = known ?? EditorDocumentSort.Year;
        }

        // Years and cell counts read best largest first; names alphabetically.
        var descending = Blank(value(DirectionKey)) switch
        {
            "op" => false,
            "af" => true,
            _ => sort is EditorDocumentSort.Year or EditorDocumentSort.Statements,
        };
        return (new EditorDocumentFilter(Blank(value(CareTypeKey)), Blank(value(PurchaserKey)), year, draft, sort, descending), problems);
    }

    /// <summary>The query string of this filter (without <c>?</c>); defaults are left out.</summary>
    public string ToQuery()
    {
        var parts = new List<string>();
        Add(CareTypeKey, CareTypeSlug);
        Add(PurchaserKey, PurchaserSlug);
        Add(YearKey, Year?.ToString(CultureInfo.InvariantCulture));
        Add(StatusKey, StatusValue);
        if (Sort != EditorDocumentSort.Year || !Descending)
        {
            Add(SortKey, SortName(Sort));
            Add(DirectionKey, Descending ? "af" : "op");
        }

        return string.Join("&", parts);

        void Add(string key, string? text)
        {
            if (text is not null)
            {
                parts.Add($"{key}={Uri.EscapeDataString(text)}");
            }
        }
    }

    /// <summary>The filter sorted on <paramref name="sort"/>: the other way round when it is sorted on it already.</summary>
    public EditorDocumentFilter SortedOn(EditorDocumentSort sort) =>
        this with { Sort = sort, Descending = Sort == sort ? !Descending : sort is EditorDocumentSort.Year or EditorDocumentSort.Statements };

    public IReadOnlyList<EditorDocument> Apply(IEnumerable<EditorDocument> documents)
    {
        var shown = documents
            .Where(document => CareTypeSlug is null || document.CareTypeSlugs.Contains(CareTypeSlug))
            .Where(document => PurchaserSlug is null || document.PurchaserSlug == PurchaserSlug)
            .Where(document => Year is not { } year || (document.ValidFromYear <= year && document.ValidToYear >= year))
            .Where(document => Draft is not { } draft || document.IsDraft == draft);
        var text = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), CompareOptions.IgnoreCase);
        IOrderedEnumerable<EditorDocument> sorted = Sort switch
        {
            EditorDocumentSort.Purchaser => Order(shown, document => document.PurchaserName, text),
            EditorDocumentSort.CareType => Order(shown, document => document.CareTypeNames.FirstOrDefault() ?? "", text),
            EditorDocumentSort.Title => Order(shown, document => document.Title, text),
            EditorDocumentSort.Status => Order(shown, document => document.StatusText, text),
            EditorDocumentSort.Statements => Descending ? shown.OrderByDescending(document => document.StatementCount) : shown.OrderBy(document => document.StatementCount),
            _ => Descending ? shown.OrderByDescending(document => document.ValidFromYear) : shown.OrderBy(document => document.ValidFromYear),
        };
        // Ties in the order the page always had: newest year, purchaser, care type, title.
        return sorted
            .ThenByDescending(document => document.ValidFromYear)
            .ThenBy(document => document.PurchaserName, text)
            .ThenBy(document => document.CareTypeNames.FirstOrDefault() ?? "", text)
            .ThenBy(document => document.Title, text)
            .ToList();
    }

    private IOrderedEnumerable<EditorDocument> Order(IEnumerable<EditorDocument> documents, Func<EditorDocument, string> key, StringComparer comparer) =>
        Descending ? documents.OrderByDescending(key, comparer) : documents.OrderBy(key, comparer);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
