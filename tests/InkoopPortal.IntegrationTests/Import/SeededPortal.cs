using InkoopPortal.Application.Import;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.IntegrationTests.Import;

/// <summary>
/// A migrated database per provider, filled exactly as the app fills it on first start (reference data, then the
/// four source documents), shared by the tests of one class.
/// </summary>
public sealed class SeededPortal : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, (TestDatabase Database, ServiceProvider Services)> _portals = [];

    public TestDatabase Database(DatabaseProvider provider) => _portals[provider].Database;

    public IServiceProvider Services(DatabaseProvider provider) => _portals[provider].Services;

    public async Task InitializeAsync()
    {
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            var database = await TestDatabase.CreateMigratedAsync(provider);
            var services = PortalServices.For(database);
            await services.GetRequiredService<FirstStartSeeder>().SeedIfEmptyAsync(importShippedSources: true, CancellationToken.None);

            _portals[provider] = (database, services);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var (database, services) in _portals.Values)
        {
            await services.DisposeAsync();
            await database.DisposeAsync();
        }
    }
}
