using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Agenda;

/// <summary>
/// The deadline calendar: every deadline of the published, live documents across purchasers, filtered by care type
/// and purchasers. Names and slugs resolve through the matrix's (cached) catalog, with the matrix's Dutch messages.
/// </summary>
public sealed class AgendaQuery(IPortalDbContextFactory contextFactory, MatrixService matrixService)
{
    public async Task<AgendaPage> GetAsync(AgendaRequest request, IReadOnlyList<string> problems, CancellationToken cancellationToken = default)
    {
        var catalog = await matrixService.GetCatalogAsync(cancellationToken);
        var messages = new List<string>(problems);

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

        // A filter that resolved to nothing shows nothing: it never widens silently to "all".
        var nothingLeft = (request.CareTypeSlug is not null && careType is null) || (request.PurchaserSlugs.Count > 0 && purchasers.Count == 0);
        var deadlines = nothingLeft
            ? []
            : await LoadAsync(catalog, careType?.Id, purchasers.Select(purchaser => purchaser.Id).ToList(), cancellationToken);
        return new AgendaPage(request, deadlines, messages, catalog.CareTypes, catalog.Purchasers);
    }

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
                deadline.DateText), deadline.SortOrder)))
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
