using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Presentation;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Purchasers;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.YearOverYear;

/// <summary>
/// "Wat is er veranderd in &lt;jaar&gt;" for one care type across purchasers. Reads only the published documents of the
/// care type valid in the year or the year before, their statements (as the matrix does) and the change entries of
/// the documents that took effect in the year.
/// </summary>
public sealed class YearChangesQuery(IPortalDbContextFactory contextFactory, MatrixService matrixService)
{
    public async Task<YearChangesPage> GetAsync(YearChangesRequest request, IReadOnlyList<string> problems, CancellationToken cancellationToken = default)
    {
        var catalog = await matrixService.GetCatalogAsync(cancellationToken);
        var messages = new List<string>(problems);
        var notFound = false;

        CatalogCareType? careType;
        if (request.CareTypeSlug is { } careTypeSlug)
        {
            careType = catalog.CareType(careTypeSlug);
            if (careType is null)
            {
                messages.Add($"De zorgsoort '{careTypeSlug}' bestaat niet. Kies een zorgsoort uit de lijst.");
                notFound = true;
            }
        }
        else
        {
            // As the matrix: the care type with the most recent data (in the asked year, if one was asked for).
            careType = catalog.CareTypes
                .Select(candidate => (CareType: candidate, Years: catalog.YearsWithData(candidate.Id)))
                .Where(candidate => candidate.Years.Count > 0 && (request.Year is null || candidate.Years.Contains(request.Year.Value)))
                .OrderByDescending(candidate => candidate.Years[0])
                .Select(candidate => candidate.CareType)
                .FirstOrDefault();
        }

        var purchasers = new List<CatalogPurchaser>();
        foreach (var slug in request.PurchaserSlugs)
        {
            if (catalog.Purchasers.FirstOrDefault(candidate => candidate.Slug == slug) is { } purchaser)
            {
                purchasers.Add(purchaser);
            }
            else
            {
                messages.Add($"De inkoper '{slug}' bestaat niet. Kies inkopers uit de lijst.");
                notFound = true;
            }
        }

        var years = careType is null ? [] : catalog.YearsWithData(careType.Id);
        var year = request.Year ?? (years.Count > 0 ? years[0] : null);
        var resolved = request with { Year = year, CareTypeSlug = careType?.Slug ?? request.CareTypeSlug };
        var options = new YearChangesOptions(FormYears.Of(catalog, request.Year), catalog.CareTypes, PurchaserOptions(catalog, careType, purchasers));
        var matrixCareType = careType is null ? null : new MatrixCareType(careType.Slug, careType.Name, careType.Law);
        YearChangesPage Page(IReadOnlyList<PurchaserChanges> changes, IReadOnlyList<string> withoutPreviousYear) =>
            new(resolved, matrixCareType, changes, withoutPreviousYear, messages, notFound, options);

        // A filter that names something unknown or could not be read shows nothing: it never widens silently.
        if (notFound || problems.Count > 0)
        {
            return Page([], []);
        }

        if (careType is null || year is null)
        {
            messages.Add(request.Year is { } askedYear
                ? $"Voor {askedYear} zijn nog geen gepubliceerde documenten. Kies een ander jaar."
                : "Er zijn nog geen gepubliceerde documenten.");
            return Page([], []);
        }

        if (!years.Contains(year.Value))
        {
            messages.Add($"Voor {DutchFormat.InSentence(careType.Name)} zijn in {year} geen gepubliceerde documenten. Kies een ander jaar of een andere zorgsoort.");
            return Page([], []);
        }

        var withData = catalog.PurchasersWithData(careType.Id, year.Value);
        var columns = request.PurchaserSlugs.Count > 0 ? purchasers : catalog.Purchasers.Where(purchaser => withData.Contains(purchaser.Id)).ToList();

        await using var context = contextFactory.CreateDbContext();
        var documents = await MatrixQueries.DocumentsAsync(
            context, careType.Id, columns.Select(purchaser => purchaser.Id).ToList(), year - 1, year, cancellationToken);
        var topics = catalog.TopicsFor(careType.Id);
        var statements = await MatrixQueries.StatementInputsAsync(context, careType.Id, documents, topics.Select(topic => topic.Id).ToList(), cancellationToken);
        var takingEffect = documents.Where(document => document.ValidFromYear == year).Select(document => document.Id).ToList();
        var changes = await context.PolicyChanges.AsNoTracking()
            .Where(change => takingEffect.Contains(change.PolicyDocumentId))
            .Select(change => new InputChange(change.PolicyDocumentId, change.TopicId, change.Subject, change.BodyHtml, change.SectionReference, change.SortOrder))
            .ToListAsync(cancellationToken);

        var (changed, withoutPreviousYear) = YearChangesBuilder.Build(new YearChangesInput(
            year.Value,
            matrixCareType!,
            careType.Id,
            columns.Select(purchaser => new InputPurchaser(purchaser.Id, purchaser.Slug, purchaser.Name, purchaser.Kind)).ToList(),
            topics.Select(topic => topic.ToInput()).ToList(),
            documents,
            statements,
            changes));
        return Page(changed, withoutPreviousYear);
    }

    /// <summary>
    /// As the matrix's filter: the purchasers of the care type's law (insurers for Zvw, care offices for Wlz), any other
    /// purchaser with a document for it, and those already chosen.
    /// </summary>
    private static List<CatalogPurchaser> PurchaserOptions(MatrixCatalog catalog, CatalogCareType? careType, IReadOnlyCollection<CatalogPurchaser> chosen)
    {
        if (careType is null)
        {
            return catalog.Purchasers.ToList();
        }

        var kind = careType.Law == Law.Wlz ? PurchaserKind.CareOffice : PurchaserKind.HealthInsurer;
        var withData = catalog.Coverage.Where(coverage => coverage.CareTypeId == careType.Id).Select(coverage => coverage.PurchaserId).ToHashSet();
        return catalog.Purchasers.Where(purchaser => purchaser.Kind == kind || withData.Contains(purchaser.Id) || chosen.Contains(purchaser)).ToList();
    }
}
