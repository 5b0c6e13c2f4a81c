using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain.Documents;
using InkoopPortal.TestSupport;
using InkoopPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Components.Pages.Home;

/// <summary>A large deployment: a year with more documents than the start page lists.</summary>
public class StartPageManyDocumentsTests : IAsyncLifetime
{
    private readonly PortalWebApplicationFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_year_with_many_documents_lists_the_first_and_links_to_the_rest()
    {
        var client = _factory.CreateClient();
        await client.GetAsync("/");
        await using (var context = _factory.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext())
        {
            var cz = await context.Purchasers.SingleAsync(purchaser => purchaser.Slug == "cz");
            var gp = await context.CareTypes.SingleAsync(careType => careType.Slug == "huisartsenzorg");
            for (var number = 1; number <= 30; number++)
            {
                context.PolicyDocuments.Add(new PolicyDocument
                {
                    PurchaserId = cz.Id, Title = $"Addendum {number}", CareTypes = [gp], ValidFromYear = 2030, ValidToYear = 2030,
                });
            }

            await context.SaveChangesAsync();
        }

        var (_, page) = await client.GetPageAsync("/");

        var heading = page.QuerySelectorAll("h3").Single(h3 => h3.TextContent.Trim() == "2030");
        var table = heading.NextElementSibling!;
        table.QuerySelectorAll("tbody tr").Should().HaveCount(25);
        var more = table.NextElementSibling!;
        more.TextContent.Should().Contain("En nog 5 documenten uit 2030");
        more.QuerySelector("a")!.GetAttribute("href").Should().Be("/vergelijk?jaar=2030");
    }
}
