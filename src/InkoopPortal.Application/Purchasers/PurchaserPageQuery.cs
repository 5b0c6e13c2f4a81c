using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Purchasers;

/// <summary>Reads purchaser pages and the purchaser index. Readers only see published documents.</summary>
public sealed class PurchaserPageQuery(IPortalDbContextFactory contextFactory)
{
    /// <summary>The purchaser with this slug, or null when there is none (or the slug cannot be one).</summary>
    public async Task<PurchaserPage?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        // Anything that is not a slug (10,000 characters, "%00", "../") is unknown without asking the database;
        // PostgreSQL would even refuse a NUL character with an error instead of finding nothing.
        if (!IsPossibleSlug(slug))
        {
            return null;
        }

        await using var context = contextFactory.CreateDbContext();

        var purchaser = await context.Purchasers
            .AsNoTracking()
            .AsSplitQuery()
            .Where(candidate => candidate.Slug == slug)
            .Select(candidate => new
            {
                candidate.Id,
                candidate.Slug,
                candidate.Name,
                candidate.Kind,
                candidate.Website,
                candidate.Aliases,
                candidate.ConcernId,
                ConcernName = candidate.Concern != null ? candidate.Concern.Name : null,
                Labels = candidate.Labels.OrderBy(label => label.SortOrder)
                    .Select(label => new LabelInfo(label.Name, label.Website)).ToList(),
                Regions = candidate.Regions.OrderBy(region => region.Number)
                    .Select(region => new
                    {
                        region.Number,
                        region.Name,
                        region.Note,
                        PreferredInsurer = region.PreferredInsurer == null ? null
                            : new PurchaserLink(region.PreferredInsurer.Slug, region.PreferredInsurer.Name, region.PreferredInsurer.Kind),
                        Source = new RegionSource(
                            region.Source!.Title, region.Source.Identifier, region.Source.Date, region.Source.Url, region.Source.Notes),
                    })
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (purchaser is null)
        {
            return null;
        }

        var concernPurchasers = purchaser.ConcernId is { } concernId
            ? await context.Purchasers
                .AsNoTracking()
                .Where(other => other.ConcernId == concernId && other.Id != purchaser.Id)
                // Enums are stored as text: order by the kind's meaning, not its stored name.
                .OrderBy(other => other.Kind == PurchaserKind.HealthInsurer ? 0 : 1).ThenBy(other => other.SortOrder).ThenBy(other => other.Name)
                .Select(other => new PurchaserLink(other.Slug, other.Name, other.Kind))
                .ToListAsync(cancellationToken)
            : [];

        var documents = await context.PolicyDocuments
            .AsNoTracking()
            .Where(document => document.PurchaserId == purchaser.Id && document.Status == DocumentStatus.Published)
            .Select(document => new
            {
                Document = new PurchaserDocument(
                    document.Id, document.Title, document.Kind, document.ValidFromYear, document.ValidToYear,
                    document.PublishedOn, document.SourceUrl),
                CareTypes = document.CareTypes.OrderBy(careType => careType.SortOrder)
                    .Select(careType => new { careType.Name, careType.SortOrder }).ToList(),
            })
            .ToListAsync(cancellationToken);

        // A multi-year document (a.s.r. 2023-2024) belongs to each of its years; within a year, documents for the
        // same care types stand together, in the care types' own order.
        var byYear = documents
            .SelectMany(entry => Enumerable.Range(entry.Document.ValidFromYear, entry.Document.ValidToYear - entry.Document.ValidFromYear + 1)
                .Select(year => (Year: year, Entry: entry)))
            .GroupBy(item => item.Year)
            .OrderByDescending(group => group.Key)
            .Select(group => new DocumentYear(
                group.Key,
                group.GroupBy(item => string.Join("\n", item.Entry.CareTypes.Select(careType => careType.Name)))
                    .OrderBy(careTypes => careTypes.First().Entry.CareTypes.Select(careType => careType.SortOrder).DefaultIfEmpty(int.MaxValue).Min())
                    .ThenBy(careTypes => careTypes.Key, StringComparer.CurrentCulture)
                    .Select(careTypes => new CareTypeDocuments(
                        careTypes.First().Entry.CareTypes.Select(careType => careType.Name).ToList(),
                        careTypes.Select(item => item.Entry.Document)
                            .OrderBy(document => document.Title, StringComparer.CurrentCulture)
                            .ToList()))
                    .ToList()))
            .ToList();

        return new PurchaserPage(
            purchaser.Slug,
            purchaser.Name,
            purchaser.Kind,
            purchaser.Website,
            purchaser.Aliases,
            purchaser.ConcernName,
            concernPurchasers,
            purchaser.Labels,
            purchaser.Regions.Select(region => new RegionInfo(region.Number, region.Name, region.PreferredInsurer, region.Note)).ToList(),
            purchaser.Regions.Select(region => region.Source).Distinct().ToList(),
            byYear);
    }

    /// <summary>All purchasers, insurers first, each with its number of published documents.</summary>
    public async Task<IReadOnlyList<PurchaserIndexEntry>> GetIndexAsync(CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        return await context.Purchasers
            .AsNoTracking()
            .OrderBy(purchaser => purchaser.Kind == PurchaserKind.HealthInsurer ? 0 : 1)
            .ThenBy(purchaser => purchaser.SortOrder).ThenBy(purchaser => purchaser.Name)
            .Select(purchaser => new PurchaserIndexEntry(
                purchaser.Slug,
                purchaser.Name,
                purchaser.Kind,
                purchaser.Concern != null ? purchaser.Concern.Name : null,
                context.PolicyDocuments.Count(document => document.PurchaserId == purchaser.Id && document.Status == DocumentStatus.Published)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Slugs are short, lower-case ASCII letters, digits and dashes (see <c>Content.Slug</c>).</summary>
    internal static bool IsPossibleSlug(string slug) =>
        slug.Length is > 0 and <= FieldLimits.Slug && slug.All(character => char.IsAsciiLetterLower(character) || char.IsAsciiDigit(character) || character == '-');
}
