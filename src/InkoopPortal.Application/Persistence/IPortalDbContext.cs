using InkoopPortal.Application.History;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain;
using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.History;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.Domain.Sources;
using InkoopPortal.Domain.Topics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace InkoopPortal.Application.Persistence;

/// <summary>
/// The portal's database as the use cases see it: EF Core sets, no repository layer on top.
/// One instance per operation (see <see cref="IPortalDbContextFactory"/>): a context held for the life of a
/// Blazor circuit would be shared by concurrent events.
/// Content records (<see cref="ContentRecord"/>) are never hard-deleted: <c>Remove</c> marks them deleted in
/// SaveChanges, queries leave deleted rows out, and SaveChanges writes an <see cref="AuditEntry"/> per change in the
/// same transaction, for <see cref="Actor"/>. See ADR-008.
/// </summary>
public interface IPortalDbContext : IDisposable, IAsyncDisposable
{
    DbSet<Concern> Concerns { get; }

    DbSet<Purchaser> Purchasers { get; }

    DbSet<Region> Regions { get; }

    DbSet<ReferenceSource> ReferenceSources { get; }

    DbSet<CareType> CareTypes { get; }

    DbSet<TopicGroup> TopicGroups { get; }

    DbSet<Topic> Topics { get; }

    DbSet<PolicyDocument> PolicyDocuments { get; }

    DbSet<Statement> Statements { get; }

    DbSet<PolicyChange> PolicyChanges { get; }

    DbSet<ContractCondition> ContractConditions { get; }

    DbSet<Deadline> Deadlines { get; }

    DbSet<Figure> Figures { get; }

    DbSet<DocumentSection> DocumentSections { get; }

    DbSet<TopicAssignment> TopicAssignments { get; }

    DbSet<SourceDocument> SourceDocuments { get; }

    DbSet<SourceFile> SourceFiles { get; }

    DbSet<ContentVersion> ContentVersions { get; }

    /// <summary>The history of every change to content, read-only (SaveChanges writes it).</summary>
    IQueryable<AuditEntry> AuditEntries { get; }

    DatabaseFacade Database { get; }

    /// <summary>Who this unit of work's changes are recorded for in the history; <see cref="AuditActor.System"/> when not set.</summary>
    AuditActor Actor { get; set; }

    /// <summary>
    /// Throws <see cref="RecordInUseException"/> when a delete would leave live records pointing at a deleted one, and
    /// <see cref="DbUpdateConcurrencyException"/> when an updated record's
    /// <see cref="ContentRecord.RowVersion"/> is no longer the one in the database.
    /// </summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks a deleted record live again, with the records deleted together with it (a document's statements); the
    /// caller saves. <paramref name="entityType"/> is the name in the history (<see cref="AuditEntry.EntityType"/>).
    /// </summary>
    Task<RestoreResult> RestoreDeletedAsync(string entityType, int id, CancellationToken cancellationToken = default);
}

/// <summary>Creates a fresh <see cref="IPortalDbContext"/> for one unit of work.</summary>
public interface IPortalDbContextFactory
{
    IPortalDbContext CreateDbContext();
}
