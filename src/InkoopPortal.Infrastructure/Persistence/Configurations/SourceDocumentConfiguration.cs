using InkoopPortal.Domain.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InkoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocument>
{
    public void Configure(EntityTypeBuilder<SourceDocument> builder)
    {
        builder.Property(source => source.FileName).HasMaxLength(Limits.Title);
        builder.Property(source => source.Title).HasMaxLength(Limits.Title);
        builder.Property(source => source.Publisher).HasMaxLength(Limits.Name);
        builder.Property(source => source.Origin).HasMaxLength(Limits.ShortText * 2);
        builder.Property(source => source.ContentSha256).HasMaxLength(64);
        builder.HasIndex(source => source.ContentSha256);
    }
}
