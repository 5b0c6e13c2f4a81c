using InkoopPortal.Application.Security;
using InkoopPortal.Domain;
using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Documents;
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

    DbSet<SourceDocument> SourceDocuments { get; }

    DbSet<ContentVersion> ContentVersions { get; }

    DatabaseFacade Database { get; }

    /// <summary>Who this unit of work's changes are recorded for in the history; <see cref="AuditActor.System"/> when not set.</summary>
    AuditActor Actor { get; set; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

/// <summary>Creates a fresh <see cref="IPortalDbContext"/> for one unit of work.</summary>
public interface IPortalDbContextFactory
{
    IPortalDbContext CreateDbContext();
}
