using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Import;
using InkoopPortal.TestSupport;
using InkoopPortal.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Import;

/// <summary>Every imported file is served byte for byte at a stable address, and the API names it for each document.</summary>
public class SourceFileTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    [Fact]
    public async Task A_file_with_a_byte_order_mark_and_CRLF_is_served_as_it_arrived_and_named_by_the_API()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Vergelijking 2027\r\n\r\nOnderwerp\tCZ\r\nRegioplan\t<p>CZ vraagt een regioplan (bron)</p>\r\n")];
        var summary = await ImportAsync(bytes, $"bom-crlf-{Guid.NewGuid():N}.txt", 2027, publish: true);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var client = factory.CreateBrowser();

        using var response = await client.GetAsync($"/bronnen/{summary.SourceId}/{summary.FileName}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(bytes);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/plain; charset=utf-8");
        response.Headers.ETag!.Tag.Should().Be($"\"{sha}\"");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Be("sandbox; default-src 'none'");
        response.Headers.GetValues("X-InkoopPortal-Origineel").Single().Should().Be("ja");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("inline");

        using var withoutName = await client.GetAsync($"/bronnen/{summary.SourceId}");
        withoutName.StatusCode.Should().Be(HttpStatusCode.Redirect);
        withoutName.Headers.Location!.OriginalString.Should().Be($"/bronnen/{summary.SourceId}/{summary.FileName}");

        var document = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/documents/{summary.DocumentIds.Single()}")).RootElement;
        var source = document.GetProperty("source");
        source.GetProperty("fileName").GetString().Should().Be(summary.FileName);
        source.GetProperty("sha256").GetString().Should().Be(sha);
        (await client.GetByteArrayAsync(source.GetProperty("url").GetString())).Should().Equal(bytes);
    }

    [Fact]
    public async Task A_file_only_drafts_cite_is_shown_to_editors_only()
    {
        var summary = await ImportAsync(Encoding.UTF8.GetBytes("Onderwerp\tVGZ\nRegioplan\t<p>VGZ concept</p>\n"), $"concept-{Guid.NewGuid():N}.txt", 2028, publish: false);
        var path = $"/bronnen/{summary.SourceId}/{summary.FileName}";
        var email = $"redacteur-{Guid.NewGuid():N}@bron.test";
        await factory.CreateUserAsync(email, UserRole.Editor);
        var editor = factory.CreateBrowser();
        await editor.SignInOrFailAsync(email);

        using var anonymous = await factory.CreateBrowser().GetAsync(path);
        using var signedIn = await editor.GetAsync(path);

        anonymous.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anonymous.Content.ReadAsStringAsync()).Should().Be($"Er is geen bronbestand met nummer {summary.SourceId}.");
        signedIn.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_source_is_a_Dutch_404()
    {
        using var response = await factory.CreateBrowser().GetAsync("/bronnen/987654/niets.txt");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Be("Er is geen bronbestand met nummer 987654.");
    }

    [Fact]
    public async Task The_seeded_memo_is_served_as_the_shipped_file()
    {
        var shipped = await File.ReadAllBytesAsync(RepositoryPaths.Source("inkoopbeleid-zorgverzekeraars-2022-huisartsenzorg-memo.txt"));

        var served = await factory.CreateBrowser().GetByteArrayAsync("/bronnen/1/inkoopbeleid-zorgverzekeraars-2022-huisartsenzorg-memo.txt");

        served.Should().Equal(shipped);
    }

    private async Task<ImportSummary> ImportAsync(byte[] bytes, string fileName, int year, bool publish)
    {
        var file = Path.Combine(Path.GetTempPath(), fileName);
        await File.WriteAllBytesAsync(file, bytes);
        try
        {
            return await factory.Services.GetRequiredService<ISourceImporter>().ImportAsync(
                new ImportRequest(file, year, ["huisartsenzorg"], null, Format: SourceFormat.ComparisonTable, Publish: publish));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
