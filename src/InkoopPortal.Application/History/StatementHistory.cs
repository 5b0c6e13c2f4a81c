using System.Globalization;
using InkoopPortal.Application.Content;
using InkoopPortal.Application.Editing;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.History;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.History;

/// <summary>One version of a statement in its history: the change that made it and the text it left.</summary>
public sealed record StatementVersion(
    long AuditEntryId,
    int Number,
    AuditAction Action,
    DateTimeOffset At,
    string UserName,
    string? UserId,
    StatementStatus Status,
    string Markdown);

/// <summary>The versions of a statement, what changed between two of them, and putting an old version back.</summary>
public sealed class StatementHistory(IPortalDbContextFactory contextFactory, StatementEditor editor)
{
    /// <summary>Every version, oldest first (numbered from 1); empty when the statement has no history.</summary>
    public async Task<IReadOnlyList<StatementVersion>> ListVersionsAsync(int statementId, CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        var key = statementId.ToString(CultureInfo.InvariantCulture);
        var entries = await context.AuditEntries
            .Where(entry => entry.EntityType == nameof(Statement) && entry.EntityKey == key)
            .OrderBy(entry => entry.Id)
            .ToListAsync(cancellationToken);
        return entries.Select((entry, index) =>
            {
                var snapshot = AuditSnapshot.Read<Statement>(entry.After ?? entry.Before!);
                return new StatementVersion(
                    entry.Id, index + 1, entry.Action, entry.At, entry.UserName, entry.UserId, snapshot.Status, snapshot.BodyMarkdown);
            })
            .ToList();
    }

    /// <summary>The formatted word diff from one version to another; null when either is not a version of this statement.</summary>
    public async Task<RichTextDiff?> CompareAsync(
        int statementId, long fromAuditEntryId, long toAuditEntryId, CancellationToken cancellationToken = default)
    {
        var versions = await ListVersionsAsync(statementId, cancellationToken);
        var from = versions.FirstOrDefault(version => version.AuditEntryId == fromAuditEntryId);
        var to = versions.FirstOrDefault(version => version.AuditEntryId == toAuditEntryId);
        return from is null || to is null ? null : Compare(from, to);
    }

    public static RichTextDiff Compare(StatementVersion from, StatementVersion to) => RichTextDiff.Compare(from.Markdown, to.Markdown);

    /// <summary>
    /// Saves an old version's text and status as a new change (in the history like any edit). Saved against the
    /// statement's current version, so only a save that happens in between is a conflict.
    /// </summary>
    public async Task<SaveResult<StatementEditModel>> RestoreVersionAsync(
        int statementId, long auditEntryId, IPortalAuthorization authorization, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Edit, cancellationToken);
        var version = (await ListVersionsAsync(statementId, cancellationToken))
            .FirstOrDefault(candidate => candidate.AuditEntryId == auditEntryId);
        var current = await editor.LoadAsync(statementId, cancellationToken);
        if (version is null || current is null)
        {
            return new SaveResult<StatementEditModel>.NotFound();
        }

        return await editor.SaveAsync(
            current.Model with { Status = version.Status, Markdown = version.Markdown }, authorization, actor, cancellationToken);
    }
}
