using System.Globalization;
using InkoopPortal.Application.Content;
using InkoopPortal.Application.Import.Drafts;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.PolicyYears;

/// <summary>The outcome of creating or publishing a draft: the document it concerns, or why it was refused, in Dutch.</summary>
public sealed record PolicyYearResult(bool Succeeded, int? DocumentId, string Message, IReadOnlyList<string> Details)
{
    /// <summary>When refused because the purchaser has a document for the year already: that document (to link to).</summary>
    public ExistingDocument? Existing { get; init; }

    internal static PolicyYearResult Refused(string message) => new(false, null, message, []);
}

/// <summary>The comparison of a draft with its predecessor, or a Dutch message saying why there is none.</summary>
public sealed record PolicyYearDiffResult(PolicyYearDiff? Diff, string? Message);

/// <summary>
/// "Nieuw beleidsjaar": drafts next year's policy of a purchaser from this year's published one, shows what the
/// editor changed against it, and publishes it, recording a change entry for every changed topic the editor left
/// undescribed. Drafts are invisible to readers until they are published.
/// </summary>
public sealed class NewPolicyYearService(IPortalDbContextFactory contextFactory)
{
    /// <summary>Starts the body of every change entry the portal writes itself at publication.</summary>
    public const string GeneratedChangePrefix = "Automatisch vastgelegd bij publicatie";

