using InkoopPortal.Domain;
using InkoopPortal.Domain.Topics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InkoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.Property(topic => topic.Slug).HasMaxLength(FieldLimits.Slug);
        builder.Property(topic => topic.Name).HasMaxLength(FieldLimits.TopicName);
        builder.HasIndex(topic => topic.Slug).IsUnique();
        builder.HasOne(topic => topic.Group)
            .WithMany()
            .HasForeignKey(topic => topic.GroupId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(topic => topic.CareTypes)
            .WithMany()
            .UsingEntity(join => join.ToTable("topic_care_types"));
    }
}

internal sealed class TopicGroupConfiguration : IEntityTypeConfiguration<TopicGroup>
{
    public void Configure(EntityTypeBuilder<TopicGroup> builder)
    {
        builder.Property(group => group.Slug).HasMaxLength(FieldLimits.Slug);
        builder.Property(group => group.Name).HasMaxLength(FieldLimits.Name);
        builder.HasIndex(group => group.Slug).IsUnique();
    }
}
