using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Comparison;

/// <summary>
/// What the filters offer and how requests resolve: care types, purchasers, topics with their groups and scope,
/// and which purchaser has a published document for which care type and years. Small; cached per content version.
/// </summary>
public sealed record MatrixCatalog(
    IReadOnlyList<CatalogCareType> CareTypes,
    IReadOnlyList<CatalogPurchaser> Purchasers,
    IReadOnlyList<CatalogTopic> Topics,
    IReadOnlyList<CatalogCoverage> Coverage,
    IReadOnlyList<CatalogRegion> Regions,
    IReadOnlyList<CatalogTopicUse> TopicUse,
    IReadOnlyList<CatalogCoverage> ContentCoverage)
{
    /// <summary>A view compares when at least this many purchasers have content in it.</summary>
    public const int PurchasersToCompare = 2;

    public CatalogCareType? CareType(string slug) => CareTypes.FirstOrDefault(careType => careType.Slug == slug);

    /// <summary>
    /// The columns for a request: the named purchasers in their order (unknown ones reported in Dutch and left out),
    /// or else those in <paramref name="withData"/>; "Mijn regio" is put first also when it has no document.
    /// </summary>
    public (List<CatalogPurchaser> Columns, CatalogPurchaser? Mine) ResolveColumns(
        IReadOnlyList<string> requestedSlugs, IReadOnlyCollection<int> withData, MyRegionChoice? myRegion, Law law, List<string> messages)
    {
        var columns = new List<CatalogPurchaser>();
        if (requestedSlugs.Count > 0)
        {
            foreach (var slug in requestedSlugs)
            {
                if (Purchasers.FirstOrDefault(purchaser => purchaser.Slug == slug) is { } purchaser)
                {
                    columns.Add(purchaser);
                }
                else
                {
                    messages.Add($"De inkoper '{slug}' bestaat niet en is weggelaten.");
                }
            }
        }
        else
        {
            columns.AddRange(Purchasers.Where(purchaser => withData.Contains(purchaser.Id)));
        }

        var mine = MyPurchaser(myRegion, law);
        if (mine is not null && !columns.Contains(mine))
        {
            columns.Insert(0, mine);
        }

        return (columns, mine);
    }

    /// <summary>
    /// The purchaser "Mijn regio" stands for in a matrix of <paramref name="law"/>: a chosen purchaser itself, or for a
    /// region its care office (Wlz) or its preferred insurer (Zvw).
    /// </summary>
    public CatalogPurchaser? MyPurchaser(MyRegionChoice? choice, Law law)
    {
        if (choice is null)
        {
            return null;
        }

        if (choice.Kind == MyRegionChoice.PurchaserKindName)
        {
            return Purchasers.FirstOrDefault(purchaser => purchaser.Slug == choice.Slug);
        }

        var region = Regions.FirstOrDefault(candidate => candidate.Slug == choice.Slug);
        var purchaserId = law == Law.Wlz ? region?.CareOfficeId : region?.PreferredInsurerId;
        return Purchasers.FirstOrDefault(purchaser => purchaser.Id == purchaserId);
    }

    /// <summary>Years with at least one published document for the care type, newest first.</summary>
    public IReadOnlyList<int> YearsWithData(int careTypeId) =>
        Coverage.Where(coverage => coverage.CareTypeId == careTypeId)
            .SelectMany(coverage => Enumerable.Range(coverage.ValidFromYear, coverage.ValidToYear - coverage.ValidFromYear + 1))
            .Distinct()
            .OrderDescending()
            .ToList();

    public IReadOnlyList<int> PurchasersWithData(int careTypeId, int year) => PurchasersIn(Coverage, careTypeId, year);

    /// <summary>Purchasers whose published document for the care type, valid in the year, has at least one statement with content.</summary>
    public IReadOnlyList<int> PurchasersWithContent(int careTypeId, int year) => PurchasersIn(ContentCoverage, careTypeId, year);

    private static List<int> PurchasersIn(IEnumerable<CatalogCoverage> coverage, int careTypeId, int year) =>
        coverage.Where(entry => entry.CareTypeId == careTypeId && entry.ValidFromYear <= year && year <= entry.ValidToYear)
            .Select(entry => entry.PurchaserId)
            .Distinct()
            .ToList();

    /// <summary>
    /// The default columns of a matrix: the purchasers with a document for the care type in the year, and those that
    /// had one the year before (shown as "Geen document", so a reader sees who is missing), in the catalog's order.
    /// </summary>
    public IReadOnlyList<CatalogPurchaser> DefaultColumns(int careTypeId, int year)
    {
        var shown = PurchasersWithData(careTypeId, year).Concat(PurchasersWithData(careTypeId, year - 1)).ToHashSet();
        return Purchasers.Where(purchaser => shown.Contains(purchaser.Id)).ToList();
    }

    /// <summary>Years with a published document for any care type (of <paramref name="law"/>, when given), newest first.</summary>
    public IReadOnlyList<int> Years(Law? law = null)
    {
        var careTypes = CareTypes.Where(careType => law is null || careType.Law == law).Select(careType => careType.Id).ToHashSet();
        return Coverage.Where(coverage => careTypes.Contains(coverage.CareTypeId))
            .SelectMany(coverage => Enumerable.Range(coverage.ValidFromYear, coverage.ValidToYear - coverage.ValidFromYear + 1))
            .Distinct()
            .OrderDescending()
            .ToList();
    }

    /// <summary>True when a published document for the care type takes effect in the year (so something may have changed).</summary>
    public bool HasDocumentStartingIn(int careTypeId, int year) =>
        Coverage.Any(coverage => coverage.CareTypeId == careTypeId && coverage.ValidFromYear == year);

    /// <summary>
    /// Every care type and year with a published document, narrowed to a law, year or care type when given, the
    /// preferred first: the most recent year; within a year the care type with the most purchasers with content, then
    /// with a document, then the codebook's order. The one order behind every page that fills in an open choice.
    /// </summary>
    public IEnumerable<CatalogView> Views(Law? law = null, int? year = null, int? careTypeId = null) =>
        CareTypes
            .Select((careType, order) => (CareType: careType, Order: order))
            .Where(entry => (law is null || entry.CareType.Law == law) && (careTypeId is null || entry.CareType.Id == careTypeId))
            .SelectMany(entry => YearsWithData(entry.CareType.Id)
                .Where(candidate => year is null || candidate == year)
                .Select(candidate => (entry.Order, View: new CatalogView(
                    entry.CareType,
                    candidate,
                    PurchasersWithContent(entry.CareType.Id, candidate).Count,
                    PurchasersWithData(entry.CareType.Id, candidate).Count))))
            .OrderByDescending(entry => entry.View.Year)
            .ThenByDescending(entry => entry.View.PurchasersWithContent)
            .ThenByDescending(entry => entry.View.PurchasersWithData)
            .ThenBy(entry => entry.Order)
            .Select(entry => entry.View);

    /// <summary>
    /// The view a page opens on when the choice is left open: the first of <see cref="Views"/> in which at least
    /// <see cref="PurchasersToCompare"/> purchasers have content (a matrix that compares), else simply the first.
    /// </summary>
    public CatalogView? ComparingView(Law? law = null, int? year = null, int? careTypeId = null)
    {
        var views = Views(law, year, careTypeId).ToList();
        return views.FirstOrDefault(view => view.PurchasersWithContent >= PurchasersToCompare) ?? views.FirstOrDefault();
    }

    public IReadOnlyList<CatalogTopic> TopicsFor(int careTypeId) =>
        Topics.Where(topic => topic.CareTypeIds.Contains(careTypeId)).ToList();

    /// <summary>
    /// The care type's topics that some published document valid in <paramref name="year"/> speaks to: a matrix shows
    /// only these unless topics are asked for by name, so a topic one year's import brings never adds empty rows to
    /// other years.
    /// </summary>
    public IReadOnlyList<CatalogTopic> TopicsWithContent(int careTypeId, int year)
    {
        var used = TopicUse
            .Where(use => use.CareTypeId == careTypeId && use.ValidFromYear <= year && year <= use.ValidToYear)
            .Select(use => use.TopicId)
            .ToHashSet();
        return TopicsFor(careTypeId).Where(topic => used.Contains(topic.Id)).ToList();
    }

    public static async Task<MatrixCatalog> LoadAsync(IPortalDbContext context, CancellationToken cancellationToken)
    {
        var careTypes = await context.CareTypes.AsNoTracking()
            .OrderBy(careType => careType.SortOrder)
            .Select(careType => new CatalogCareType(careType.Id, careType.Slug, careType.Name, careType.Law))
            .ToListAsync(cancellationToken);
        var purchasers = await context.Purchasers.AsNoTracking()
            .OrderBy(purchaser => purchaser.SortOrder).ThenBy(purchaser => purchaser.Name)
            .Select(purchaser => new CatalogPurchaser(purchaser.Id, purchaser.Slug, purchaser.Name, purchaser.Kind))
            .ToListAsync(cancellationToken);
        var topics = await context.Topics.AsNoTracking()
            .Select(topic => new CatalogTopic(
                topic.Id,
                topic.Slug,
                topic.Name,
                topic.SortOrder,
                topic.IsPrecondition,
                topic.GuidingQuestions,
                topic.Group == null ? null : new InputGroup(topic.Group.Id, topic.Group.Slug, topic.Group.Name, topic.Group.SortOrder),
                topic.CareTypes.Select(careType => careType.Id).ToList()))
            .ToListAsync(cancellationToken);
        // Projected per document and flattened here: flattening in SQL needs APPLY, which SQLite lacks.
        var documents = await context.PolicyDocuments.AsNoTracking()
            .Where(document => document.Status == DocumentStatus.Published)
            .Select(document => new
            {
                document.PurchaserId,
                document.ValidFromYear,
                document.ValidToYear,
                CareTypeIds = document.CareTypes.Select(careType => careType.Id).ToList(),
            })
            .ToListAsync(cancellationToken);
        var coverage = documents
            .SelectMany(document => document.CareTypeIds.Select(careTypeId => new CatalogCoverage(
                document.PurchaserId, careTypeId, document.ValidFromYear, document.ValidToYear)))
            .Distinct()
            .ToList();
        // Which topics published documents speak to, per care type and validity: a join through the documents' care
        // types, distinct, so it stays small however many statements there are.
        var topicUse = await context.PolicyDocuments.AsNoTracking()
            .Where(document => document.Status == DocumentStatus.Published)
            .SelectMany(document => document.CareTypes, (document, careType) => new
            {
                DocumentId = document.Id, CareTypeId = careType.Id, document.ValidFromYear, document.ValidToYear,
            })
            .Join(
                context.Statements.Where(statement => statement.Status != StatementStatus.NotAnalysed),
                document => document.DocumentId,
                statement => statement.PolicyDocumentId,
                (document, statement) => new { statement.TopicId, StatementCareTypeId = statement.CareTypeId, document.CareTypeId, document.ValidFromYear, document.ValidToYear })
            .Where(use => use.StatementCareTypeId == null || use.StatementCareTypeId == use.CareTypeId)
            .Select(use => new CatalogTopicUse(use.TopicId, use.CareTypeId, use.ValidFromYear, use.ValidToYear))
            .Distinct()
            .ToListAsync(cancellationToken);
        // Which purchasers have content (not only states) per care type and validity: the default view compares them.
        var contentCoverage = await context.PolicyDocuments.AsNoTracking()
            .Where(document => document.Status == DocumentStatus.Published)
            .SelectMany(document => document.CareTypes, (document, careType) => new
            {
                DocumentId = document.Id, document.PurchaserId, CareTypeId = careType.Id, document.ValidFromYear, document.ValidToYear,
            })
            .Where(use => context.Statements.Any(statement => statement.PolicyDocumentId == use.DocumentId
                && statement.Status == StatementStatus.Content
                && (statement.CareTypeId == null || statement.CareTypeId == use.CareTypeId)))
            .Select(use => new CatalogCoverage(use.PurchaserId, use.CareTypeId, use.ValidFromYear, use.ValidToYear))
            .Distinct()
            .ToListAsync(cancellationToken);
        var regions = await context.Regions.AsNoTracking()
            .OrderBy(region => region.Number)
            .Select(region => new CatalogRegion(region.Slug, region.Number, region.Name, region.CareOfficeId, region.PreferredInsurerId))
            .ToListAsync(cancellationToken);
        return new MatrixCatalog(careTypes, purchasers, topics, coverage, regions, topicUse, contentCoverage);
    }
}

public sealed record CatalogCareType(int Id, string Slug, string Name, Law Law);

public sealed record CatalogPurchaser(int Id, string Slug, string Name, PurchaserKind Kind);

public sealed record CatalogTopic(
    int Id,
    string Slug,
    string Name,
    int SortOrder,
    bool IsPrecondition,
    IReadOnlyList<string> GuidingQuestions,
    InputGroup? Group,
    IReadOnlyList<int> CareTypeIds)
{
    public InputTopic ToInput() => new(Id, Slug, Name, SortOrder, IsPrecondition, GuidingQuestions, Group);
}

public sealed record CatalogRegion(string Slug, int Number, string Name, int? CareOfficeId, int? PreferredInsurerId);

/// <summary>A topic that published documents of a care type, valid from one year to another, speak to.</summary>
public sealed record CatalogTopicUse(int TopicId, int CareTypeId, int ValidFromYear, int ValidToYear);

/// <summary>A care type and year to show, with how many purchasers have content and a document in it.</summary>
public sealed record CatalogView(CatalogCareType CareType, int Year, int PurchasersWithContent, int PurchasersWithData);

public sealed record CatalogCoverage(int PurchaserId, int CareTypeId, int ValidFromYear, int ValidToYear);
