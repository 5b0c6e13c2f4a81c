using InkoopPortal.Domain;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InkoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> builder)
    {
        builder.HasIndex(statement => new { statement.PolicyDocumentId, statement.TopicId, statement.CareTypeId });
        builder.Property(statement => statement.SourceWording).HasMaxLength(FieldLimits.Name);
        builder.HasOne(statement => statement.Topic)
            .WithMany()
            .HasForeignKey(statement => statement.TopicId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(statement => statement.CareType)
            .WithMany()
            .HasForeignKey(statement => statement.CareTypeId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(statement => statement.SourceDocument)
            .WithMany()
            .HasForeignKey(statement => statement.SourceDocumentId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PolicyChangeConfiguration : IEntityTypeConfiguration<PolicyChange>
{
    public void Configure(EntityTypeBuilder<PolicyChange> builder)
    {
        builder.HasOne(change => change.Topic)
            .WithMany()
            .HasForeignKey(change => change.TopicId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(change => change.SourceDocument)
            .WithMany()
            .HasForeignKey(change => change.SourceDocumentId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class DocumentSectionConfiguration : IEntityTypeConfiguration<DocumentSection>
{
    public void Configure(EntityTypeBuilder<DocumentSection> builder)
    {
        builder.Property(section => section.Number).HasMaxLength(20);
        builder.HasOne(section => section.SourceDocument)
            .WithMany()
            .HasForeignKey(section => section.SourceDocumentId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}
