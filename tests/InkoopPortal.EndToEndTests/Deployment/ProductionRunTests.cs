using System.Net;
using System.Text.RegularExpressions;
using InkoopPortal.TestSupport;

namespace InkoopPortal.EndToEndTests.Deployment;

/// <summary>
/// The README's <c>dotnet run --project src/InkoopPortal.Web</c> starts in Production (the launch profile says so)
/// and still serves the framework's and MudBlazor's static files (ADR-025).
/// </summary>
[Collection(DeploymentCollection.Name)]
public class ProductionRunTests
{
    [Fact]
    public async Task The_README_run_command_starts_in_Production_and_serves_blazor_and_MudBlazor_files()
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), $"inkoopportal-run-{Guid.NewGuid():N}");
        try
        {
            await using var portal = await PortalProcess.ReadyOrThrowAsync(PortalProcess.StartAsTheReadmeSays(new Dictionary<string, string> { ["DataFolder"] = dataFolder }), TimeSpan.FromMinutes(4));
            using var client = new HttpClient { BaseAddress = portal.Address };

            using var script = await client.GetAsync("_framework/blazor.web.js");
            using var styles = await client.GetAsync("_content/MudBlazor/MudBlazor.min.css");
            var page = await client.GetStringAsync("/");
            // The page names the fingerprinted file; that is what a browser loads.
            var pageScript = Regex.Match(page, "_framework/blazor\\.web\\.[a-z0-9]+\\.js").Value;
            using var fingerprinted = await client.GetAsync(pageScript);

            portal.Output.Should().Contain("Hosting environment: Production");
            script.StatusCode.Should().Be(HttpStatusCode.OK);
            script.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
            styles.StatusCode.Should().Be(HttpStatusCode.OK);
            styles.Content.Headers.ContentType!.MediaType.Should().Be("text/css");
            (await styles.Content.ReadAsStringAsync()).Should().Contain(".mud-");
            pageScript.Should().NotBeEmpty("the start page loads blazor.web.js");
            fingerprinted.StatusCode.Should().Be(HttpStatusCode.OK);
        }
        finally
        {
            if (Directory.Exists(dataFolder))
            {
                Directory.Delete(dataFolder, recursive: true);
            }
        }
    }
}