    /// <summary>
    /// Copies a published document into a draft for the year after its last year: statements, contract conditions
    /// with their thresholds, deadlines (moved as many years on) and figures. Not its own change list nor its
    /// sections: those belong to last year's text. Serialized with every other new year (ADR-030): two editors
    /// clicking at once get one draft and one refusal naming it.
    /// </summary>
    public async Task<PolicyYearResult> CreateDraftAsync(
        int sourceDocumentId, IPortalAuthorization authorization, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Edit, cancellationToken);
        return await SerializedWrites.RunAsync(contextFactory, SerializedWrites.NewPolicyYear, actor, async (context, token) =>
        {
            var source = await Sources(context, document => document.Id == sourceDocumentId).SingleOrDefaultAsync(token);
            if (source is null)
            {
                return PolicyYearResult.Refused($"Het document met nummer {sourceDocumentId} bestaat niet.");
            }

            if (source.Status == DocumentStatus.Draft)
            {
                return PolicyYearResult.Refused(
                    $"'{source.Title}' is zelf een concept. Maak een nieuw beleidsjaar vanuit een gepubliceerd document.");
            }

            var year = source.ValidToYear + 1;
            if (await ExistingAsync(context, source.PurchaserId, source.CareTypes.Select(careType => careType.Id).ToList(), year, null, token) is { } existing)
            {
                return PolicyYearResult.Refused(existing.Message(source.Purchaser!.Name, year)) with { Existing = existing };
            }

            var draft = DraftOf(source, year);
            context.PolicyDocuments.Add(draft);
            await context.SaveChangesAsync(token);
            var years = year - source.ValidFromYear;
            return new PolicyYearResult(true, draft.Id, $"Concept '{draft.Title}' voor {year} is aangemaakt vanuit '{source.Title}'.",
            [
                $"{draft.Statements.Count} uitspraken, {draft.Conditions.Count} voorwaarden, {draft.Deadlines.Count} termijnen en "
                + $"{draft.Figures.Count} cijfers overgenomen.",
                years == 1
                    ? "De termijnen zijn een jaar opgeschoven."
                    : $"De termijnen zijn {years} jaar opgeschoven, van {source.ValidFromYear} naar {year}.",
                "Lezers zien het concept pas na publicatie.",
            ]);
        }, result => result.Succeeded, cancellationToken);
    }

    /// <summary>
    /// What "Nieuw beleidsjaar" would do for one published document, before anyone clicks: the new year and the
    /// document already there for it (draft or published), if any. Null when the document does not exist.
    /// </summary>
    public async Task<NewYearPlan?> PlanAsync(int sourceDocumentId, CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        var source = await context.PolicyDocuments.AsNoTracking()
            .Where(document => document.Id == sourceDocumentId)
            .Select(document => new { document.Id, document.Title, document.PurchaserId, document.Status, document.ValidToYear, CareTypeIds = document.CareTypes.Select(careType => careType.Id).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (source is null)
        {
            return null;
        }

        var year = source.ValidToYear + 1;
        return new NewYearPlan(source.Id, source.Title, year,
            await ExistingAsync(context, source.PurchaserId, source.CareTypeIds, year, null, cancellationToken));
    }

    /// <summary>
    /// The year a care type's new policy year starts from: the last year a published document of it is valid for
    /// (null when it has none).
    /// </summary>
    public async Task<int?> LatestYearAsync(string careTypeSlug, CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        return await context.PolicyDocuments.AsNoTracking()
            .Where(document => document.Status == DocumentStatus.Published && document.CareTypes.Any(careType => careType.Slug == careTypeSlug))
            .MaxAsync(document => (int?)document.ValidToYear, cancellationToken);
    }

    /// <summary>
    /// "Nieuw beleidsjaar voor alle documenten van een zorgsoort": a draft for <paramref name="fromYear"/> + 1 of every
    /// published document of the care type whose last year is <paramref name="fromYear"/>, unless its purchaser has a
    /// document (draft or published) for that year and care type already. All drafts or none, in one transaction,
    /// serialized with every other new year: clicking twice, or two editors at once, never makes a second draft; the
    /// second run reports each document as skipped with the draft that is there.
    /// </summary>
    public async Task<CareTypeNewYearResult> CreateDraftsForCareTypeAsync(
        string careTypeSlug, int fromYear, IPortalAuthorization authorization, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Edit, cancellationToken);
        var year = fromYear + 1;
        return await SerializedWrites.RunAsync(contextFactory, SerializedWrites.NewPolicyYear, actor, async (context, token) =>
        {
            var careType = await context.CareTypes.AsNoTracking().Where(candidate => candidate.Slug == careTypeSlug)
                .Select(candidate => new { candidate.Id, candidate.Name }).SingleOrDefaultAsync(token);
            if (careType is null)
            {
                return new CareTypeNewYearResult(year, "", [], [], $"De zorgsoort '{careTypeSlug}' bestaat niet.");
            }

            var sources = await Sources(context, document => document.Status == DocumentStatus.Published
                    && document.ValidFromYear <= fromYear && document.ValidToYear >= fromYear
                    && document.CareTypes.Any(candidate => candidate.Id == careType.Id))
                .ToListAsync(token);
            var created = new List<(PolicyDocument Source, PolicyDocument Draft)>();
            var skipped = new List<NewYearSkip>();
            foreach (var source in sources.OrderBy(source => source.Purchaser!.Name, StringComparer.CurrentCulture).ThenBy(source => source.Id))
            {
                if (source.ValidToYear > fromYear)
                {
                    skipped.Add(new NewYearSkip(source.Id, source.Title, source.Purchaser!.Name,
                        $"geldt tot en met {source.ValidToYear}, dus ook voor {year}", null));
                    continue;
                }

                if (await ExistingAsync(context, source.PurchaserId, source.CareTypes.Select(candidate => candidate.Id).ToList(), year, null, token) is { } existing)
                {
                    skipped.Add(new NewYearSkip(source.Id, source.Title, source.Purchaser!.Name,
                        existing.Status == DocumentStatus.Draft ? $"er is al een concept voor {year}" : $"er is al een gepubliceerd document voor {year}",
                        existing));
                    continue;
                }

                var draft = DraftOf(source, year);
                context.PolicyDocuments.Add(draft);
                created.Add((source, draft));
            }

            if (created.Count > 0)
            {
                await context.SaveChangesAsync(token);
            }

            var made = created.Select(pair => new NewYearDraft(pair.Source.Id, pair.Source.Title, pair.Source.Purchaser!.Name, pair.Draft.Id, pair.Draft.Title)).ToList();
            var message = (made.Count, skipped.Count) switch
            {
                (0, 0) => $"Er zijn geen gepubliceerde documenten van {careType.Name} voor {fromYear}: er is niets aangemaakt.",
                (0, _) => $"Er is niets aangemaakt: elk document van {careType.Name} voor {fromYear} heeft al een opvolger voor {year} of loopt door.",
                _ => $"{made.Count} {(made.Count == 1 ? "concept" : "concepten")} voor {year} aangemaakt; {skipped.Count} overgeslagen.",
            };
            return new CareTypeNewYearResult(year, careType.Name, made, skipped, message);
        }, _ => true, cancellationToken);
    }

    /// <summary>Published documents to copy, with everything a draft takes over.</summary>
    private static IQueryable<PolicyDocument> Sources(IPortalDbContext context, System.Linq.Expressions.Expression<Func<PolicyDocument, bool>> which) =>
        context.PolicyDocuments
            .Include(document => document.Purchaser)
            .Include(document => document.CareTypes)
            .Include(document => document.Statements)
            .Include(document => document.Conditions).ThenInclude(condition => condition.Thresholds)
            .Include(document => document.Deadlines)
            .Include(document => document.Figures)
            .AsSplitQuery()
            .Where(which);

    /// <summary>The draft of <paramref name="source"/> for <paramref name="year"/> (ADR-009): content copied, deadlines moved.</summary>
    private static PolicyDocument DraftOf(PolicyDocument source, int year)
    {
        // A two-year policy (2023-2024) is followed by one for 2025: its calendar, made for 2023, moves two years.
        var years = year - source.ValidFromYear;
        return new PolicyDocument
        {
            PurchaserId = source.PurchaserId,
            Title = YearShift.Title(source.Title, source.ValidFromYear, source.ValidToYear, year),
            Kind = source.Kind,
            CareTypes = [.. source.CareTypes],
            ValidFromYear = year,
            ValidToYear = year,
            Status = DocumentStatus.Draft,
            PredecessorId = source.Id,
            Statements = source.Statements.Select(statement => statement.CopyContent()).ToList(),
            Conditions = source.Conditions.Select(Copy).ToList(),
            Deadlines = source.Deadlines.Select(deadline => YearShift.Deadline(deadline, years)).ToList(),
            Figures = source.Figures.Select(Copy).ToList(),
        };
    }

    /// <summary>Per topic, last year's statement beside the new one with their word-level difference, plus added and removed topics.</summary>
    public async Task<PolicyYearDiffResult> DiffAsync(int draftId, CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        var documents = await context.PolicyDocuments.AsNoTracking()
            .Where(document => document.Id == draftId)
            .Select(document => new
            {
                Current = new DiffDocument(document.Id, document.Title, document.ValidFromYear, document.ValidToYear, document.Status),
                Previous = document.Predecessor == null
                    ? null
                    : new DiffDocument(
                        document.Predecessor.Id, document.Predecessor.Title, document.Predecessor.ValidFromYear,
                        document.Predecessor.ValidToYear, document.Predecessor.Status),
                ChangedTopicIds = document.Changes.Where(change => change.TopicId != null).Select(change => change.TopicId!.Value).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (documents is null)
        {
            return new PolicyYearDiffResult(null, $"Het concept met nummer {draftId} bestaat niet.");
        }

        if (documents.Previous is null)
        {
            return new PolicyYearDiffResult(null,
                $"'{documents.Current.Title}' is niet vanuit een eerder document gemaakt: er is geen vorig jaar om mee te vergelijken.");
        }

        var topics = await DocumentComparison.CompareAsync(
            context, documents.Previous.Id, documents.Current.Id, documents.ChangedTopicIds.ToHashSet(), cancellationToken);
        return new PolicyYearDiffResult(new PolicyYearDiff(documents.Previous, documents.Current, topics), null);
    }

    /// <summary>
    /// Publishes the draft. For every topic whose statement differs from the predecessor's and that has no change
    /// entry yet, a change entry is recorded (marked generated), so the matrix and the cell detail show the change.
    /// </summary>
    public async Task<PolicyYearResult> PublishAsync(
        int draftId, IPortalAuthorization authorization, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Edit, cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        context.Actor = actor;
        var draft = await context.PolicyDocuments
            .Include(document => document.Purchaser)
            .Include(document => document.CareTypes)
            .Include(document => document.Changes)
            .Include(document => document.Predecessor)
            .AsSplitQuery()
            .SingleOrDefaultAsync(document => document.Id == draftId, cancellationToken);
        if (draft is null)
        {
            return PolicyYearResult.Refused($"Het concept met nummer {draftId} bestaat niet.");
        }

        if (draft.Status == DocumentStatus.Published)
        {
            return PolicyYearResult.Refused($"'{draft.Title}' is al gepubliceerd.");
        }

        if (draft.ImportSourceId is not null)
        {
            var (published, message) = await ImportedDraftPublishing.PublishAsync(context, draft, cancellationToken);
            if (!published)
            {
                return PolicyYearResult.Refused(message);
            }

            await context.SaveChangesAsync(cancellationToken);
            return new PolicyYearResult(true, draft.RevisesDocumentId ?? draft.Id, $"{message} Lezers zien het nu in de vergelijking.", []);
        }

        var careTypeIds = draft.CareTypes.Select(careType => careType.Id).ToList();
        for (var year = draft.ValidFromYear; year <= draft.ValidToYear; year++)
        {
            if (await ExistingAsync(context, draft.PurchaserId, careTypeIds, year, draft.Id, cancellationToken) is { } existing)
            {
                return PolicyYearResult.Refused($"'{draft.Title}' is niet gepubliceerd. {existing.Message(draft.Purchaser!.Name, year)}") with { Existing = existing };
            }
        }

        var recorded = new List<string>();
        if (draft.Predecessor is { } predecessor)
        {
            var topics = await DocumentComparison.CompareAsync(
                context, predecessor.Id, draft.Id,
                draft.Changes.Where(change => change.TopicId is not null).Select(change => change.TopicId!.Value).ToHashSet(),
                cancellationToken);
            var sortOrder = draft.Changes.Select(change => change.SortOrder).DefaultIfEmpty(0).Max();
            foreach (var topic in topics.Where(topic => topic.Kind != TopicDiffKind.Unchanged && !topic.HasChangeEntry))
            {
                var change = new PolicyChange
                {
                    TopicId = topic.TopicId,
                    Subject = topic.CareTypeName is null ? topic.TopicName : $"{topic.TopicName} ({topic.CareTypeName})",
                    IsGenerated = true,
                    SortOrder = ++sortOrder,
                };
                RichTextRenderer.SetBody(change, GeneratedChangeText(topic, YearsText(predecessor)));
                draft.Changes.Add(change);
                recorded.Add($"Wijziging automatisch vastgelegd: {change.Subject}.");
            }
        }

        draft.Status = DocumentStatus.Published;
        await context.SaveChangesAsync(cancellationToken);
        return new PolicyYearResult(true, draft.Id, $"'{draft.Title}' is gepubliceerd en voor lezers zichtbaar.", recorded);
    }

    /// <summary>The body of a generated change entry: what changed, in Dutch, starting with <see cref="GeneratedChangePrefix"/>.</summary>
    internal static string GeneratedChangeText(TopicDiff topic, string previousYears) => topic switch
    {
        { Kind: TopicDiffKind.Added, After: { } after } =>
            $"{GeneratedChangePrefix}: nieuw ten opzichte van {previousYears} ({after.StatusText}).",
        { Kind: TopicDiffKind.Removed, Before: { } before } =>
            $"{GeneratedChangePrefix}: in {previousYears} stond hier '{before.StatusText}'; dit jaar is er geen uitspraak.",
        { StatusChanged: true, Before: { } before, After: { } after } =>
            $"{GeneratedChangePrefix}: was '{before.StatusText}' in {previousYears}, is nu '{after.StatusText}'.",
        _ => $"{GeneratedChangePrefix}: de tekst is gewijzigd ten opzichte van {previousYears}.",
    };

    private static string YearsText(PolicyDocument document) =>
        document.ValidFromYear == document.ValidToYear
            ? document.ValidFromYear.ToString(CultureInfo.InvariantCulture)
            : $"{document.ValidFromYear}–{document.ValidToYear}";

    /// <summary>
    /// The document the purchaser already has for one of the care types in the year (any status, except
    /// <paramref name="exceptId"/>); the matrix shows one document per purchaser, care type and year.
    /// </summary>
    private static Task<ExistingDocument?> ExistingAsync(
        IPortalDbContext context, int purchaserId, IReadOnlyCollection<int> careTypeIds, int year, int? exceptId,
        CancellationToken cancellationToken) =>
        context.PolicyDocuments.AsNoTracking()
            .Where(document => document.PurchaserId == purchaserId
                && (exceptId == null || document.Id != exceptId)
                && document.ValidFromYear <= year && document.ValidToYear >= year
                && document.CareTypes.Any(careType => careTypeIds.Contains(careType.Id)))
            .OrderBy(document => document.Id)
            .Select(document => new ExistingDocument(document.Id, document.Title, document.Status))
            .FirstOrDefaultAsync(cancellationToken);

    private static ContractCondition Copy(ContractCondition condition) => new ContractCondition
    {
        Category = condition.Category,
        ProviderType = condition.ProviderType,
        CareTypeId = condition.CareTypeId,
        Kind = condition.Kind,
        Text = condition.Text,
        ThresholdLogic = condition.ThresholdLogic,
        Thresholds = condition.Thresholds.Select(threshold => new ConditionThreshold
        {
            Metric = threshold.Metric,
            Operator = threshold.Operator,
            Value = threshold.Value,
            Unit = threshold.Unit,
            SourceText = threshold.SourceText,
            SortOrder = threshold.SortOrder,
        }).ToList(),
        SourceDocumentId = condition.SourceDocumentId,
        SortOrder = condition.SortOrder,
    }.CopyCitation(condition);

    private static Figure Copy(Figure figure) => new Figure
    {
        Name = figure.Name,
        Category = figure.Category,
        CareTypeId = figure.CareTypeId,
        Year = figure.Year,
        Value = figure.Value,
        Unit = figure.Unit,
        Basis = figure.Basis,
        SortOrder = figure.SortOrder,
    }.CopyCitation(figure);
}
