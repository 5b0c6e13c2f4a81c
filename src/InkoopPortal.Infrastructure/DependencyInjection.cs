using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Infrastructure.Accounts;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.Infrastructure.Persistence.Search;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
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
        services.AddSingleton(SearchStore.For(settings.Provider));
        services.AddDataProtection()
            .SetApplicationName("InkoopPortal")
            .PersistKeysToDbContext<PortalDbContext>();
        return services;
    }

    /// <summary>
    /// ASP.NET Core Identity's users and roles, stored in <see cref="PortalDbContext"/> (scoped), with the portal's
    /// password rules (length, the common-password list) and Dutch error messages. The web host adds sign-in and cookies on top.
    /// </summary>
    public static IdentityBuilder AddPortalAccounts(this IServiceCollection services)
    {
        services.AddScoped<IAccountHistory, AccountHistory>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<ISignInThrottle>(provider => provider.GetRequiredService<SignInThrottle>());
        return services.AddIdentityCore<PortalUser>(AccountRules.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddErrorDescriber<DutchIdentityErrorDescriber>();
    }
}
