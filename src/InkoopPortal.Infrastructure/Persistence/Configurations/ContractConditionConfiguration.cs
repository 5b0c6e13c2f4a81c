using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InkoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class ContractConditionConfiguration : IEntityTypeConfiguration<ContractCondition>
{
    public void Configure(EntityTypeBuilder<ContractCondition> builder)
    {
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
        builder.Property(threshold => threshold.Unit).HasMaxLength(40);
        builder.Property(threshold => threshold.Value).HasPrecision(18, 4);
    }
}
