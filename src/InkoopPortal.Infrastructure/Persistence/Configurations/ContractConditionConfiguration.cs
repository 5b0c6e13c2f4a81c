using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InkoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class ContractConditionConfiguration : IEntityTypeConfiguration<ContractCondition>
{
    public void Configure(EntityTypeBuilder<ContractCondition> builder)
    {
        builder.Property(condition => condition.Category).HasMaxLength(Limits.ShortText);
        builder.Property(condition => condition.ProviderType).HasMaxLength(Limits.Name);
        builder.Property(condition => condition.SourceLocation).HasMaxLength(Limits.ShortText);
        builder.HasOne(condition => condition.CareType)
            .WithMany()
            .HasForeignKey(condition => condition.CareTypeId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(condition => condition.SourceDocument)
            .WithMany()
            .HasForeignKey(condition => condition.SourceDocumentId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(condition => condition.Thresholds)
            .WithOne()
            .HasForeignKey(threshold => threshold.ContractConditionId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConditionThresholdConfiguration : IEntityTypeConfiguration<ConditionThreshold>
{
    public void Configure(EntityTypeBuilder<ConditionThreshold> builder)
    {
        builder.Property(threshold => threshold.Metric).HasMaxLength(Limits.Name);
        builder.Property(threshold => threshold.Unit).HasMaxLength(40);
        builder.Property(threshold => threshold.SourceText).HasMaxLength(Limits.ShortText * 2);
        builder.Property(threshold => threshold.Value).HasPrecision(18, 4);
    }
}
