using InkoopPortal.TestSupport;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Hosting;

public class StartupTests
{
    [Fact]
    public async Task App_starts_from_an_empty_data_folder_and_creates_a_migrated_sqlite_database()
    {
        await using var factory = new PortalWebApplicationFactory();
        Directory.Exists(factory.DataFolder).Should().BeFalse();

        using var client = factory.CreateClient();

        File.Exists(factory.SqliteFile).Should().BeTrue("the embedded default lives in the data folder");
        var settings = factory.Services.GetRequiredService<DatabaseSettings>();
        settings.Provider.Should().Be(DatabaseProvider.Sqlite);
        await using var context = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        (await context.Database.GetAppliedMigrationsAsync()).Should().NotBeEmpty();
        (await context.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Data_folder_is_removed_when_the_factory_is_disposed()
    {
        var factory = new PortalWebApplicationFactory();
        factory.CreateClient().Dispose();
        Directory.Exists(factory.DataFolder).Should().BeTrue();

        await factory.DisposeAsync();

        Directory.Exists(factory.DataFolder).Should().BeFalse();
    }

    [Theory]
    [InlineData("http://localhost:5080", "http://localhost:5080")]
    [InlineData("http://+:8080", "http://localhost:8080")]
    [InlineData("http://[::]:8080", "http://localhost:8080")]
    [InlineData("http://0.0.0.0:8080", "http://localhost:8080")]
    public void Listening_address_is_announced_as_an_address_to_open(string address, string expected) =>
        InkoopPortal.Web.Hosting.StartupAnnouncement.Browsable(address).Should().Be(expected);
}
