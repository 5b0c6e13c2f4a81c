using InkoopPortal.Application.Import;
using InkoopPortal.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Comparison;

/// <summary>An unchanged matrix is served from the stored response; an import makes the next request render afresh.</summary>
public class MatrixOutputCacheTests : IAsyncLifetime
{
    private const string Page = "/vergelijk?jaar=2022&zorgsoort=huisartsenzorg&inkopers=onvz,cz";
    private readonly PortalWebApplicationFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_stored_page_is_served_until_an_import_changes_the_content()
    {
        var client = _factory.CreateClient();

        var first = await client.GetAsync(Page);
        var again = await client.GetAsync(Page);
        var otherRegion = new HttpRequestMessage(HttpMethod.Get, Page);
        otherRegion.Headers.Add("Cookie", "mijn-regio=inkoper:vgz");
        var withCookie = await client.SendAsync(otherRegion);

        first.Headers.Age.Should().BeNull("the first request renders the page");
        again.Headers.Age.Should().NotBeNull("the same request again is served from the stored response");
        (await again.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        first.Headers.Contains("Set-Cookie").Should().BeFalse("a stored page sets no cookie, so no visitor gets another's");
        withCookie.Headers.Age.Should().BeNull("another 'Mijn regio' is another page");
        (await withCookie.Content.ReadAsStringAsync()).Should().Contain("id=\"kolom-vgz\"");

        var file = Path.Combine(Path.GetTempPath(), $"onvz-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "ONVZ huisartsenzorg 2022\n\nOnderwerp\tONVZ\n" +
            "Regioplan\t<ul style=\"list-style-type: none\"> – ONVZ vraagt een regioplan\n");
        await _factory.Services.GetRequiredService<ISourceImporter>().ImportAsync(new ImportRequest(file, 2022, ["huisartsenzorg"], null));
        var afterImport = await client.GetAsync(Page);

        afterImport.Headers.Age.Should().BeNull("the import changed the content version");
        (await afterImport.Content.ReadAsStringAsync()).Should().Contain("ONVZ vraagt een regioplan");
    }
}
