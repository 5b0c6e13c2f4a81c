using InkoopPortal.Domain;
using InkoopPortal.Domain.Purchasers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InkoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class PurchaserConfiguration : IEntityTypeConfiguration<Purchaser>
{
    public void Configure(EntityTypeBuilder<Purchaser> builder)
    {
        builder.Property(purchaser => purchaser.Slug).HasMaxLength(FieldLimits.Slug);
        builder.Property(purchaser => purchaser.Name).HasMaxLength(FieldLimits.Name);
        builder.Property(purchaser => purchaser.Website).HasMaxLength(FieldLimits.Url);
        builder.HasIndex(purchaser => purchaser.Slug).IsUnique();
        builder.HasOne(purchaser => purchaser.Concern)
            .WithMany(concern => concern.Purchasers)
            .HasForeignKey(purchaser => purchaser.ConcernId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(purchaser => purchaser.Labels)
            .WithOne()
            .HasForeignKey(label => label.PurchaserId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(purchaser => purchaser.Regions)
            .WithOne(region => region.CareOffice)
            .HasForeignKey(region => region.CareOfficeId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PurchaserLabelConfiguration : IEntityTypeConfiguration<PurchaserLabel>
{
    public void Configure(EntityTypeBuilder<PurchaserLabel> builder)
    {
        builder.Property(label => label.Name).HasMaxLength(FieldLimits.Name);
        builder.Property(label => label.Website).HasMaxLength(FieldLimits.Url);
    }
}
