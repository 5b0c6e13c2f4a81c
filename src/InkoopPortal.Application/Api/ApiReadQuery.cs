using System.Linq.Expressions;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Purchasers;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Api;

/// <summary>
/// The read-only API's lists and records. Only what a reader sees: published documents, no deleted records (the
/// context's filters leave those out). Null means "no such record".
/// </summary>
public sealed class ApiReadQuery(IPortalDbContextFactory contextFactory)
{
    /// <summary>The current content version: what the API's ETags are made of.</summary>
    public async Task<Guid> ContentVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        return await ContentVersions.CurrentAsync(context, cancellationToken);
    }

    public async Task<Paged<ApiPurchaser>> PurchasersAsync(PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        var purchasers = context.Purchasers.AsNoTracking();
        var total = await purchasers.CountAsync(cancellationToken);
        var items = await purchasers
            .OrderBy(purchaser => purchaser.SortOrder).ThenBy(purchaser => purchaser.Name).ThenBy(purchaser => purchaser.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(purchaser => new ApiPurchaser(
                purchaser.Slug, purchaser.Name, purchaser.Kind, purchaser.Concern != null ? purchaser.Concern.Name : null, purchaser.Website))
            .ToListAsync(cancellationToken);
        return new Paged<ApiPurchaser>(items, page.Page, page.PageSize, total);
    }

    public async Task<ApiPurchaserDetail?> PurchaserAsync(string slug, CancellationToken cancellationToken = default)
    {
        if (!PurchaserPageQuery.IsPossibleSlug(slug))
        {
            return null;
        }

        await using var context = contextFactory.CreateDbContext();
        var purchaser = await context.Purchasers.AsNoTracking()
            .Where(candidate => candidate.Slug == slug)
            .Select(candidate => new
            {
                candidate.Slug,
                candidate.Name,
                candidate.Kind,
                Concern = candidate.Concern != null ? candidate.Concern.Name : null,
                candidate.Website,
                candidate.Aliases,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (purchaser is null)
        {
            return null;
        }

        var documents = await OrderedDocuments(PublishedDocuments(context).Where(document => document.Purchaser!.Slug == slug))
            .Select(ToApiDocument)
            .ToListAsync(cancellationToken);
        return new ApiPurchaserDetail(
            purchaser.Slug, purchaser.Name, purchaser.Kind, purchaser.Concern, purchaser.Website, purchaser.Aliases, documents);
    }

    public async Task<IReadOnlyList<ApiCareType>> CareTypesAsync(CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        return await context.CareTypes.AsNoTracking()
            .OrderBy(careType => careType.SortOrder).ThenBy(careType => careType.Name)
            .Select(careType => new ApiCareType(careType.Slug, careType.Name, careType.Description, careType.Law, careType.SortOrder))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every topic in the matrix's order: by group (ungrouped last), then within the group.</summary>
    public async Task<IReadOnlyList<ApiTopic>> TopicsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        var topics = await context.Topics.AsNoTracking().AsSplitQuery()
            .Select(topic => new
            {
                topic.Slug,
                topic.Name,
                Group = topic.Group == null ? null : new ApiTopicGroup(topic.Group.Slug, topic.Group.Name, topic.Group.SortOrder),
                topic.SortOrder,
                topic.IsPrecondition,
                topic.GuidingQuestions,
                CareTypes = topic.CareTypes.OrderBy(careType => careType.SortOrder).Select(careType => careType.Slug).ToList(),
            })
            .ToListAsync(cancellationToken);
        return topics
            .OrderBy(topic => topic.Group is null ? 1 : 0).ThenBy(topic => topic.Group?.Order).ThenBy(topic => topic.Group?.Slug, StringComparer.Ordinal)
            .ThenBy(topic => topic.SortOrder).ThenBy(topic => topic.Slug, StringComparer.Ordinal)
            .Select(topic => new ApiTopic(topic.Slug, topic.Name, topic.Group, topic.SortOrder, topic.IsPrecondition, topic.GuidingQuestions, topic.CareTypes))
            .ToList();
    }

    /// <summary>The published documents that pass the filter; the filter's slugs must exist (the caller checks with <see cref="UnknownFilterSlugAsync"/>).</summary>
    public async Task<Paged<ApiDocument>> DocumentsAsync(DocumentFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        var documents = PublishedDocuments(context);
        if (filter.Year is { } year)
        {
            documents = documents.Where(document => document.ValidFromYear <= year && year <= document.ValidToYear);
        }

        if (filter.CareTypeSlug is { } careType)
        {
            documents = documents.Where(document => document.CareTypes.Any(candidate => candidate.Slug == careType));
        }

        if (filter.PurchaserSlug is { } purchaser)
        {
            documents = documents.Where(document => document.Purchaser!.Slug == purchaser);
        }

        var total = await documents.CountAsync(cancellationToken);
        var items = await OrderedDocuments(documents).Skip(page.Skip).Take(page.PageSize).Select(ToApiDocument).ToListAsync(cancellationToken);
        return new Paged<ApiDocument>(items, page.Page, page.PageSize, total);
    }

    /// <summary>A Dutch message for a filter slug that names no care type or purchaser; null when both exist.</summary>
    public async Task<string?> UnknownFilterSlugAsync(DocumentFilter filter, CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        if (filter.CareTypeSlug is { } careType && !await context.CareTypes.AnyAsync(candidate => candidate.Slug == careType, cancellationToken))
        {
            return $"De zorgsoort '{careType}' bestaat niet. Vraag /api/v1/care-types op voor de zorgsoorten.";
        }

        if (filter.PurchaserSlug is { } purchaser && !await context.Purchasers.AnyAsync(candidate => candidate.Slug == purchaser, cancellationToken))
        {
            return $"De inkoper '{purchaser}' bestaat niet. Vraag /api/v1/purchasers op voor de inkopers.";
        }

        return null;
    }

    public async Task<ApiDocument?> DocumentAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        return await PublishedDocuments(context).Where(document => document.Id == id).Select(ToApiDocument).SingleOrDefaultAsync(cancellationToken);
    }

    private static IQueryable<PolicyDocument> PublishedDocuments(IPortalDbContext context) =>
        context.PolicyDocuments.AsNoTracking().AsSplitQuery().Where(document => document.Status == DocumentStatus.Published);

    private static IQueryable<PolicyDocument> OrderedDocuments(IQueryable<PolicyDocument> documents) =>
        documents
            .OrderBy(document => document.Purchaser!.SortOrder).ThenBy(document => document.Purchaser!.Name)
            .ThenByDescending(document => document.ValidFromYear).ThenBy(document => document.Id);

    private static readonly Expression<Func<PolicyDocument, ApiDocument>> ToApiDocument = document => new ApiDocument(
        document.Id,
        document.Title,
        document.Kind,
        new ApiPurchaserLink(document.Purchaser!.Slug, document.Purchaser.Name),
        document.CareTypes.OrderBy(careType => careType.SortOrder).Select(careType => careType.Slug).ToList(),
        document.ValidFromYear,
        document.ValidToYear,
        document.SourceUrl,
        document.PublishedOn,
        document.Version,
        document.ImportSource != null
            ? new ApiSource(document.ImportSource.Id, document.ImportSource.FileName, document.ImportSource.ContentSha256)
            : document.Statements
                .Where(statement => statement.SourceDocument != null)
                .OrderBy(statement => statement.Id)
                .Select(statement => new ApiSource(statement.SourceDocument!.Id, statement.SourceDocument.FileName, statement.SourceDocument.ContentSha256))
                .FirstOrDefault());
}
