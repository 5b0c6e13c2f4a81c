using InkoopPortal.Application.Codebook;
using InkoopPortal.Application.Content;
using InkoopPortal.Application.Documents;
using InkoopPortal.Application.History;
using InkoopPortal.Application.Import.SourceFiles;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Presentation;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Comparison;

/// <summary>The cell detail, or Dutch messages; <see cref="NotFound"/> when a named year, care type, purchaser or topic does not exist.</summary>
public sealed record CellDetailResult(CellDetail? Detail, IReadOnlyList<string> Messages, bool NotFound);

/// <summary>Reads one cell with its source, the year before and the document's change entries.</summary>
public sealed class CellDetailService(IPortalDbContextFactory contextFactory, MatrixService matrixService)
{
    public async Task<CellDetailResult> GetAsync(CellDetailRequest request, CancellationToken cancellationToken = default)
    {
        var catalog = await matrixService.GetCatalogAsync(cancellationToken);
        var messages = new List<string>();
        var careType = catalog.CareType(request.CareTypeSlug);
        var purchaser = catalog.Purchasers.FirstOrDefault(candidate => candidate.Slug == request.PurchaserSlug);
        var topic = catalog.Topics.FirstOrDefault(candidate => candidate.Slug == request.TopicSlug);
        if (careType is null)
        {
            messages.Add($"De zorgsoort '{request.CareTypeSlug}' bestaat niet.");
        }

        if (purchaser is null)
        {
            messages.Add($"De inkoper '{request.PurchaserSlug}' bestaat niet.");
        }

        if (topic is null)
        {
            messages.Add($"Het onderwerp '{request.TopicSlug}' bestaat niet.");
        }
        else if (careType is not null && !topic.CareTypeIds.Contains(careType.Id))
        {
            messages.Add($"Het onderwerp {topic.Name} hoort niet bij {DutchFormat.InSentence(careType.Name)}.");
        }

        if (messages.Count > 0 || careType is null || purchaser is null || topic is null)
        {
            return new CellDetailResult(null, messages, NotFound: true);
        }

        await using var context = contextFactory.CreateDbContext();
        var documents = await MatrixQueries.DocumentsAsync(
            context, careType.Id, [purchaser.Id], request.Year - 1, request.Year, cancellationToken);
        var documentIds = documents.Select(document => document.Id).ToList();
        var statements = await MatrixQueries.StatementsOf(context, careType.Id, documents, [topic.Id])
            .Select(statement => new
            {
                Input = new InputStatement(
                    statement.Id, statement.PolicyDocumentId, statement.TopicId, statement.CareTypeId, statement.Status,
                    statement.BodyHtml, statement.SourceLocation, statement.SourceWording),
                statement.SourceDocumentId,
                SourceTitle = statement.SourceDocument == null ? null : statement.SourceDocument.Title,
                SourceFileName = statement.SourceDocument == null ? null : statement.SourceDocument.FileName,
                SourcePublisher = statement.SourceDocument == null ? null : statement.SourceDocument.Publisher,
                statement.SourcePage,
            })
            .ToListAsync(cancellationToken);
        var edits = await StatementEdits.LastAsync(context, statements.Select(statement => statement.Input.Id).ToList(), cancellationToken);
        var changes = await context.PolicyChanges.AsNoTracking()
            .Where(change => documentIds.Contains(change.PolicyDocumentId) && change.TopicId == topic.Id)
            .Select(change => new InputChange(change.PolicyDocumentId, change.TopicId, change.Subject, change.BodyHtml, change.SectionReference, change.SortOrder))
            .ToListAsync(cancellationToken);

        var detail = CellDetailBuilder.Build(new CellDetailInput(
            request.Year,
            new MatrixCareType(careType.Slug, careType.Name, careType.Law),
            careType.Id,
            new InputPurchaser(purchaser.Id, purchaser.Slug, purchaser.Name, purchaser.Kind),
            topic.ToInput(),
            documents,
            statements.Select(statement => statement.Input).ToList(),
            statements.Where(statement => statement.SourceTitle is not null || statement.Input.SourceLocation is not null || edits.ContainsKey(statement.Input.Id))
                .ToDictionary(
                    statement => statement.Input.Id,
                    statement => new CellSource(
                        statement.SourceTitle ?? "Onbekende bron", statement.SourcePublisher, statement.Input.SourceLocation,
                        statement.SourceFileName is null ? null : statement.SourceDocumentId, statement.SourceFileName, statement.SourcePage)
                    {
                        Edit = edits.GetValueOrDefault(statement.Input.Id),
                        IsImported = statement.SourceTitle is not null || statement.Input.SourceLocation is not null,
                    }),
            changes));
        if (detail.Current.Document is { } current)
        {
            detail = detail with { Passages = await PassagesAsync(context, current.Id, topic.Id, cancellationToken) };
        }

        return new CellDetailResult(detail, messages, NotFound: false);
    }

    private static async Task<IReadOnlyList<CellPassage>> PassagesAsync(IPortalDbContext context, int documentId, int topicId, CancellationToken cancellationToken)
    {
        var assignments = await context.TopicAssignments.AsNoTracking()
            .Where(assignment => assignment.PolicyDocumentId == documentId && assignment.TopicId == topicId)
            .Select(assignment => new
            {
                assignment.DocumentSectionId, assignment.Section!.Number, assignment.Section.Title, assignment.Section.SortOrder,
                assignment.Section.SourceLocation, assignment.Section.BodyMarkdown, assignment.FirstParagraph, assignment.LastParagraph,
                assignment.Score, assignment.ConfirmedBy, assignment.ConfirmedAt,
                assignment.Section.SourceDocumentId, assignment.Section.SourcePage,
                SourceFileName = assignment.Section.SourceDocument == null ? null : assignment.Section.SourceDocument.FileName,
            })
            .ToListAsync(cancellationToken);
        // The page stays small whatever was imported (ADR-022): a passage longer than a part of the document page shows
        // its first blocks, and once the page holds a part's worth, the further passages are listed by their link only.
        var room = DocumentTextParts.BudgetChars;
        return assignments
            .OrderBy(assignment => assignment.SortOrder).ThenBy(assignment => assignment.FirstParagraph ?? -1)
            .Select(assignment =>
            {
                var html = RichTextRenderer.ToHtml(PassageText.Of(assignment.BodyMarkdown, assignment.FirstParagraph, assignment.LastParagraph));
                var (shown, isShortened) = HtmlBlocks.FirstPart(html, Math.Min(room, DocumentTextParts.PassageBudgetChars));
                room -= shown.Length;
                return new CellPassage(
                    documentId,
                    assignment.DocumentSectionId,
                    assignment.Number is null ? assignment.Title : $"{assignment.Number} {assignment.Title}",
                    PassageRange.Describe(assignment.FirstParagraph, assignment.LastParagraph),
                    assignment.SourceLocation,
                    shown,
                    FilingTexts.State(assignment.ConfirmedBy, assignment.ConfirmedAt, assignment.Score),
                    assignment.ConfirmedBy is null,
                    isShortened)
                {
                    PageLink = SourcePageLink.For(assignment.SourceDocumentId, assignment.SourceFileName, assignment.SourcePage),
                };
            })
            .ToList();
    }
}
