using InkoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace InkoopPortal.Migrations.Postgres;

/// <summary>Used by <c>dotnet ef</c> to build the model for this provider's migrations (no connection is opened).</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) =>
        new(DbContextOptionsConfigurator.Build(new DatabaseSettings(DatabaseProvider.Postgres, DesignTimeConnectionString)));

    private const string DesignTimeConnectionString = "Host=localhost;Database=inkoopportal_design";
}
