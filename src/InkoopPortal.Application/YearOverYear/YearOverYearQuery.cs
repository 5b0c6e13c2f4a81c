using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.PolicyYears;
using InkoopPortal.Application.Presentation;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.YearOverYear;

/// <summary>
/// "Jaren vergelijken": per topic what a purchaser added, removed and changed for a care type between two years, or
/// between two documents. Published documents only. Names resolve through the matrix's cached catalog.
/// </summary>
public sealed class YearOverYearQuery(IPortalDbContextFactory contextFactory, MatrixService matrixService)
{
    public async Task<YearOverYearPage> GetAsync(YearOverYearRequest request, IReadOnlyList<string> problems, CancellationToken cancellationToken = default)
    {
        var catalog = await matrixService.GetCatalogAsync(cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        return request.ComparesDocuments
            ? await CompareDocumentsAsync(context, catalog, request, problems, cancellationToken)
            : await CompareYearsAsync(context, catalog, request, problems, cancellationToken);
    }

    private static async Task<YearOverYearPage> CompareYearsAsync(
        IPortalDbContext context, MatrixCatalog catalog, YearOverYearRequest request, IReadOnlyList<string> problems, CancellationToken cancellationToken)
    {
        var messages = new List<string>(problems);
        var purchaser = request.PurchaserSlug is { } purchaserSlug ? catalog.Purchasers.FirstOrDefault(candidate => candidate.Slug == purchaserSlug) : null;
        var careType = request.CareTypeSlug is { } careTypeSlug ? catalog.CareType(careTypeSlug) : null;
        if (request.PurchaserSlug is not null && purchaser is null)
        {
            messages.Add($"De inkoper '{request.PurchaserSlug}' bestaat niet. Kies een inkoper uit de lijst.");
        }

        if (request.CareTypeSlug is not null && careType is null)
        {
            messages.Add($"De zorgsoort '{request.CareTypeSlug}' bestaat niet. Kies een zorgsoort uit de lijst.");
        }

        var notFound = (request.PurchaserSlug is not null && purchaser is null) || (request.CareTypeSlug is not null && careType is null);
        if (purchaser is not null && careType is null && !notFound)
        {
            // Without a care type: the purchaser's first care type (in the portal's order) that has a document.
            careType = catalog.CareTypes.FirstOrDefault(candidate => catalog.Coverage.Any(coverage => coverage.PurchaserId == purchaser.Id && coverage.CareTypeId == candidate.Id));
            if (careType is null)
            {
                messages.Add($"Van {purchaser.Name} zijn nog geen documenten gepubliceerd: er is niets te vergelijken.");
            }
        }

        var years = purchaser is not null && careType is not null ? YearsOf(catalog, purchaser.Id, careType.Id) : [];
        var notes = new List<string>();
        var (from, to) = DefaultYears(request, years, notes);
        var resolved = request with { PurchaserSlug = purchaser?.Slug ?? request.PurchaserSlug, CareTypeSlug = careType?.Slug ?? request.CareTypeSlug, FromYear = from, ToYear = to };
        var options = new YearOverYearOptions(
            catalog.Purchasers,
            catalog.CareTypes,
            FormYears.Of(catalog, from, to),
            purchaser is null ? [] : await DocumentOptionsAsync(context, purchaser.Id, cancellationToken));
        YearOverYearPage Page(YearOverYearComparison? comparison) => new(resolved, comparison, [.. messages, .. notes], notFound, options);

        if (messages.Count > 0 || notFound)
        {
            return Page(null);
        }

        if (purchaser is null || careType is null)
        {
            // Nothing chosen yet (the page's first visit) asks for a choice without a message; half a choice says what is missing.
            if (!request.IsEmpty)
            {
                messages.Add(purchaser is null ? "Kies een inkoper om te vergelijken." : "Kies een zorgsoort om te vergelijken.");
            }

            return Page(null);
        }

        if (years.Count == 0)
        {
            messages.Add($"{purchaser.Name} heeft nog geen gepubliceerde documenten voor {DutchFormat.InSentence(careType.Name)}.");
            return Page(null);
        }

        foreach (var year in new[] { from!.Value, to!.Value }.Where(year => !years.Contains(year)))
        {
            messages.Add($"{purchaser.Name} heeft voor {year} geen gepubliceerd document voor {DutchFormat.InSentence(careType.Name)}.");
        }

        if (messages.Count > 0)
        {
            messages.Add($"Jaren met een document: {string.Join(", ", years.Order())}.");
            return Page(null);
        }

        var documents = (await MatrixQueries.DocumentsAsync(context, careType.Id, [purchaser.Id], from, to, cancellationToken))
            .Where(document => document.IsValidIn(from.Value) || document.IsValidIn(to.Value))
            .ToList();
        var topics = catalog.TopicsFor(careType.Id);
        var statements = await MatrixQueries.StatementsOf(context, careType.Id, documents, topics.Select(topic => topic.Id).ToList())
            .Select(statement => new
            {
                Input = new InputStatement(
                    statement.Id, statement.PolicyDocumentId, statement.TopicId, statement.CareTypeId, statement.Status,
                    statement.BodyHtml, statement.SourceLocation),
                statement.BodyMarkdown,
            })
            .ToListAsync(cancellationToken);
        var changes = await ChangesAsync(context, documents.Select(document => document.Id).ToList(), cancellationToken);

        var comparison = YearComparisonBuilder.Build(new YearComparisonInput(
            new InputPurchaser(purchaser.Id, purchaser.Slug, purchaser.Name, purchaser.Kind),
            new MatrixCareType(careType.Slug, careType.Name, careType.Law),
            careType.Id,
            from.Value,
            to.Value,
            topics.Select(topic => topic.ToInput()).ToList(),
            documents,
            statements.Select(statement => statement.Input).ToList(),
            statements.ToDictionary(statement => statement.Input.Id, statement => statement.BodyMarkdown),
            changes));
        return Page(comparison);
    }

    /// <summary>
    /// Fills in open years: both open, the purchaser's latest year with a document and the one with a document
    /// before it; one open, the year next to the other. Years given the wrong way round are turned around.
    /// </summary>
    private static (int? From, int? To) DefaultYears(YearOverYearRequest request, IReadOnlyList<int> yearsNewestFirst, List<string> notes)
    {
        var (from, to) = (request.FromYear, request.ToYear);
        if (from is null && to is null && yearsNewestFirst.Count > 0)
        {
            to = yearsNewestFirst[0];
            from = yearsNewestFirst.Count > 1 ? yearsNewestFirst[1] : to - 1;
        }

        from ??= to - 1;
        to ??= from + 1;
        if (from > to)
        {
            notes.Add($"'van' ({from}) lag na 'tot' ({to}): de jaren zijn omgedraaid, {to} is vergeleken met {from}.");
            (from, to) = (to, from);
        }

        return (from, to);
    }

    private static async Task<YearOverYearPage> CompareDocumentsAsync(
        IPortalDbContext context, MatrixCatalog catalog, YearOverYearRequest request, IReadOnlyList<string> problems, CancellationToken cancellationToken)
    {
        var messages = new List<string>(problems);
        var ids = request.DocumentIds;
        var found = await context.PolicyDocuments.AsNoTracking()
            .Where(document => ids.Contains(document.Id) && document.Status == DocumentStatus.Published)
            .Select(document => new { Document = new DiffDocument(document.Id, document.Title, document.ValidFromYear, document.ValidToYear, document.Status), document.PurchaserId })
            .ToListAsync(cancellationToken);
        var missing = ids.Where(id => found.All(candidate => candidate.Document.Id != id)).ToList();
        foreach (var id in missing)
        {
            messages.Add($"Het document met nummer {id} bestaat niet of is niet gepubliceerd.");
        }

        if (request.PurchaserSlug is not null || request.CareTypeSlug is not null || request.FromYear is not null || request.ToYear is not null)
        {
            messages.Add("Er zijn twee documenten gekozen: die zijn vergeleken, zonder de inkoper, zorgsoort of jaren uit het adres.");
        }

        // The older document is the "before" side; documents of the same years keep the order they were given in.
        var ordered = found.OrderBy(candidate => candidate.Document.ValidFromYear).ThenBy(candidate => candidate.Document.ValidToYear)
            .ThenBy(candidate => ids[0] == candidate.Document.Id ? 0 : 1).ToList();
        var purchaser = found.Count > 0 ? catalog.Purchasers.FirstOrDefault(candidate => candidate.Id == ordered[0].PurchaserId) : null;
        var options = new YearOverYearOptions(
            catalog.Purchasers,
            catalog.CareTypes,
            FormYears.Of(catalog),
            purchaser is null ? [] : await DocumentOptionsAsync(context, purchaser.Id, cancellationToken));
        var resolved = request with { PurchaserSlug = purchaser?.Slug, CareTypeSlug = null, FromYear = null, ToYear = null };
        if (problems.Count > 0 || missing.Count > 0)
        {
            return new YearOverYearPage(resolved, null, messages, missing.Count > 0, options);
        }

        var (before, after) = (ordered[0], ordered[1]);
        var changes = await ChangesAsync(context, [after.Document.Id], cancellationToken);
        var entriesByTopic = changes.Where(change => change.TopicId is not null).ToLookup(change => change.TopicId!.Value);
        var diffs = await DocumentComparison.CompareAsync(
            context, before.Document.Id, after.Document.Id, entriesByTopic.Select(group => group.Key).ToHashSet(), cancellationToken);

        var anchors = new HashSet<string>();
        var topics = diffs.Select(diff =>
        {
            // A topic can have a general row and one per care type: each block gets an id of its own.
            var anchor = YearOverYearRequest.TopicAnchor(diff.TopicSlug);
            for (var number = 2; !anchors.Add(anchor); number++)
            {
                anchor = $"{YearOverYearRequest.TopicAnchor(diff.TopicSlug)}-{number}";
            }

            return new YearTopic(diff, entriesByTopic[diff.TopicId].Select(YearComparisonBuilder.Entry).ToList(), anchor, null);
        }).ToList();
        var topicsOnPage = diffs.Select(diff => diff.TopicId).ToHashSet();
        var samePurchaser = before.PurchaserId == after.PurchaserId && purchaser is not null;
        var comparison = new YearOverYearComparison(
            new ComparedSide(before.Document.Title, null, [before.Document]),
            new ComparedSide(after.Document.Title, null, [after.Document]),
            samePurchaser ? new CellPurchaser(purchaser!.Slug, purchaser.Name) : null,
            null,
            topics,
            changes.Where(change => change.TopicId is not { } id || !topicsOnPage.Contains(id)).Select(YearComparisonBuilder.Entry).ToList());
        return new YearOverYearPage(resolved, comparison, messages, false, options);
    }

    /// <summary>Years in which the purchaser has a published document for the care type, newest first.</summary>
    private static List<int> YearsOf(MatrixCatalog catalog, int purchaserId, int careTypeId) =>
        catalog.Coverage.Where(coverage => coverage.PurchaserId == purchaserId && coverage.CareTypeId == careTypeId)
            .SelectMany(coverage => Enumerable.Range(coverage.ValidFromYear, coverage.ValidToYear - coverage.ValidFromYear + 1))
            .Distinct()
            .OrderDescending()
            .ToList();

    private static Task<List<DocumentOption>> DocumentOptionsAsync(IPortalDbContext context, int purchaserId, CancellationToken cancellationToken) =>
        context.PolicyDocuments.AsNoTracking()
            .Where(document => document.PurchaserId == purchaserId && document.Status == DocumentStatus.Published)
            .OrderByDescending(document => document.ValidFromYear).ThenBy(document => document.Title)
            .Select(document => new DocumentOption(document.Id, document.Title, document.ValidFromYear, document.ValidToYear))
            .ToListAsync(cancellationToken);

    private static Task<List<InputChange>> ChangesAsync(IPortalDbContext context, List<int> documentIds, CancellationToken cancellationToken) =>
        context.PolicyChanges.AsNoTracking()
            .Where(change => documentIds.Contains(change.PolicyDocumentId))
            .Select(change => new InputChange(change.PolicyDocumentId, change.TopicId, change.Subject, change.BodyHtml, change.SectionReference, change.SortOrder))
            .ToListAsync(cancellationToken);
}
