using InkoopPortal.Application.Content;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.ReferenceData;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Topics;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.IntegrationTests.History;

/// <summary>
/// A migrated database on one provider with the reference data and one document holding one statement, written by
/// the system as an import would. The portal's services run on a <see cref="ManualClock"/>.
/// </summary>
public sealed class EditingPortal : IAsyncDisposable
{
    public const string OriginalText = "Zorgaanbieders leveren het regioplan in voor 1 september.";

    public static readonly AuditActor Anna = new("user-anna", "Anna de Vries");
    public static readonly AuditActor Bert = new("user-bert", "Bert Jansen");

    private EditingPortal(TestDatabase database, ServiceProvider services, ManualClock clock)
    {
        Database = database;
        Services = services;
        Clock = clock;
    }

    public TestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public ManualClock Clock { get; }

    public int DocumentId { get; private set; }

    public int StatementId { get; private set; }

    public int TopicId { get; private set; }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A unit of work as the services get one (from the factory, on the portal's clock).</summary>
    public IPortalDbContext CreateContext() => Get<IPortalDbContextFactory>().CreateDbContext();

    public static async Task<EditingPortal> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var services = PortalServices.For(database, collection => collection.AddSingleton<TimeProvider>(clock));
        var portal = new EditingPortal(database, services, clock);
        await services.GetRequiredService<ReferenceDataSeeder>().SeedIfEmptyAsync();

        await using var context = portal.CreateContext();
        var careType = await context.CareTypes.SingleAsync(candidate => candidate.Slug == "huisartsenzorg");
        var statement = new Statement { Topic = new Topic { Slug = "regioplan-test", Name = "Regioplan", CareTypes = [careType] } };
        RichTextRenderer.SetBody(statement, OriginalText);
        var document = new PolicyDocument
        {
            Purchaser = await context.Purchasers.SingleAsync(candidate => candidate.Slug == "cz"),
            Title = "CZ huisartsenzorg 2026",
            CareTypes = [careType],
            ValidFromYear = 2026,
            ValidToYear = 2026,
            Statements = [statement],
        };
        context.PolicyDocuments.Add(document);
        await ContentVersions.MarkChangedAsync(context, clock.GetUtcNow(), CancellationToken.None);
        await context.SaveChangesAsync();

        portal.DocumentId = document.Id;
        portal.StatementId = statement.Id;
        portal.TopicId = statement.TopicId;
        return portal;
    }

    public async Task<Statement> StoredStatementAsync()
    {
        await using var context = Database.CreateContext();
        return await context.Statements.IgnoreQueryFilters().AsNoTracking().SingleAsync(statement => statement.Id == StatementId);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
