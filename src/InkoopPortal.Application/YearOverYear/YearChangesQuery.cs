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
            careType = catalog.Views(year: request.Year).FirstOrDefault()?.CareType;
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

        // A filter that names something unknown or could not be read shows nothing: it never widens silently.
        if (notFound || problems.Count > 0)
        {
            return Page(careType, year, [], []);
        }

        if (careType is not null && year is not null && (request.Year is null || request.CareTypeSlug is null))
        {
            // An open choice opens on a view with something to report: the most recent year (and within it the care
            // type with the most purchasers) in which a document took effect and something changed.
            foreach (var view in catalog.Views(year: request.Year, careTypeId: request.CareTypeSlug is null ? null : careType.Id)
                         .Where(view => catalog.HasDocumentStartingIn(view.CareType.Id, view.Year))
                         .Take(MaximumViewsTried))
            {
                var (found, foundWithout) = await ChangesAsync(catalog, view.CareType, view.Year, purchasers, request.PurchaserSlugs.Count > 0, cancellationToken);
                if (found.Count > 0)
                {
                    return Page(view.CareType, view.Year, found, foundWithout);
                }
            }
        }

        if (careType is null || year is null)
        {
            messages.Add(request.Year is { } askedYear
                ? $"Voor {askedYear} zijn nog geen gepubliceerde documenten. Kies een ander jaar."
                : "Er zijn nog geen gepubliceerde documenten.");
            return Page(careType, year, [], []);
        }

        if (!years.Contains(year.Value))
        {
            messages.Add($"Voor {DutchFormat.InSentence(careType.Name)} zijn in {year} geen gepubliceerde documenten. Kies een ander jaar of een andere zorgsoort.");
            return Page(careType, year, [], []);
        }

        var (changed, withoutPreviousYear) = await ChangesAsync(catalog, careType, year.Value, purchasers, request.PurchaserSlugs.Count > 0, cancellationToken);
        return Page(careType, year, changed, withoutPreviousYear);

        YearChangesPage Page(CatalogCareType? shownCareType, int? shownYear, IReadOnlyList<PurchaserChanges> changes, IReadOnlyList<string> withoutPrevious) =>
            new(
                request with { Year = shownYear, CareTypeSlug = shownCareType?.Slug ?? request.CareTypeSlug },
                shownCareType is null ? null : new MatrixCareType(shownCareType.Slug, shownCareType.Name, shownCareType.Law),
                changes,
                withoutPrevious,
                messages,
                notFound,
                new YearChangesOptions(FormYears.Of(catalog, request.Year), catalog.CareTypes, PurchaserOptions(catalog, shownCareType, purchasers)));
    }

    /// <summary>How many views an open choice tries before it settles for the most recent one (each costs three reads).</summary>
    private const int MaximumViewsTried = 6;

    private async Task<(IReadOnlyList<PurchaserChanges> Changed, IReadOnlyList<string> WithoutPreviousYear)> ChangesAsync(
        MatrixCatalog catalog, CatalogCareType careType, int year, List<CatalogPurchaser> chosen, bool purchasersChosen, CancellationToken cancellationToken)
    {
        var matrixCareType = new MatrixCareType(careType.Slug, careType.Name, careType.Law);

        var withData = catalog.PurchasersWithData(careType.Id, year);
        var columns = purchasersChosen ? chosen : catalog.Purchasers.Where(purchaser => withData.Contains(purchaser.Id)).ToList();

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

        return YearChangesBuilder.Build(new YearChangesInput(
            year,
            matrixCareType,
            careType.Id,
            columns.Select(purchaser => new InputPurchaser(purchaser.Id, purchaser.Slug, purchaser.Name, purchaser.Kind)).ToList(),
            topics.Select(topic => topic.ToInput()).ToList(),
            documents,
            statements,
            changes));
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
