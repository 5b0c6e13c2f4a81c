using InkoopPortal.Domain;
using InkoopPortal.Domain.CareTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InkoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class CareTypeConfiguration : IEntityTypeConfiguration<CareType>
{
    public void Configure(EntityTypeBuilder<CareType> builder)
    {
        builder.Property(careType => careType.Slug).HasMaxLength(FieldLimits.Slug);
        builder.Property(careType => careType.Name).HasMaxLength(FieldLimits.Name);
        builder.HasIndex(careType => careType.Slug).IsUnique();
    }
}
