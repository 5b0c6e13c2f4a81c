using InkoopPortal.Domain;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InkoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class PolicyDocumentConfiguration : IEntityTypeConfiguration<PolicyDocument>
{
    public void Configure(EntityTypeBuilder<PolicyDocument> builder)
    {
        builder.Property(document => document.SourceUrl).HasMaxLength(FieldLimits.Url);
        builder.Property(document => document.Version).HasMaxLength(FieldLimits.Slug);
        builder.HasIndex(document => new { document.ValidFromYear, document.ValidToYear });
        builder.HasOne(document => document.Purchaser)
            .WithMany()
            .HasForeignKey(document => document.PurchaserId)
            .OnDelete(DeleteBehavior.Restrict);
        // Deleting last year's document leaves its successor standing, only without the link.
        builder.HasOne(document => document.Predecessor)
            .WithMany()
            .HasForeignKey(document => document.PredecessorId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(document => document.ImportSource)
            .WithMany()
            .HasForeignKey(document => document.ImportSourceId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(document => document.RevisesDocument)
            .WithMany()
            .HasForeignKey(document => document.RevisesDocumentId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(document => document.CareTypes)
            .WithMany()
            .UsingEntity(join => join.ToTable("policy_document_care_types"));

        // The parts of a document live and die with it.
        builder.HasMany(document => document.Statements).WithOne(statement => statement.PolicyDocument)
            .HasForeignKey(statement => statement.PolicyDocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(document => document.Changes).WithOne()
            .HasForeignKey(change => change.PolicyDocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(document => document.Conditions).WithOne()
            .HasForeignKey(condition => condition.PolicyDocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(document => document.Deadlines).WithOne()
            .HasForeignKey(deadline => deadline.PolicyDocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(document => document.Figures).WithOne()
            .HasForeignKey(figure => figure.PolicyDocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(document => document.Sections).WithOne()
            .HasForeignKey(section => section.PolicyDocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(document => document.Assignments).WithOne(assignment => assignment.PolicyDocument)
            .HasForeignKey(assignment => assignment.PolicyDocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TopicAssignmentConfiguration : IEntityTypeConfiguration<TopicAssignment>
{
    public void Configure(EntityTypeBuilder<TopicAssignment> builder)
    {
        // A section goes with its document (the cascade above); a topic with filed passages cannot be removed.
        builder.HasOne(assignment => assignment.Section).WithMany()
            .HasForeignKey(assignment => assignment.DocumentSectionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(assignment => assignment.Topic).WithMany()
            .HasForeignKey(assignment => assignment.TopicId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(assignment => assignment.Reasons).HasMaxLength(FieldLimits.Title * 2);
        builder.Property(assignment => assignment.ConfirmedBy).HasMaxLength(FieldLimits.Name);
        builder.Ignore(assignment => assignment.IsAutomatic);
        builder.Ignore(assignment => assignment.IsWholeSection);
        builder.HasIndex(assignment => new { assignment.PolicyDocumentId, assignment.TopicId });
    }
}
