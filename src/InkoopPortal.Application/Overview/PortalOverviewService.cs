using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Overview;

public sealed class PortalOverviewService(IPortalDbContextFactory contextFactory)
{
    /// <summary>Reads the overview. Drafts are left out: readers only see published documents.</summary>
    public async Task<PortalOverview> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();

        var documents = await context.PolicyDocuments
            .AsNoTracking()
            .Where(document => document.Status == DocumentStatus.Published)
            .Select(document => new DocumentSummary(
                document.Id,
                document.Title,
                document.Purchaser!.Slug,
                document.Purchaser.Name,
                document.CareTypes.OrderBy(careType => careType.SortOrder).Select(careType => careType.Name).ToList(),
                document.ValidFromYear,
                document.ValidToYear,
                document.Status,
                document.SourceUrl,
                document.Statements.Count))
            .ToListAsync(cancellationToken);

        var purchasers = await context.Purchasers
            .AsNoTracking()
            .OrderBy(purchaser => purchaser.Kind == PurchaserKind.HealthInsurer ? 0 : 1).ThenBy(purchaser => purchaser.SortOrder).ThenBy(purchaser => purchaser.Name)
            .Select(purchaser => new
            {
                purchaser.Slug,
                purchaser.Name,
                purchaser.Kind,
                ConcernName = purchaser.Concern != null ? purchaser.Concern.Name : null,
                Labels = purchaser.Labels.OrderBy(label => label.SortOrder).Select(label => label.Name).ToList(),
                purchaser.Website,
                RegionCount = purchaser.Regions.Count,
            })
            .ToListAsync(cancellationToken);

        var careTypes = await context.CareTypes
            .AsNoTracking()
            .OrderBy(careType => careType.SortOrder)
            .Select(careType => new { careType.Slug, careType.Name, careType.Law })
            .ToListAsync(cancellationToken);

        var documentsPerPurchaser = documents.GroupBy(document => document.PurchaserSlug)
            .ToDictionary(group => group.Key, group => group.Count());
        var documentsPerCareType = documents.SelectMany(document => document.CareTypeNames)
            .GroupBy(name => name)
            .ToDictionary(group => group.Key, group => group.Count());

        // A document valid for several years (a.s.r. 2023-2024) belongs to each of those years.
        var byYear = documents
            .SelectMany(document => Enumerable.Range(document.ValidFromYear, document.ValidToYear - document.ValidFromYear + 1)
                .Select(year => (Year: year, Document: document)))
            .GroupBy(entry => entry.Year)
            .OrderByDescending(group => group.Key)
            .Select(group => new YearDocuments(
                group.Key,
                group.Select(entry => entry.Document)
                    .OrderBy(document => document.PurchaserName, StringComparer.CurrentCulture)
                    .ThenBy(document => document.Title, StringComparer.CurrentCulture)
                    .ToList()))
            .ToList();

        return new PortalOverview(
            purchasers.Select(purchaser => new PurchaserSummary(
                purchaser.Slug,
                purchaser.Name,
                purchaser.Kind,
                purchaser.ConcernName,
                purchaser.Labels,
                purchaser.Website,
                purchaser.RegionCount,
                documentsPerPurchaser.GetValueOrDefault(purchaser.Slug))).ToList(),
            careTypes.Select(careType => new CareTypeSummary(
                careType.Slug,
                careType.Name,
                careType.Law,
                documentsPerCareType.GetValueOrDefault(careType.Name))).ToList(),
            byYear);
    }
}
