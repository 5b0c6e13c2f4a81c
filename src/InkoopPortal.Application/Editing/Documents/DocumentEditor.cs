using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Editing.Documents;

/// <summary>What an editor changes of a document's own details, and the version it started from.</summary>
public sealed record DocumentEditModel
{
    public required int DocumentId { get; init; }

    public string Title { get; set; } = "";

    public int ValidFromYear { get; set; }

    public int ValidToYear { get; set; }

    public string? SourceUrl { get; set; }

    public DateOnly? PublishedOn { get; set; }

    /// <summary>The document's own version as the source names it ("versie 2").</summary>
    public string? PolicyVersion { get; set; }

    /// <summary>The document's <see cref="ContentRecord.RowVersion"/> when loaded; send it back unchanged.</summary>
    public uint Version { get; set; }
}

/// <summary>One row of the document's statements: a statement of a topic, or a topic that has none yet.</summary>
public sealed record TopicStatement(
    int TopicId,
    string TopicName,
    int? StatementId,
    StatementStatus? Status,
    string Preview,
    uint Version,
    string? CareTypeName);

/// <summary>A document opened for editing: its details and what the page shows around them.</summary>
public sealed record DocumentEdit(
    DocumentEditModel Model,
    string PurchaserName,
    IReadOnlyList<string> CareTypeNames,
    DocumentStatus Status,
    IReadOnlyList<TopicStatement> Statements);

/// <summary>
/// The document editing page's use cases: the document's details (saved with <see cref="OptimisticSave"/>) and its
/// statements per topic (add one for a topic without, delete one). Every write checks the editor's rights itself.
/// </summary>
public sealed class DocumentEditor(IPortalDbContextFactory contextFactory, StatementEditor statements, TimeProvider clock)
{
    private const int PreviewLength = 140;

    public async Task<DocumentEdit?> LoadAsync(int documentId, CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        var document = await context.PolicyDocuments.AsNoTracking()
            .Include(candidate => candidate.Purchaser)
            .Include(candidate => candidate.CareTypes)
            .SingleOrDefaultAsync(candidate => candidate.Id == documentId, cancellationToken);
        if (document is null)
        {
            return null;
        }

        var careTypeIds = document.CareTypes.Select(careType => careType.Id).ToList();
        var stored = await context.Statements.AsNoTracking()
            .Where(statement => statement.PolicyDocumentId == documentId)
            .Select(statement => new
            {
                statement.Id,
                statement.TopicId,
                TopicName = statement.Topic!.Name,
                statement.Status,
                statement.BodyMarkdown,
                statement.RowVersion,
                CareTypeName = statement.CareType != null ? statement.CareType.Name : null,
                GroupOrder = statement.Topic.Group != null ? statement.Topic.Group.SortOrder : int.MaxValue,
                TopicOrder = statement.Topic.SortOrder,
            })
            .ToListAsync(cancellationToken);
        var topics = await context.Topics.AsNoTracking()
            .Where(topic => topic.CareTypes.Any(careType => careTypeIds.Contains(careType.Id)))
            .Select(topic => new
            {
                topic.Id,
                topic.Name,
                GroupOrder = topic.Group != null ? topic.Group.SortOrder : int.MaxValue,
                TopicOrder = topic.SortOrder,
            })
            .ToListAsync(cancellationToken);

        var rows = stored
            .Select(statement => (statement.GroupOrder, statement.TopicOrder, Row: new TopicStatement(
                statement.TopicId, statement.TopicName, statement.Id, statement.Status, Preview(statement.BodyMarkdown),
                statement.RowVersion, statement.CareTypeName)))
            .Concat(topics
                .Where(topic => stored.All(statement => statement.TopicId != topic.Id))
                .Select(topic => (topic.GroupOrder, topic.TopicOrder, Row: new TopicStatement(topic.Id, topic.Name, null, null, "", 0, null))))
            .OrderBy(row => row.GroupOrder).ThenBy(row => row.TopicOrder).ThenBy(row => row.Row.TopicName, StringComparer.CurrentCulture)
            .ThenBy(row => row.Row.CareTypeName ?? "", StringComparer.CurrentCulture)
            .Select(row => row.Row)
            .ToList();

        return new DocumentEdit(
            ToModel(document),
            document.Purchaser!.Name,
            document.CareTypes.OrderBy(careType => careType.SortOrder).Select(careType => careType.Name).ToList(),
            document.Status,
            rows);
    }

