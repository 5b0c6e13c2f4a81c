using InkoopPortal.Application.Overview;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddPortalApplication(this IServiceCollection services)
    {
        services.AddSingleton<PortalOverviewService>();
        return services;
    }
}
