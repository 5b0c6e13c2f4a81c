using InkoopPortal.Domain.CareTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InkoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class CareTypeConfiguration : IEntityTypeConfiguration<CareType>
{
    public void Configure(EntityTypeBuilder<CareType> builder)
    {
        builder.Property(careType => careType.Slug).HasMaxLength(Limits.Slug);
        builder.Property(careType => careType.Name).HasMaxLength(Limits.Name);
        builder.Property(careType => careType.Description).HasMaxLength(Limits.ShortText * 4);
        builder.HasIndex(careType => careType.Slug).IsUnique();
    }
}
