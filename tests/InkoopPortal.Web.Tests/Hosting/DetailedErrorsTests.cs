using InkoopPortal.TestSupport;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InkoopPortal.Web.Tests.Hosting;

/// <summary>Exception details reach a browser's circuit only in Development, which is an explicit choice (ADR-025).</summary>
public class DetailedErrorsTests
{
    [Theory]
    [InlineData("Production", false)]
    [InlineData("Development", true)]
    public async Task Detailed_circuit_errors_are_sent_only_in_Development(string environment, bool detailed)
    {
        await using var portal = new PortalWebApplicationFactory();
        await using var started = portal.WithWebHostBuilder(builder => builder.UseEnvironment(environment));

        started.Services.GetRequiredService<IOptions<CircuitOptions>>().Value.DetailedErrors.Should().Be(detailed);
    }
}
