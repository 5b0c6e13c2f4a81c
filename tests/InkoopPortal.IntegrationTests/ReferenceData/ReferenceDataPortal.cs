using InkoopPortal.Application.Import;
using InkoopPortal.Application.ReferenceData;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.IntegrationTests.ReferenceData;

/// <summary>The current user as the services see it: an administrator unless a test takes the role away.</summary>
public sealed class TestAuthorization : IPortalAuthorization
{
    public bool IsAdministrator { get; set; } = true;

    public Task<bool> IsAllowedAsync(string policy, CancellationToken cancellationToken = default) =>
        Task.FromResult(policy != PortalPolicies.Administer || IsAdministrator);
}

/// <summary>
/// A database of its own with the reference data and the 2022 huisartsenzorg memo (as on first start), and the
/// reference data administration services for a signed-in administrator.
/// </summary>
public sealed class ReferenceDataPortal : IAsyncDisposable
{
    public static readonly AuditActor Admin = new("user-admin", "Ada Beheerder");
    public static readonly AuditActor OtherAdmin = new("user-other", "Otto Beheerder");

    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    private ReferenceDataPortal(TestDatabase database, ServiceProvider services)
    {
        Database = database;
        _services = services;
        _scope = services.CreateAsyncScope();
    }

    public TestDatabase Database { get; }

    public TestAuthorization Authorization { get; } = new();

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public static async Task<ReferenceDataPortal> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        ReferenceDataPortal? portal = null;
        var services = PortalServices.For(database, collection =>
            collection.AddScoped<IPortalAuthorization>(_ => portal!.Authorization).AddSingleton<ICurrentActor>(new FixedActor(Admin)));
        portal = new ReferenceDataPortal(database, services);
        await services.GetRequiredService<ReferenceDataSeeder>().SeedIfEmptyAsync();
        await services.GetRequiredService<ISourceImporter>().ImportAsync(
            new ImportRequest(RepositoryPaths.Source("inkoopbeleid-zorgverzekeraars-2022-huisartsenzorg-memo.txt"), 2022, ["huisartsenzorg"], null, CreateUnknownNames: true));
        return portal;
    }

    public async Task<Purchaser> PurchaserAsync(string slug)
    {
        await using var context = Database.CreateContext();
        return await context.Purchasers.AsNoTracking().Include(purchaser => purchaser.Labels).Include(purchaser => purchaser.Regions)
            .SingleAsync(purchaser => purchaser.Slug == slug);
    }

    /// <summary>How many history entries there are: a write that was refused adds none.</summary>
    public async Task<int> HistoryCountAsync()
    {
        await using var context = Database.CreateContext();
        return await context.AuditEntries.CountAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
