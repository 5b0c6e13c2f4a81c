using InkoopPortal.Application.Api;

namespace InkoopPortal.UnitTests.Api;

public class ApiPagingTests
{
    [Fact]
    public void Missing_values_mean_the_first_page_of_twenty()
    {
        var problems = new List<string>();

        ApiPaging.Read(null, " ", problems).Should().Be(new PageRequest(1, ApiPaging.DefaultPageSize));
        problems.Should().BeEmpty();
    }

    [Fact]
    public void Skip_counts_the_items_of_the_pages_before()
    {
        var problems = new List<string>();

        ApiPaging.Read("3", "100", problems).Skip.Should().Be(200);
        problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData("0", "10", "'0' is geen geldige waarde voor page")]
    [InlineData("1", "101", "'101' is geen geldige waarde voor pageSize: gebruik een heel getal van 1 tot en met 100.")]
    [InlineData("twee", "10", "'twee' is geen geldige waarde voor page")]
    public void Invalid_numbers_give_a_Dutch_message(string page, string pageSize, string message)
    {
        var problems = new List<string>();

        ApiPaging.Read(page, pageSize, problems);

        problems.Should().ContainSingle().Which.Should().Contain(message);
    }
}
