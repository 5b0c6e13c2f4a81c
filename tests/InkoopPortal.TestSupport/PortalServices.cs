using InkoopPortal.Application;
using InkoopPortal.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InkoopPortal.TestSupport;

/// <summary>The application's real services on a test database, without the web host.</summary>
public static class PortalServices
{
    public static ServiceProvider For(TestDatabase database) =>
        new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddPortalInfrastructure(database.Settings)
            .AddPortalApplication(Path.Combine(RepositoryPaths.Root, "data"))
            .BuildServiceProvider();
}
