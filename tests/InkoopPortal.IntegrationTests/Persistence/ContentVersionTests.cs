using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.ReferenceData;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.IntegrationTests.Persistence;

/// <summary>Every save that changes content moves the content version by itself, in its own transaction (ADR-005).</summary>
public class ContentVersionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_content_change_moves_the_version_and_an_account_change_does_not(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = PortalServices.For(database);
        await services.GetRequiredService<ReferenceDataSeeder>().SeedIfEmptyAsync();
        var start = await VersionAsync(database);

        await using (var context = database.CreateContext())
        {
            (await context.Purchasers.SingleAsync(purchaser => purchaser.Slug == "cz")).Name = "CZ (hernoemd)";
            await context.SaveChangesAsync();
        }

        var afterContent = await VersionAsync(database);
        await using (var context = database.CreateContext())
        {
            context.Users.Add(new PortalUser { UserName = "lezer@versie.test", Email = "lezer@versie.test", DisplayName = "Lezer" });
            await context.SaveChangesAsync();
        }

        var afterAccount = await VersionAsync(database);
        await using (var context = database.CreateContext())
        {
            await context.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                (await context.Purchasers.SingleAsync(purchaser => purchaser.Slug == "cz")).Name = "CZ (teruggedraaid)";
                await using var transaction = await context.Database.BeginTransactionAsync();
                await context.SaveChangesAsync();
                await transaction.RollbackAsync();
            });
        }

        afterContent.Should().NotBe(start, "renaming a purchaser changes what pages show");
        afterAccount.Should().Be(afterContent, "a new account changes no content");
        (await VersionAsync(database)).Should().Be(afterContent, "a rolled-back save leaves the version as it was");
    }

    private static async Task<Guid> VersionAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        return await ContentVersions.CurrentAsync(context, CancellationToken.None);
    }
}
