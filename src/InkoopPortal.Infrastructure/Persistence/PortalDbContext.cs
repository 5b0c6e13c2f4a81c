using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.History;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Search;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain;
using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.History;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.Domain.Sources;
using InkoopPortal.Domain.Topics;
using InkoopPortal.Infrastructure.Accounts;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using InkoopPortal.Infrastructure.Persistence.History;
using InkoopPortal.Infrastructure.Persistence.Search;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace InkoopPortal.Infrastructure.Persistence;

/// <summary>
/// The one DbContext of the portal, used with PostgreSQL and with the embedded SQLite default. Each provider has
/// its own migrations project; the model is the same except for the row version. Data Protection keys and the
/// ASP.NET Core Identity users and roles live here too, so every app instance behind a load balancer shares them
/// (ADR-007). SaveChanges keeps the history of content (ADR-008): deletes of <see cref="ContentRecord"/>s become soft
/// deletes, SQLite row versions are counted, and one <see cref="AuditEntry"/> per changed record is written in the
/// same transaction as the change, as are the search entries of the documents the change touched (ADR-015).
/// </summary>
public class PortalDbContext : IdentityDbContext<PortalUser, IdentityRole, string>, IPortalDbContext, IDataProtectionKeyContext
{
    private readonly TimeProvider _clock;

    public PortalDbContext(DbContextOptions<PortalDbContext> options, TimeProvider? clock = null)
        : base(options)
    {
        _clock = clock ?? TimeProvider.System;
        // Cascades are the soft delete's job (SoftDeletes): EF must not delete or unlink tracked dependents by itself.
        ChangeTracker.CascadeDeleteTiming = CascadeTiming.Never;
    }

    public DbSet<Concern> Concerns => Set<Concern>();

    public DbSet<Purchaser> Purchasers => Set<Purchaser>();

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<ReferenceSource> ReferenceSources => Set<ReferenceSource>();

    public DbSet<CareType> CareTypes => Set<CareType>();

    public DbSet<TopicGroup> TopicGroups => Set<TopicGroup>();

    public DbSet<Topic> Topics => Set<Topic>();

    public DbSet<PolicyDocument> PolicyDocuments => Set<PolicyDocument>();

    public DbSet<Statement> Statements => Set<Statement>();

    public DbSet<PolicyChange> PolicyChanges => Set<PolicyChange>();

    public DbSet<ContractCondition> ContractConditions => Set<ContractCondition>();

    public DbSet<Deadline> Deadlines => Set<Deadline>();

    public DbSet<Figure> Figures => Set<Figure>();

    public DbSet<DocumentSection> DocumentSections => Set<DocumentSection>();

    public DbSet<TopicAssignment> TopicAssignments => Set<TopicAssignment>();

    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();

    public DbSet<SourceFile> SourceFiles => Set<SourceFile>();

    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Failed sign-ins per client, e-mail address and browser, shared by every instance (ADR-024).</summary>
    public DbSet<SignInAttempts> SignInAttempts => Set<SignInAttempts>();

    public IQueryable<AuditEntry> AuditEntries => Set<AuditEntry>().AsNoTracking();

    public AuditActor Actor { get; set; } = AuditActor.System;

    private DatabaseProvider Provider => Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    public Task<RestoreResult> RestoreDeletedAsync(string entityType, int id, CancellationToken cancellationToken = default) =>
        SoftDeletes.RestoreAsync(this, entityType, id, cancellationToken);

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // PrepareAsync detects the changes once and turns deletes into updates; every later look at the tracker (its
        // own, the search index's, EF's save) would detect them all again, which a bulk import pays for per entity.
        var detectChanges = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var changes = await ContentChanges.PrepareAsync(
                this, Actor, _clock.GetUtcNow(), countRowVersions: Provider != DatabaseProvider.Postgres, cancellationToken);
            if (changes.IsEmpty)
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            if (changes.TouchesContent)
            {
                await MarkContentChangedAsync(cancellationToken);
            }

            var searchChanges = SearchIndexChanges.Collect(ChangeTracker);
            if (Database.CurrentTransaction is { } callersTransaction)
            {
                var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                await WriteHistoryAsync(changes, callersTransaction, cancellationToken);
                await RefreshSearchAsync(searchChanges, callersTransaction, cancellationToken);
                return count;
            }

            // The documented pattern for a retrying execution strategy: the whole transaction is retried, and the
            // change tracker accepts the changes only after the commit.
            var saved = await Database.CreateExecutionStrategy().ExecuteAsync(async token =>
            {
                await using var transaction = await Database.BeginTransactionAsync(token);
                var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, token);
                await WriteHistoryAsync(changes, transaction, token);
                await RefreshSearchAsync(searchChanges, transaction, token);
                await transaction.CommitAsync(token);
                return count;
            }, cancellationToken);
            if (acceptAllChangesOnSuccess)
            {
                ChangeTracker.AcceptAllChanges();
            }

            return saved;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    /// <summary>
    /// Moves the content version in the same transaction as the content: the one rule every write path needs for the
    /// caches of every instance (matrix pages, catalogs, ETags) to see the change (ADR-005).
    /// </summary>
    private async Task MarkContentChangedAsync(CancellationToken cancellationToken)
    {
        var version = await ContentVersions.SingleAsync(candidate => candidate.Id == ContentVersion.SingletonId, cancellationToken);
        version.Token = Guid.NewGuid();
        version.ChangedAt = _clock.GetUtcNow();

        // Changes are not detected again in this save (see SaveChangesAsync): mark them.
        var entry = Entry(version);
        entry.Property(candidate => candidate.Token).IsModified = true;
        entry.Property(candidate => candidate.ChangedAt).IsModified = true;
    }

    /// <summary>Content is saved with SaveChangesAsync only; other rows (Data Protection keys) may be saved synchronously.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ChangeTracker.DetectChanges();
        if (ChangeTracker.Entries().Any(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && ContentRecordModel.IsAudited(entry.Metadata)))
        {
            throw new InvalidOperationException("Content changes are saved with SaveChangesAsync, which records their history.");
        }

        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        ContentRecordModel.Configure(modelBuilder, onPostgres: Database.IsNpgsql());
        SearchEntryModel.Configure(modelBuilder, onPostgres: Database.IsNpgsql());
    }

    /// <summary>
    /// Writes the history rows on this context's connection, in its transaction, past the change tracker: this one
    /// still holds the content changes (not yet accepted), which a second SaveChanges here would write again.
    /// </summary>
    private Task WriteHistoryAsync(ContentChanges changes, IDbContextTransaction transaction, CancellationToken cancellationToken) =>
        AuditEntryWriter.InsertAsync(this, transaction.GetDbTransaction(), changes.ToAuditEntries(), cancellationToken);

    /// <summary>Rewrites the search entries of the documents the save touched, on this connection and in its transaction.</summary>
    private async Task RefreshSearchAsync(SearchIndexChanges searchChanges, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        if (searchChanges.IsEmpty)
        {
            return;
        }

        await using var search = new PortalDbContext(DbContextOptionsConfigurator.ForConnection(Provider, Database.GetDbConnection()));
        await search.Database.UseTransactionAsync(transaction.GetDbTransaction(), cancellationToken);
        await SearchIndex.RefreshAsync(search, SearchStore.For(Provider), searchChanges.DocumentIds(), cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and safe when members are added in between.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
