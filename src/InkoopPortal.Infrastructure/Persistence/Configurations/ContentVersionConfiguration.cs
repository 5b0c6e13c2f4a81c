using InkoopPortal.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InkoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class ContentVersionConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> builder)
    {
        builder.Property(version => version.Id).ValueGeneratedNever();
        // The row exists from the first migration on, so readers never have to create it.
        builder.HasData(new ContentVersion
        {
            Id = ContentVersion.SingletonId,
            Token = new Guid("6b1f0c0e-3d1e-4c55-9c4e-000000000001"),
            ChangedAt = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero),
        });
    }
}
