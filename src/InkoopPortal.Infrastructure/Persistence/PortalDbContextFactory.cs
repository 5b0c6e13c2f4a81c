using InkoopPortal.Application.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Infrastructure.Persistence;

/// <summary>Hands the Application layer a fresh context per unit of work, backed by EF Core's pooled factory.</summary>
internal sealed class PortalDbContextFactory(IDbContextFactory<PortalDbContext> factory) : IPortalDbContextFactory
{
    public IPortalDbContext CreateDbContext() => factory.CreateDbContext();
}
