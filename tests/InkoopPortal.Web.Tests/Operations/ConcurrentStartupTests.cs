using System.Net;
using System.Text.Json;
using InkoopPortal.Application.Security;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Web.Tests.Operations;

/// <summary>
/// Several instances of the built portal starting at the same moment on one empty PostgreSQL database (issue 12,
/// finding 2): every one must come up, and the database must hold the migrations, reference data, shipped sources and
/// first administrator exactly once.
/// </summary>
public class ConcurrentStartupTests
{
    private const int Instances = 4;

    [Fact]
    public async Task Four_instances_starting_at_once_on_an_empty_postgres_database_all_come_up_and_seed_once()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(DatabaseProvider.Postgres);
        var dataFolder = Directory.CreateTempSubdirectory("inkoopportal-startup-");
        var portals = new List<PortalProcess>();
        try
        {
            for (var index = 0; index < Instances; index++)
            {
                portals.Add(PortalProcess.Start(new Dictionary<string, string>
                {
                    ["Database__Provider"] = "Postgres",
                    ["ConnectionStrings__Postgres"] = database.Settings.ConnectionString,
                    ["DataFolder"] = Path.Combine(dataFolder.FullName, $"instance-{index}"),
                    ["Serilog__MinimumLevel__Default"] = "Warning",
                }));
            }

            var ready = await Task.WhenAll(portals.Select(portal => portal.WaitUntilReadyAsync(TimeSpan.FromMinutes(4))));

            for (var index = 0; index < Instances; index++)
            {
                ready[index].Should().BeTrue($"instance {index} must come up; it wrote:\n{portals[index].Output}");
                using var client = new HttpClient { BaseAddress = portals[index].Address };
                (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, $"instance {index} serves the start page");
            }

            await using var context = database.CreateContext();
            (await context.CareTypes.CountAsync()).Should().Be(ShippedCount("reference/care-types.json", "careTypes"));
            (await context.SourceDocuments.CountAsync()).Should().Be(ShippedCount("sources/manifest.json", "sources"));
            (await context.Purchasers.GroupBy(purchaser => purchaser.Slug).CountAsync(group => group.Count() > 1)).Should().Be(0);
            (await context.Users.CountAsync()).Should().Be(1, "one first administrator, created by one instance");
            var administratorRole = await context.Roles.SingleAsync(role => role.Name == PortalRoles.Administrator);
            (await context.UserRoles.CountAsync(link => link.RoleId == administratorRole.Id)).Should().Be(1);
            portals.Count(portal => portal.Output.Contains("er is een beheerder aangemaakt", StringComparison.Ordinal))
                .Should().Be(1, "exactly one instance prints the generated password");
        }
        finally
        {
            foreach (var portal in portals)
            {
                await portal.DisposeAsync();
            }

            dataFolder.Delete(recursive: true);
        }
    }

    private static int ShippedCount(string file, string property)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "data", file)));
        return json.RootElement.GetProperty(property).GetArrayLength();
    }
}