    /// <summary>Saves the document's details if they are valid and the document is still at <see cref="DocumentEditModel.Version"/>.</summary>
    public async Task<SaveResult<DocumentEditModel>> SaveAsync(
        DocumentEditModel edit, IPortalAuthorization authorization, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Edit, cancellationToken);
        var messages = Validate(edit);
        if (messages.Count > 0)
        {
            return new SaveResult<DocumentEditModel>.Invalid(messages);
        }

        await using var context = contextFactory.CreateDbContext();
        context.Actor = actor;
        var document = await context.PolicyDocuments.SingleOrDefaultAsync(candidate => candidate.Id == edit.DocumentId, cancellationToken);
        return await OptimisticSave.SaveAsync(
            context,
            document,
            edit.Version,
            edit,
            ToModel,
            stored =>
            {
                stored.Title = edit.Title.Trim();
                stored.ValidFromYear = edit.ValidFromYear;
                stored.ValidToYear = edit.ValidToYear;
                stored.SourceUrl = FieldChecks.Trimmed(edit.SourceUrl);
                stored.PublishedOn = edit.PublishedOn;
                stored.Version = FieldChecks.Trimmed(edit.PolicyVersion);
            },
            clock,
            cancellationToken);
    }

    /// <summary>
    /// Adds a statement ("nog niet geanalyseerd", no text) for a topic of the document that has none, and returns its
    /// id for the statement editor; the existing one's id when the topic already has one; null when the document or
    /// topic does not exist.
    /// </summary>
    public async Task<int?> AddStatementAsync(
        int documentId, int topicId, IPortalAuthorization authorization, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Edit, cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        context.Actor = actor;
        if (!await context.PolicyDocuments.AnyAsync(document => document.Id == documentId, cancellationToken)
            || !await context.Topics.AnyAsync(topic => topic.Id == topicId, cancellationToken))
        {
            return null;
        }

        var existing = await context.Statements
            .Where(statement => statement.PolicyDocumentId == documentId && statement.TopicId == topicId)
            .Select(statement => (int?)statement.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var added = new Statement { PolicyDocumentId = documentId, TopicId = topicId, Status = StatementStatus.NotAnalysed };
        context.Statements.Add(added);
        await context.SaveChangesAsync(cancellationToken);
        return added.Id;
    }

    /// <summary>Deletes a statement (soft) if it is still at <paramref name="version"/>; see <see cref="StatementEditor.DeleteAsync"/>.</summary>
    public async Task<SaveResult<StatementEditModel>> DeleteStatementAsync(
        int statementId, uint version, IPortalAuthorization authorization, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Edit, cancellationToken);
        return await statements.DeleteAsync(statementId, version, authorization, actor, cancellationToken);
    }

    /// <summary>The Dutch messages for what is wrong with the document's details; empty when they can be saved.</summary>
    public static IReadOnlyList<FieldMessage> Validate(DocumentEditModel edit)
    {
        var checks = new FieldChecks();
        checks.Required(nameof(edit.Title), edit.Title, "de titel", FieldLimits.Title);
        checks.Year(nameof(edit.ValidFromYear), edit.ValidFromYear, "het eerste jaar");
        checks.Year(nameof(edit.ValidToYear), edit.ValidToYear, "het laatste jaar");
        if (edit.ValidToYear < edit.ValidFromYear && checks.Messages.Count(message => message.Field.StartsWith("Valid", StringComparison.Ordinal)) == 0)
        {
            checks.Add(nameof(edit.ValidToYear),
                $"Het laatste jaar ({edit.ValidToYear}) ligt vóór het eerste jaar ({edit.ValidFromYear}): het document geldt van het eerste tot en met het laatste jaar.");
        }

        checks.WebAddress(nameof(edit.SourceUrl), edit.SourceUrl, "de bron");
        if (edit.PublishedOn is { } published)
        {
            checks.Year(nameof(edit.PublishedOn), published.Year, "het jaar van de publicatiedatum");
        }

        checks.MaxLength(nameof(edit.PolicyVersion), edit.PolicyVersion, "de versie", FieldLimits.Name);
        return checks.Messages;
    }

    public static DocumentEditModel ToModel(PolicyDocument document) => new()
    {
        DocumentId = document.Id,
        Title = document.Title,
        ValidFromYear = document.ValidFromYear,
        ValidToYear = document.ValidToYear,
        SourceUrl = document.SourceUrl,
        PublishedOn = document.PublishedOn,
        PolicyVersion = document.Version,
        Version = document.RowVersion,
    };

    private static string Preview(string markdown) => TextPreview.Of(markdown, PreviewLength);
}
