using InkoopPortal.Application.Persistence;
using InkoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Registers the database (provider chosen by <paramref name="settings"/>) and keeps Data Protection keys in it.</summary>
    public static IServiceCollection AddPortalInfrastructure(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        services.AddDbContextFactory<PortalDbContext>(options => DbContextOptionsConfigurator.Configure(options, settings));
        services.AddSingleton<IPortalDbContextFactory, PortalDbContextFactory>();
        services.AddDataProtection()
            .SetApplicationName("InkoopPortal")
            .PersistKeysToDbContext<PortalDbContext>();
        return services;
    }
}
