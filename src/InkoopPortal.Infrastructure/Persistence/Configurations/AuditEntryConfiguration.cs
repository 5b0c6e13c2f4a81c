using InkoopPortal.Domain;
using InkoopPortal.Domain.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InkoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(entry => entry.UserId).HasMaxLength(450);
        builder.Property(entry => entry.UserName).HasMaxLength(FieldLimits.Name);
        builder.Property(entry => entry.EntityType).HasMaxLength(100);
        builder.Property(entry => entry.EntityKey).HasMaxLength(100);
        // The JSON stays text on both providers, so the history reads the same everywhere.
        builder.HasIndex(entry => new { entry.EntityType, entry.EntityKey });
        builder.HasIndex(entry => entry.ChangesetId);
    }
}
