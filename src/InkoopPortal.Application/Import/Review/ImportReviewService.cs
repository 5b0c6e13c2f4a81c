using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Import.Drafts;
using InkoopPortal.Application.Import.Names;
using InkoopPortal.Application.Import.SourceFiles;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Sources;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Import.Review;

/// <summary>
/// One import as an editor reviews it: the stored file (name, how it was read, its SHA-256 and where the original
/// is served), the drafts it made and the matrix of their cells, and the documents it has published.
/// </summary>
public sealed record ImportReview(
    int SourceId,
    string FileName,
    string Title,
    SourceDocumentKind Kind,
    string? EncodingName,
    string Sha256,
    bool HasOriginal,
    DateTimeOffset ImportedAt,
    int Year,
    IReadOnlyList<ImportReviewDocument> Drafts,
    IReadOnlyList<ImportReviewDocument> Published,
    PreviewMatrix Matrix);

/// <summary>A document of an import; for a draft that revises a published document, that document.</summary>
public sealed record ImportReviewDocument(int Id, string Title, string PurchaserName, int Statements, int? RevisesId, string? RevisesTitle);

/// <summary>What publishing or discarding an import did, or why it did nothing, in Dutch.</summary>
public sealed record ImportReviewResult(bool Succeeded, string Message, IReadOnlyList<string> Details);

