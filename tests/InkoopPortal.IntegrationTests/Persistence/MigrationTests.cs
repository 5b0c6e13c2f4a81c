using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.IntegrationTests.Persistence;

public class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrations_apply_from_an_empty_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using var context = database.CreateContext();

        (await context.Database.GetAppliedMigrationsAsync()).Should().BeEmpty();
        await context.Database.MigrateAsync();

        (await context.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        (await context.Database.GetAppliedMigrationsAsync()).Should().NotBeEmpty();
        (await context.Purchasers.CountAsync()).Should().Be(0, "a migrated database starts empty");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Model_has_no_changes_that_the_migrations_miss(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using var context = database.CreateContext();

        context.Database.HasPendingModelChanges().Should().BeFalse(
            $"every model change needs a migration for {provider}: run scripts/add-migration.sh <Name>");
    }
}
