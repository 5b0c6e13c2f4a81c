using InkoopPortal.Application.Security;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Persistence;

/// <summary>
/// Runs a check-then-write as one transaction that no other such write of the same kind overlaps, on every instance:
/// on PostgreSQL under a transaction-scoped advisory lock (<c>pg_advisory_xact_lock</c>, released by the commit or
/// rollback), on SQLite in a write transaction from the start (Microsoft.Data.Sqlite begins <c>BEGIN IMMEDIATE</c>),
/// which one database file allows one at a time. Nothing is written unless the work returns normally; each retry of
/// the execution strategy gets a fresh context. ADR-030.
/// </summary>
public static class SerializedWrites
{
    /// <summary>Creating next year's drafts ("Nieuw beleidsjaar", one document or a whole care type).</summary>
    public const long NewPolicyYear = 0x496E6B6F4E4A; // "InkoNJ"

    private const string PostgresProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>Runs <paramref name="work"/>; its changes are committed when <paramref name="commit"/> says so for its result.</summary>
    public static async Task<T> RunAsync<T>(
        IPortalDbContextFactory contextFactory, long lockKey, AuditActor actor, Func<IPortalDbContext, CancellationToken, Task<T>> work,
        Func<T, bool> commit, CancellationToken cancellationToken = default)
    {
        await using var outer = contextFactory.CreateDbContext();
        return await outer.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var context = contextFactory.CreateDbContext();
            context.Actor = actor;
            await using var transaction = await context.Database.BeginTransactionAsync(token);
            if (context.Database.ProviderName == PostgresProvider)
            {
                await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({lockKey})", token);
            }

            var result = await work(context, token);
            if (commit(result))
            {
                await transaction.CommitAsync(token);
            }

            return result;
        }, cancellationToken);
    }
}
