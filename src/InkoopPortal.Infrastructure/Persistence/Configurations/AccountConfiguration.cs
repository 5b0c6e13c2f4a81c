using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InkoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(user => user.DisplayName).HasMaxLength(PortalUser.DisplayNameMaxLength).IsRequired();
        // Identity's own index on the e-mail address is not unique; one account per address is enforced here too,
        // so two instances creating the same user at once cannot both succeed.
        builder.HasIndex(user => user.NormalizedEmail).HasDatabaseName("EmailIndex").IsUnique();
    }
}

/// <summary>The portal's roles exist from the migration on: nothing creates them at run time (and races over it).</summary>
internal sealed class PortalRoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder) => builder.HasData(
        Role("beheerder", PortalRoles.Administrator),
        Role("redacteur", PortalRoles.Editor));

    private static IdentityRole Role(string id, string name) => new()
    {
        Id = id,
        Name = name,
        NormalizedName = name.ToUpperInvariant(),
        ConcurrencyStamp = id,
    };
}
