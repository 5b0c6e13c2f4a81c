using InkoopPortal.Domain;
using InkoopPortal.Domain.Purchasers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InkoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.Property(region => region.Slug).HasMaxLength(FieldLimits.Slug);
        builder.Property(region => region.Name).HasMaxLength(FieldLimits.Name);
        builder.HasIndex(region => region.Slug).IsUnique();
        builder.HasIndex(region => new { region.ReferenceSourceId, region.Number }).IsUnique();
        builder.HasOne(region => region.PreferredInsurer)
            .WithMany()
            .HasForeignKey(region => region.PreferredInsurerId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(region => region.Source)
            .WithMany()
            .HasForeignKey(region => region.ReferenceSourceId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReferenceSourceConfiguration : IEntityTypeConfiguration<ReferenceSource>
{
    public void Configure(EntityTypeBuilder<ReferenceSource> builder)
    {
        builder.Property(source => source.Slug).HasMaxLength(FieldLimits.Slug);
        builder.Property(source => source.Url).HasMaxLength(FieldLimits.Url);
        builder.HasIndex(source => source.Slug).IsUnique();
    }
}
