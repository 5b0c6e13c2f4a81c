using InkoopPortal.Application.Import;
using InkoopPortal.Application.ReferenceData;
using InkoopPortal.Application.Security;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.IntegrationTests.Import;

/// <summary>
/// A database of its own for one test that changes content: the reference data and the 2022 huisartsenzorg memo
/// (nine insurers, eleven topics), imported as on first start.
/// </summary>
internal sealed class MemoPortal : IAsyncDisposable
{
    public const string Memo = "inkoopbeleid-zorgverzekeraars-2022-huisartsenzorg-memo.txt";

    private readonly ServiceProvider _services;

    private MemoPortal(TestDatabase database, ServiceProvider services)
    {
        Database = database;
        _services = services;
    }

    public TestDatabase Database { get; }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <param name="authorization">What the current user may do in the scoped use cases (an editor by default).</param>
    public static async Task<MemoPortal> CreateAsync(DatabaseProvider provider, IPortalAuthorization? authorization = null)
    {
        var portal = Open(await TestDatabase.CreateMigratedAsync(provider), authorization);
        await portal.Get<ReferenceDataSeeder>().SeedIfEmptyAsync();
        await portal.Get<ISourceImporter>().ImportAsync(
            new ImportRequest(RepositoryPaths.Source(Memo), 2022, ["huisartsenzorg"], null, CreateUnknownNames: true));
        return portal;
    }

    /// <summary>
    /// A database of its own holding what <paramref name="template"/> holds (made by <see cref="CreateAsync"/> and not
    /// changed since): many tests on the same starting point without migrating and importing the memo each time.
    /// </summary>
    public static async Task<MemoPortal> CopyOfAsync(MemoPortal template, IPortalAuthorization? authorization = null) =>
        Open(await TestDatabase.CreateCopyAsync(template.Database), authorization);

    private static MemoPortal Open(TestDatabase database, IPortalAuthorization? authorization) =>
        new(database, PortalServices.For(database, collection => collection
            .AddSingleton(authorization ?? FixedAuthorization.Allowed)
            .AddSingleton<ICurrentActor>(FixedActor.Editor)));

    /// <summary>The memo's 2022 huisartsenzorg document of the purchaser.</summary>
    public async Task<int> DocumentIdAsync(string purchaserSlug, int year = 2022)
    {
        await using var context = Database.CreateContext();
        return await context.PolicyDocuments
            .Where(document => document.Purchaser!.Slug == purchaserSlug && document.ValidFromYear == year)
            .Select(document => document.Id)
            .SingleAsync();
    }

    /// <summary>How many rows every content table holds, to show that a refused write left them all alone.</summary>
    public async Task<string> CountsAsync()
    {
        await using var context = Database.CreateContext();
        return $"inkopers {await context.Purchasers.CountAsync()}, onderwerpen {await context.Topics.CountAsync()}, "
            + $"groepen {await context.TopicGroups.CountAsync()}, bronnen {await context.SourceDocuments.CountAsync()}, "
            + $"documenten {await context.PolicyDocuments.CountAsync()}, uitspraken {await context.Statements.CountAsync()}, "
            + $"wijzigingen {await context.PolicyChanges.CountAsync()}, versie {await context.ContentVersions.Select(v => v.Token).SingleAsync()}";
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
