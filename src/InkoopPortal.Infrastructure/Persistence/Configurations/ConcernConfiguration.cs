using InkoopPortal.Domain;
using InkoopPortal.Domain.Purchasers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InkoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class ConcernConfiguration : IEntityTypeConfiguration<Concern>
{
    public void Configure(EntityTypeBuilder<Concern> builder)
    {
        builder.Property(concern => concern.Slug).HasMaxLength(FieldLimits.Slug);
        builder.Property(concern => concern.Name).HasMaxLength(FieldLimits.Name);
        builder.HasIndex(concern => concern.Slug).IsUnique();
    }
}
