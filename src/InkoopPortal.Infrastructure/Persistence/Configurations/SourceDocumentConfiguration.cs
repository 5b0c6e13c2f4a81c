using InkoopPortal.Domain;
using InkoopPortal.Domain.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InkoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocument>
{
    public void Configure(EntityTypeBuilder<SourceDocument> builder)
    {
        builder.Property(source => source.FileName).HasMaxLength(FieldLimits.Title);
        builder.Property(source => source.ContentSha256).HasMaxLength(64);
        builder.HasIndex(source => source.ContentSha256);
        builder.Property(source => source.ContentType).HasMaxLength(FieldLimits.Name);
        builder.Property(source => source.Encoding).HasMaxLength(40);
        builder.HasOne(source => source.OriginalFile)
            .WithOne()
            .HasForeignKey<SourceFile>(file => file.SourceDocumentId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SourceFileConfiguration : IEntityTypeConfiguration<SourceFile>
{
    public void Configure(EntityTypeBuilder<SourceFile> builder)
    {
        builder.HasKey(file => file.SourceDocumentId);
    }
}
