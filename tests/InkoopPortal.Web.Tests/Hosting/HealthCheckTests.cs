using InkoopPortal.TestSupport;
using System.Net;
using InkoopPortal.Web.Tests.Support;

namespace InkoopPortal.Web.Tests.Hosting;

public class HealthCheckTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    [Fact]
    public async Task Live_answers_200_without_looking_at_dependencies()
    {
        using var response = await factory.CreateClient().GetAsync("/health/live");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"status\":\"Healthy\"").And.NotContain("database");
    }

    [Fact]
    public async Task Ready_answers_200_when_the_sqlite_database_is_reachable()
    {
        using var response = await factory.CreateClient().GetAsync("/health/ready");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"database\":\"Healthy\"");
    }
}

public class PostgresHealthCheckTests(PostgresWebApplicationFactory factory) : IClassFixture<PostgresWebApplicationFactory>
{
    [Fact]
    public async Task Ready_answers_200_when_the_postgres_database_is_reachable()
    {
        using var response = await factory.CreateClient().GetAsync("/health/ready");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"database\":\"Healthy\"");
    }
}

public class UnreachableDatabaseHealthCheckTests(UnreachablePostgresWebApplicationFactory factory)
    : IClassFixture<UnreachablePostgresWebApplicationFactory>
{
    [Fact]
    public async Task Ready_answers_503_and_live_stays_200_when_the_database_port_is_closed()
    {
        using var client = factory.CreateClient();
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK, "the database is reachable at first");

        await factory.CloseDatabasePortAsync();

        using var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var body = await ready.Content.ReadAsStringAsync();
        body.Should().Contain("\"status\":\"Unhealthy\"").And.Contain("\"database\":\"Unhealthy\"");
        body.Should().NotContainAny("Exception", "Npgsql", "Host=", "at ");
        using var live = await client.GetAsync("/health/live");
        live.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
