using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain;
using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.Domain.Sources;
using InkoopPortal.Domain.Topics;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Infrastructure.Persistence;

/// <summary>
/// The one DbContext of the portal, used with PostgreSQL and with the embedded SQLite default. Each provider has
/// its own migrations project; the model is the same. Data Protection keys and the ASP.NET Core Identity users and
/// roles live here too, so every app instance behind a load balancer shares them (ADR-007).
/// </summary>
public class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<PortalUser, IdentityRole, string>(options), IPortalDbContext, IDataProtectionKeyContext
{
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

    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();

    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public AuditActor Actor { get; set; } = AuditActor.System;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and safe when members are added in between.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
