using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Import.Names;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Presentation;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Agenda;

/// <summary>
/// The deadline calendar: every deadline of the published, live documents across purchasers, filtered by year, care
/// type and purchasers (or "Mijn regio"), beside the NZa milestones of the same years. Names and slugs resolve
/// through the matrix's (cached) catalog, with the matrix's Dutch messages. Today comes from the app's clock.
/// </summary>
public sealed class AgendaQuery(IPortalDbContextFactory contextFactory, MatrixService matrixService, TimeProvider clock, NzaMilestones milestones)
{
    public async Task<AgendaPage> GetAsync(
        AgendaRequest request, IReadOnlyList<string> problems, MyRegionChoice? myRegion = null, CancellationToken cancellationToken = default)
    {
        var catalog = await matrixService.GetCatalogAsync(cancellationToken);
        var messages = new List<string>(problems);
        var today = DutchFormat.Today(clock.GetUtcNow());

        CatalogCareType? careType = null;
        if (request.CareTypeSlug is { } careTypeSlug)
        {
            careType = catalog.CareType(careTypeSlug);
            if (careType is null)
            {
                messages.Add($"De zorgsoort '{careTypeSlug}' bestaat niet. Kies een zorgsoort uit de lijst.");
            }
        }

        var purchasers = new List<CatalogPurchaser>();
        foreach (var slug in request.PurchaserSlugs)
        {
            if (catalog.Purchasers.FirstOrDefault(purchaser => purchaser.Slug == slug) is { } purchaser)
            {
                purchasers.Add(purchaser);
            }
            else
            {
                messages.Add($"De inkoper '{slug}' bestaat niet en is weggelaten.");
            }
        }

        // "Mijn regio" narrows the agenda to the region's care office and preferred insurer (or the chosen purchaser),
        // unless the address names purchasers itself: a shared link shows what it says.
        var mine = request.PurchaserSlugs.Count == 0 ? MyPurchasers(catalog, myRegion) : [];
        var shownPurchasers = mine.Count > 0 ? mine : purchasers;

        // A filter that resolved to nothing shows nothing: it never widens silently to "all".
        var nothingLeft = (request.CareTypeSlug is not null && careType is null) || (request.PurchaserSlugs.Count > 0 && purchasers.Count == 0);
        var all = nothingLeft
            ? []
            : await LoadAsync(catalog, careType?.Id, shownPurchasers.Select(purchaser => purchaser.Id).ToList(), cancellationToken);

        var years = request.YearsShown(today);
        var deadlines = years is var (from, to) ? all.Where(deadline => deadline.FallsIn(from, to)).ToList() : all;
        var shownMilestones = nothingLeft || request.HideMilestones
            ? []
            : MilestonesIn(years ?? (FirstYear(all, today), today.Year + 1), LawsInScope(careType, shownPurchasers));
        var yearOptions = all.Where(deadline => deadline.Date is not null).Select(deadline => deadline.Date!.Value.Year)
            .Append(today.Year).Append(today.Year + 1)
            .Distinct()
            .OrderDescending()
            .ToList();
        return new AgendaPage(request, today, years, deadlines, shownMilestones, messages, catalog.CareTypes, catalog.Purchasers, mine, yearOptions);
    }

    /// <summary>The purchasers "Mijn regio" stands for in the agenda: a region's care office (Wlz) and preferred insurer (Zvw).</summary>
    public static IReadOnlyList<CatalogPurchaser> MyPurchasers(MatrixCatalog catalog, MyRegionChoice? myRegion) =>
        new[] { catalog.MyPurchaser(myRegion, Law.Zvw), catalog.MyPurchaser(myRegion, Law.Wlz) }
            .OfType<CatalogPurchaser>()
            .DistinctBy(purchaser => purchaser.Id)
            .ToList();

    private static int FirstYear(IReadOnlyList<AgendaDeadline> deadlines, DateOnly today) =>
        deadlines.Where(deadline => deadline.Date is not null).Select(deadline => deadline.Date!.Value.Year).DefaultIfEmpty(today.Year).Min();

    /// <summary>A care type's law; else the laws of the purchasers shown; else both.</summary>
    private static IReadOnlySet<Law> LawsInScope(CatalogCareType? careType, IReadOnlyList<CatalogPurchaser> purchasers)
    {
        if (careType is not null)
        {
            return new HashSet<Law> { careType.Law };
        }

        return purchasers.Count == 0
            ? new HashSet<Law> { Law.Zvw, Law.Wlz }
            : purchasers.Select(purchaser => Enum.GetValues<Law>().First(law => ImportCatalog.KindFor(law) == purchaser.Kind)).ToHashSet();
    }

    private List<AgendaMilestone> MilestonesIn((int From, int To) years, IReadOnlySet<Law> laws) =>
        Enumerable.Range(years.From, years.To - years.From + 1)
            .SelectMany(milestones.In)
            .Where(milestone => laws.Contains(milestone.Law))
            .ToList();

    private async Task<IReadOnlyList<AgendaDeadline>> LoadAsync(
        MatrixCatalog catalog, int? careTypeId, List<int> purchaserIds, CancellationToken cancellationToken)
    {
        await using var context = contextFactory.CreateDbContext();
        var documents = context.PolicyDocuments.AsNoTracking().Where(document => document.Status == DocumentStatus.Published);
        if (careTypeId is { } id)
        {
            documents = documents.Where(document => document.CareTypes.Any(candidate => candidate.Id == id));
        }

        if (purchaserIds.Count > 0)
        {
            documents = documents.Where(document => purchaserIds.Contains(document.PurchaserId));
        }

        // The soft-delete filter also applies to the deadlines and care types read through the navigations.
        var rows = await documents
            .Select(document => new
            {
                document.Id,
                document.Title,
                document.PurchaserId,
                document.ValidFromYear,
                document.ValidToYear,
                CareTypes = document.CareTypes.OrderBy(candidate => candidate.SortOrder).Select(candidate => candidate.Name).ToList(),
                Deadlines = document.Deadlines.ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var purchasers = catalog.Purchasers.Select((purchaser, order) => (purchaser, order)).ToDictionary(entry => entry.purchaser.Id);
        return rows
            .Where(row => purchasers.ContainsKey(row.PurchaserId))
            .SelectMany(row => row.Deadlines.Select(deadline => (Order: purchasers[row.PurchaserId].order, Deadline: new AgendaDeadline(
                deadline.Id,
                row.Id,
                row.Title,
                purchasers[row.PurchaserId].purchaser.Slug,
                purchasers[row.PurchaserId].purchaser.Name,
                row.CareTypes,
                deadline.Kind,
                deadline.Description,
                deadline.Responsible,
                deadline.Date,
                deadline.EndDate,
                deadline.Time,
                deadline.Precision,
                deadline.DateText,
                purchasers[row.PurchaserId].purchaser.Kind,
                row.ValidFromYear,
                row.ValidToYear), deadline.SortOrder)))
            .OrderBy(entry => entry.Deadline.Date is null)
            .ThenBy(entry => entry.Deadline.Date)
            .ThenBy(entry => entry.Deadline.Time is null)
            .ThenBy(entry => entry.Deadline.Time)
            .ThenBy(entry => entry.Order)
            .ThenBy(entry => entry.SortOrder)
            .Select(entry => entry.Deadline)
            .ToList();
    }
}
