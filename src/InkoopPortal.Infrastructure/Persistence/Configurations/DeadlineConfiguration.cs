using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InkoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class DeadlineConfiguration : IEntityTypeConfiguration<Deadline>
{
    public void Configure(EntityTypeBuilder<Deadline> builder)
    {
        builder.HasIndex(deadline => deadline.Date);
    }
}

internal sealed class FigureConfiguration : IEntityTypeConfiguration<Figure>
{
    public void Configure(EntityTypeBuilder<Figure> builder)
    {
        builder.Property(figure => figure.Unit).HasMaxLength(40);
        builder.Property(figure => figure.Value).HasPrecision(18, 4);
        builder.HasOne(figure => figure.CareType)
            .WithMany()
            .HasForeignKey(figure => figure.CareTypeId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
