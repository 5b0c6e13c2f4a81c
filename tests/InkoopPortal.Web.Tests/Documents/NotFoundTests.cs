using InkoopPortal.TestSupport;
using System.Net;
using InkoopPortal.Application.Purchasers;
using InkoopPortal.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Documents;

/// <summary>Addresses of purchaser and document pages that lead nowhere get a real 404 with the Dutch page, never an error.</summary>
public class NotFoundTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    public static TheoryData<string> UnknownPages => new()
    {
        "/inkopers/bestaat-niet",
        "/documenten/999999",
        "/documenten/-1",
        "/documenten/abc",
        "/documenten/99999999999999999999",
        "/inkopers/" + new string('a', 10_000),
        "/inkopers/..%2F..%2Fetc%2Fpasswd",
        "/inkopers/Zorg-En-Zekerheid%27%3B--",
    };

    [Theory]
    [MemberData(nameof(UnknownPages))]
    public async Task Unknown_purchaser_or_document_gives_a_404_with_the_Dutch_page(string path)
    {
        var (response, page) = await factory.CreateClient().GetPageAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        page.DocumentElement.GetAttribute("lang").Should().Be("nl");
        page.QuerySelector("h1")!.TextContent.Should().Be("Pagina niet gevonden");
        page.Title.Should().Be("Pagina niet gevonden – InkoopPortal");
        page.Body!.TextContent.Should().NotContain("Exception");
    }

    /// <summary>
    /// A NUL character cannot be sent through the test client (and Kestrel answers 400 to it), so the query that would
    /// receive it is asked directly: it must find nothing rather than pass it to PostgreSQL, which refuses NUL.
    /// </summary>
    [Theory]
    [InlineData("\0")]
    [InlineData("zorg-en-zekerheid\0")]
    [InlineData("../zorg-en-zekerheid")]
    [InlineData("ZORG-EN-ZEKERHEID")]
    [InlineData("")]
    public async Task Purchaser_query_finds_nothing_for_what_cannot_be_a_slug(string slug)
    {
        var query = factory.Services.GetRequiredService<PurchaserPageQuery>();

        (await query.GetAsync(slug)).Should().BeNull();
    }
}
