using InkoopPortal.Application;
using InkoopPortal.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InkoopPortal.TestSupport;

/// <summary>The application's real services on a test database, without the web host.</summary>
public static class PortalServices
{
    /// <param name="configure">Replaces services after the portal's own, e.g. the clock.</param>
    public static ServiceProvider For(TestDatabase database, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddPortalInfrastructure(database.Settings)
            .AddPortalApplication(Path.Combine(RepositoryPaths.Root, "data"));
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
