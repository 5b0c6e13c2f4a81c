using InkoopPortal.TestSupport;
using AngleSharp.Dom;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Documents;

/// <summary>Structure checks shared by the purchaser and document page tests, and ways to find the seeded documents.</summary>
internal static class PageChecks
{
    /// <summary>One h1, and going down the page no heading skips a level (h2 → h4).</summary>
    public static void ShouldHaveOrderedHeadings(this IDocument page)
    {
        var main = page.QuerySelector("main")!;
        main.QuerySelectorAll("h1").Should().ContainSingle();
        var levels = main.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(heading => heading.LocalName[1] - '0').ToList();
        levels[0].Should().Be(1);
        for (var index = 1; index < levels.Count; index++)
        {
            levels[index].Should().BeLessThanOrEqualTo(levels[index - 1] + 1, $"heading {index} follows an h{levels[index - 1]}");
        }
    }

    /// <summary>Every table has a name (a caption, or an aria-label for a table in a text) and header cells with a scope; every link has text; new-window links say so.</summary>
    public static void ShouldBeAccessible(this IDocument page)
    {
        var main = page.QuerySelector("main")!;
        foreach (var table in main.QuerySelectorAll("table"))
        {
            (table.QuerySelector("caption")?.TextContent ?? table.GetAttribute("aria-label") ?? "").Trim().Should().NotBeEmpty();
            table.QuerySelectorAll("th").Should().OnlyContain(header => header.HasAttribute("scope"));
        }

        main.QuerySelectorAll("a").Should().OnlyContain(link => link.TextContent.Trim().Length > 0 || link.HasAttribute("aria-label"));
        foreach (var link in main.QuerySelectorAll("a[target='_blank']"))
        {
            link.GetAttribute("rel").Should().Contain("noopener");
            link.GetAttribute("aria-label").Should().EndWith("(opent in een nieuw venster)");
        }
    }

    /// <summary>The id of a seeded, published document of a purchaser, by its first year and a care type.</summary>
    public static async Task<int> DocumentIdAsync(this PortalWebApplicationFactory factory, string purchaserSlug, int fromYear, string careTypeSlug)
    {
        await using var context = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await context.PolicyDocuments
            .Where(document => document.Purchaser!.Slug == purchaserSlug && document.ValidFromYear == fromYear
                && document.Status == DocumentStatus.Published
                && document.CareTypes.Any(careType => careType.Slug == careTypeSlug))
            .Select(document => document.Id)
            .SingleAsync();
    }

    /// <summary>The element's text with runs of white space as one space, trimmed.</summary>
    public static string NormalizedText(this INode node) => string.Join(' ', node.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The heading inside <paramref name="scope"/> whose text is <paramref name="text"/>.</summary>
    public static IElement Heading(this IElement scope, string selector, string text) =>
        scope.QuerySelectorAll(selector).Single(heading => heading.TextContent.Trim() == text);
}
