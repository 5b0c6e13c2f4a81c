using System.Globalization;
using InkoopPortal.Application.Content;
using InkoopPortal.Application.History;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Editing;

/// <summary>What an editor changes of a statement (a matrix cell), and the version it started from.</summary>
public sealed record StatementEditModel
{
    public required int StatementId { get; init; }

    public StatementStatus Status { get; set; } = StatementStatus.Content;

    public string Markdown { get; set; } = "";

    /// <summary>The statement's <see cref="ContentRecord.RowVersion"/> when loaded; send it back unchanged.</summary>
    public uint Version { get; set; }
}

/// <summary>A statement opened for editing: the edit model and what the form shows around it.</summary>
public sealed record StatementEdit(
    StatementEditModel Model,
    int DocumentId,
    string DocumentTitle,
    string PurchaserName,
    string TopicName,
    string? CareTypeName);

/// <summary>
/// Edits the text and status of one statement. A save based on an older version than the database has is refused
/// as a conflict (see <see cref="OptimisticSave"/>); the HTML is always rendered here from the Markdown.
/// </summary>
public sealed class StatementEditor(IPortalDbContextFactory contextFactory, TimeProvider clock)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public async Task<StatementEdit?> LoadAsync(int statementId, CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        return await context.Statements.AsNoTracking()
            .Where(statement => statement.Id == statementId)
            .Select(statement => new StatementEdit(
                new StatementEditModel
                {
                    StatementId = statement.Id,
                    Status = statement.Status,
                    Markdown = statement.BodyMarkdown,
                    Version = statement.RowVersion,
                },
                statement.PolicyDocumentId,
                statement.PolicyDocument!.Title,
                statement.PolicyDocument.Purchaser!.Name,
                statement.Topic!.Name,
                statement.CareType != null ? statement.CareType.Name : null))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Saves the edit for <paramref name="actor"/> if it is valid and the statement is still at <see cref="StatementEditModel.Version"/>.</summary>
    public async Task<SaveResult<StatementEditModel>> SaveAsync(
        StatementEditModel edit, IPortalAuthorization authorization, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Edit, cancellationToken);
        var messages = Validate(edit);
        if (messages.Count > 0)
        {
            return new SaveResult<StatementEditModel>.Invalid(messages);
        }

        await using var context = contextFactory.CreateDbContext();
        context.Actor = actor;
        var statement = await context.Statements.SingleOrDefaultAsync(candidate => candidate.Id == edit.StatementId, cancellationToken);
        return await OptimisticSave.SaveAsync(
            context,
            statement,
            edit.Version,
            edit,
            ToModel,
            stored =>
            {
                stored.Status = edit.Status;
                RichTextRenderer.SetBody(stored, edit.Markdown ?? "");
            },
            clock,
            cancellationToken);
    }

    /// <summary>
    /// Deletes the statement (a soft delete: it can be restored from the history) if it is still at
    /// <paramref name="version"/>; a conflict otherwise, so nobody deletes a text they have not seen.
    /// </summary>
    public async Task<SaveResult<StatementEditModel>> DeleteAsync(
        int statementId, uint version, IPortalAuthorization authorization, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Edit, cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        context.Actor = actor;
        var statement = await context.Statements.SingleOrDefaultAsync(candidate => candidate.Id == statementId, cancellationToken);
        return await OptimisticSave.SaveAsync(
            context,
            statement,
            version,
            statement is null ? new StatementEditModel { StatementId = statementId, Version = version } : ToModel(statement),
            ToModel,
            stored => context.Statements.Remove(stored),
            clock,
            cancellationToken);
    }

    /// <summary>
    /// Both texts of a conflict merged word by word, as a starting point for the editor; null when the two edits
    /// changed the same words (or the base version is unknown) and the editor has to merge by hand.
    /// </summary>
    public static string? SuggestMerge(SaveResult<StatementEditModel>.Conflict conflict) =>
        conflict.Base is null ? null : TextMerge.TryMerge(conflict.Base.Markdown, conflict.Mine.Markdown, conflict.Theirs.Values.Markdown);

    /// <summary>The Dutch messages for what is wrong with an edit; empty when it can be saved.</summary>
    public static IReadOnlyList<FieldMessage> Validate(StatementEditModel edit)
    {
        var messages = new List<FieldMessage>();
        if (!Enum.IsDefined(edit.Status))
        {
            messages.Add(new FieldMessage(nameof(StatementEditModel.Status),
                "Kies wat de cel zegt: beleid beschreven, geen bijzonderheden, geen beleid gepubliceerd of nog niet geanalyseerd."));
        }

        var markdown = edit.Markdown ?? "";
        if (edit.Status == StatementStatus.Content && string.IsNullOrWhiteSpace(markdown))
        {
            messages.Add(new FieldMessage(nameof(StatementEditModel.Markdown),
                "Vul de tekst van de cel in. Is er niets te beschrijven, kies dan 'Geen bijzonderheden', " +
                "'Geen beleid gepubliceerd' of 'Nog niet geanalyseerd'."));
        }

        if (markdown.Length > FieldLimits.StatementMarkdown)
        {
            messages.Add(new FieldMessage(nameof(StatementEditModel.Markdown), string.Format(Dutch,
                "De tekst is {0:N0} tekens lang; een cel mag er ten hoogste {1:N0} hebben. Kort de tekst in of verdeel hem over onderwerpen.",
                markdown.Length, FieldLimits.StatementMarkdown)));
        }

        return messages;
    }

    /// <summary>The edit model of a stored statement.</summary>
    public static StatementEditModel ToModel(Statement statement) => new()
    {
        StatementId = statement.Id,
        Status = statement.Status,
        Markdown = statement.BodyMarkdown,
        Version = statement.RowVersion,
    };
}
