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
    }
}