/// <summary>
/// The review of an import's drafts: shown, published together in one transaction, or discarded. Scoped: checks
/// the current editor's role itself.
/// </summary>
public sealed class ImportReviewService(
    IPortalDbContextFactory contextFactory, IPortalAuthorization authorization, ICurrentActor currentActor)
{
    /// <summary>The import with its drafts; null when there is no import with this id.</summary>
    public async Task<ImportReview?> GetAsync(int sourceId, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Edit, cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        var source = await context.SourceDocuments.AsNoTracking()
            .Where(candidate => candidate.Id == sourceId)
            .Select(candidate => new
            {
                candidate.Id, candidate.FileName, candidate.Title, candidate.Kind, candidate.Encoding, candidate.ContentSha256,
                candidate.ImportedAt, candidate.Year, HasOriginal = candidate.OriginalFile != null,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (source is null)
        {
            return null;
        }

        var documents = await context.PolicyDocuments.AsNoTracking()
            .Where(document => document.ImportSourceId == sourceId)
            .OrderBy(document => document.Purchaser!.SortOrder).ThenBy(document => document.Id)
            .Select(document => new
            {
                document.Id, document.Title, document.Status, PurchaserName = document.Purchaser!.Name, PurchaserSlug = document.Purchaser.Slug,
                Statements = document.Statements.Count, document.RevisesDocumentId,
                RevisesTitle = document.RevisesDocument == null ? null : document.RevisesDocument.Title,
            })
            .ToListAsync(cancellationToken);
        var drafts = documents.Where(document => document.Status == DocumentStatus.Draft).ToList();

        var draftIds = drafts.Select(draft => draft.Id).ToList();
        var statements = await context.Statements.AsNoTracking()
            .Where(statement => draftIds.Contains(statement.PolicyDocumentId))
            .Select(statement => new
            {
                statement.PolicyDocumentId, statement.TopicId, TopicSlug = statement.Topic!.Slug, TopicName = statement.Topic.Name,
                TopicSort = statement.Topic.SortOrder, GroupName = statement.Topic.Group == null ? null : statement.Topic.Group.Name,
                GroupSort = statement.Topic.Group == null ? int.MaxValue : statement.Topic.Group.SortOrder,
                statement.Topic.IsPrecondition, statement.Topic.GuidingQuestions,
                CareTypeName = statement.CareType == null ? null : statement.CareType.Name, statement.CareTypeId,
                statement.Status, statement.BodyHtml, statement.SourceLocation, statement.SourceWording,
                statement.SourcePage, statement.SourceDocumentId, SourceFileName = statement.SourceDocument == null ? null : statement.SourceDocument.FileName,
            })
            .ToListAsync(cancellationToken);
        var revisedIds = drafts.Select(draft => draft.RevisesDocumentId).OfType<int>().ToList();
        var replaced = (await context.Statements.AsNoTracking()
                .Where(statement => revisedIds.Contains(statement.PolicyDocumentId))
                .Select(statement => new { statement.PolicyDocumentId, statement.TopicId, statement.CareTypeId })
                .ToListAsync(cancellationToken))
            .Select(statement => (statement.PolicyDocumentId, statement.TopicId, statement.CareTypeId))
            .ToHashSet();

        var columns = drafts.Select(draft => new PreviewColumn(
                draft.PurchaserName,
                new ImportName(ImportNameKind.Purchaser, draft.PurchaserName, 0, null, new NameMatch(NameMatchKind.Exact, draft.PurchaserSlug, draft.PurchaserName)),
                draft.RevisesTitle is null ? "nieuw document" : $"werkt '{draft.RevisesTitle}' bij"))
            .ToList();
        var groups = statements
            .GroupBy(statement => (statement.TopicId, statement.CareTypeId))
            .Select(topic => topic.First())
            .OrderBy(topic => topic.GroupSort).ThenBy(topic => topic.TopicSort).ThenBy(topic => topic.TopicName, StringComparer.CurrentCulture)
            .GroupBy(topic => topic.GroupName)
            .Select(group => new PreviewRowGroup(group.Key, group.Select(topic => new PreviewRow(
                topic.CareTypeName is null ? topic.TopicName : $"{topic.TopicName} ({topic.CareTypeName})",
                new ImportName(ImportNameKind.Topic, topic.TopicName, 0, null, new NameMatch(NameMatchKind.Exact, topic.TopicSlug, topic.TopicName)),
                topic.IsPrecondition,
                topic.GuidingQuestions,
                drafts.Select(draft =>
                {
                    var statement = statements.FirstOrDefault(candidate => candidate.PolicyDocumentId == draft.Id
                        && candidate.TopicId == topic.TopicId && candidate.CareTypeId == topic.CareTypeId);
                    if (statement is null)
                    {
                        return new PreviewCell(draft.PurchaserName, CellState.NotAnalysed, "", null, null, false);
                    }

                    var state = CellStates.From(statement.Status);
                    var replaces = draft.RevisesDocumentId is { } revised && replaced.Contains((revised, statement.TopicId, statement.CareTypeId));
                    return new PreviewCell(draft.PurchaserName, state, state == CellState.Content ? statement.BodyHtml : "", null, null, replaces,
                        statement.SourceWording, statement.SourceLocation, statement.SourcePage,
                        SourcePageLink.For(statement.SourceDocumentId, statement.SourceFileName, statement.SourcePage));
                }).ToList())).ToList()))
            .ToList();

        return new ImportReview(
            source.Id, source.FileName, source.Title, source.Kind, source.Encoding, source.ContentSha256, source.HasOriginal, source.ImportedAt,
            source.Year,
            drafts.Select(draft => new ImportReviewDocument(draft.Id, draft.Title, draft.PurchaserName, draft.Statements, draft.RevisesDocumentId, draft.RevisesTitle)).ToList(),
            documents.Where(document => document.Status == DocumentStatus.Published)
                .Select(document => new ImportReviewDocument(document.Id, document.Title, document.PurchaserName, document.Statements, null, null)).ToList(),
            new PreviewMatrix($"Concepten uit {source.FileName}", columns, groups));
    }

    /// <summary>Publishes every draft of the import in one transaction: all of them or, when one cannot be, none.</summary>
    public async Task<ImportReviewResult> PublishAsync(int sourceId, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Edit, cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        context.Actor = await currentActor.GetAsync(cancellationToken);
        var drafts = await DraftsAsync(context, sourceId, cancellationToken);
        if (drafts.Count == 0)
        {
            return new ImportReviewResult(false, "Deze import heeft geen concepten (meer) om te publiceren.", []);
        }

        var details = new List<string>();
        foreach (var draft in drafts)
        {
            var (published, message) = await ImportedDraftPublishing.PublishAsync(context, draft, cancellationToken);
            if (!published)
            {
                return new ImportReviewResult(false, $"Er is niets gepubliceerd. {message}", []);
            }

            details.Add(message);
        }

        await context.SaveChangesAsync(cancellationToken);
        return new ImportReviewResult(true, $"{drafts.Count} concept(en) gepubliceerd; lezers zien ze nu in de vergelijking.", details);
    }

    /// <summary>Deletes the import's drafts (reversible from the recycle bin); published documents stay.</summary>
    public async Task<ImportReviewResult> DiscardAsync(int sourceId, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Edit, cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        context.Actor = await currentActor.GetAsync(cancellationToken);
        var drafts = await DraftsAsync(context, sourceId, cancellationToken);
        if (drafts.Count == 0)
        {
            return new ImportReviewResult(false, "Deze import heeft geen concepten (meer) om te verwijderen.", []);
        }

        context.PolicyDocuments.RemoveRange(drafts);
        await context.SaveChangesAsync(cancellationToken);
        return new ImportReviewResult(true, $"{drafts.Count} concept(en) verwijderd. U vindt ze in de prullenbak.", []);
    }

    private static Task<List<PolicyDocument>> DraftsAsync(IPortalDbContext context, int sourceId, CancellationToken cancellationToken) =>
        context.PolicyDocuments
            .Where(document => document.ImportSourceId == sourceId && document.Status == DocumentStatus.Draft)
            .OrderBy(document => document.Id)
            .ToListAsync(cancellationToken);
}
