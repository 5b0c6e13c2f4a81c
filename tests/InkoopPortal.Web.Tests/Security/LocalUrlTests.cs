using InkoopPortal.Web.Components.Account;

namespace InkoopPortal.Web.Tests.Security;

public class LocalUrlTests
{
    [Theory]
    [InlineData("/vergelijk?jaar=2022", "/vergelijk?jaar=2022")]
    [InlineData("/", "/")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("https://aanvaller.example/", "/")]
    [InlineData("//aanvaller.example/", "/")]
    [InlineData("/\\aanvaller.example", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData("vergelijk", "/")]
    [InlineData("/a\r\nLocation: x", "/")]
    public void Only_addresses_on_this_site_are_returned_to(string? returnUrl, string expected) =>
        LocalUrl.OrHome(returnUrl).Should().Be(expected);
}
