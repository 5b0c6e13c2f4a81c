using InkoopPortal.TestSupport;
using System.Net;
using InkoopPortal.Domain;
using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.Domain.Topics;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Components.Pages.Home;

public class HomePageTests
{
    [Fact]
    public async Task Start_page_is_Dutch_html_with_its_sections_in_the_prerendered_page()
    {
        await using var factory = new PortalWebApplicationFactory();
        var (response, page) = await factory.CreateClient().GetPageAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        page.DocumentElement.GetAttribute("lang").Should().Be("nl");
        page.Title.Should().Be("Start – InkoopPortal");
        page.QuerySelector("h1")!.TextContent.Should().Be("InkoopPortal");
        page.QuerySelectorAll("h2").Select(heading => heading.TextContent.Trim())
            .Should().Equal("Waar wilt u beginnen?", "Inkopers", "Zorgsoorten", "Documenten per jaar");
        page.QuerySelector("a.skip-link")!.GetAttribute("href").Should().Be("#inhoud");
        page.QuerySelector("main#inhoud").Should().NotBeNull();
        page.QuerySelector("header")!.TextContent.Should().Contain("InkoopPortal");
        page.QuerySelectorAll("nav a").Select(link => link.TextContent.Trim()).Should().Equal("Start", "Vergelijken", "Jaren vergelijken", "Veranderingen", "Inkopers", "Agenda", "Zoeken");
    }

    [Fact]
    public async Task Start_page_links_every_document_to_its_page_and_every_care_type_to_its_matrix()
    {
        await using var factory = new PortalWebApplicationFactory();
        var (_, page) = await factory.CreateClient().GetPageAsync("/");

        page.QuerySelectorAll("[data-testid='start-adviseur'] a").Select(link => link.GetAttribute("href")).Should().Equal("vergelijk", "zoeken", "veranderingen");
        page.QuerySelectorAll("[data-testid='start-regio'] a").Select(link => link.GetAttribute("href")).Should().Equal("vergelijk#mijn-regio", "agenda");
        page.QuerySelector("[data-testid='start-redactie']").Should().BeNull("a reader is no editor");

        var documentRows = page.QuerySelectorAll("section[aria-labelledby='documenten'] tbody tr");
        documentRows.Should().NotBeEmpty();
        foreach (var row in documentRows)
        {
            row.QuerySelector("th a")!.GetAttribute("href").Should().MatchRegex(@"^documenten/\d+$");
            row.QuerySelectorAll("a[data-testid='matrix-link']").Should().NotBeEmpty()
                .And.OnlyContain(link => System.Text.RegularExpressions.Regex.IsMatch(link.GetAttribute("href")!, @"^vergelijk\?jaar=\d{4}&zorgsoort=[a-z-]+$"));
        }

        page.QuerySelectorAll("a[data-testid='matrix-link']").Select(link => link.GetAttribute("href"))
            .Should().Contain("vergelijk?jaar=2022&zorgsoort=huisartsenzorg").And.Contain("vergelijk?jaar=2024&zorgsoort=msz");
        page.QuerySelectorAll("a[data-testid='zorgsoort-link']").Select(link => link.GetAttribute("href"))
            .Should().Contain("vergelijk?zorgsoort=huisartsenzorg").And.Contain("vergelijk?zorgsoort=wlz-vv");
    }

    [Fact]
    public async Task Start_page_on_an_empty_database_says_no_documents_have_been_imported()
    {
        await using var factory = new PortalWebApplicationFactory();
        await using (var context = await CreateContextAsync(factory))
        {
            // Whatever a first-start seeder put in, this page state is about documents only.
            await context.PolicyDocuments.ExecuteDeleteAsync();
        }

        var (_, page) = await factory.CreateClient().GetPageAsync("/");

        page.SectionText("documenten").Should().Contain("Nog geen documenten geïmporteerd");
        page.QuerySelector("section[aria-labelledby='documenten'] table").Should().BeNull();
    }

    [Fact]
    public async Task Start_page_lists_purchasers_care_types_and_documents_per_year_newest_first()
    {
        await using var factory = new PortalWebApplicationFactory();
        await SeedAsync(factory);

        var (_, page) = await factory.CreateClient().GetPageAsync("/");

        var purchasers = page.SectionText("inkopers");
        page.QuerySelectorAll("section[aria-labelledby='inkopers'] h3").Select(heading => heading.TextContent.Trim())
            .Should().Equal("Zorgverzekeraars", "Zorgkantoren");
        purchasers.Should().Contain("Testverzekeraar").And.Contain("Testconcern").And.Contain("Testlabel");
        purchasers.Should().Contain("Testzorgkantoor");
        page.QuerySelector("a[href='https://www.testverzekeraar.nl/']")!.TextContent.Should().Be("testverzekeraar.nl");

        var careTypes = page.QuerySelector("section[aria-labelledby='zorgsoorten'] table")!;
        var careTypeRow = careTypes.QuerySelectorAll("tbody tr").Single(row => row.TextContent.Contains("Testzorg"));
        careTypeRow.QuerySelector("th[scope='row']")!.TextContent.Should().Be("Testzorg");
        careTypeRow.QuerySelector("abbr")!.TextContent.Should().Be("Zvw");
        careTypeRow.QuerySelector("abbr")!.GetAttribute("title").Should().Be("Zorgverzekeringswet");

        var documents = page.QuerySelector("section[aria-labelledby='documenten']")!;
        documents.QuerySelectorAll("h3").Select(heading => heading.TextContent.Trim()).Should().StartWith(["2031", "2030"]);
        var table = documents.QuerySelector("table")!;
        table.QuerySelectorAll("thead th[scope='col']").Select(header => header.TextContent.Trim())
            .Should().Equal("Inkoper", "Titel", "Zorgsoorten", "Geldig", "Uitspraken", "Bron");
        var row = table.QuerySelectorAll("tbody tr").Single();
        row.QuerySelectorAll("td, th").Select(cell => cell.TextContent.Trim())
            .Should().Equal("Testverzekeraar", "Testbeleid 2030-2031", "Testzorg", "2030–2031", "2", "Bron");
        var source = row.QuerySelector("td:last-child a")!;
        source.GetAttribute("target").Should().Be("_blank");
        source.GetAttribute("rel").Should().Contain("noopener");
        row.QuerySelector("th a")!.GetAttribute("href").Should().MatchRegex(@"^documenten/\d+$");
        row.QuerySelector("td a")!.GetAttribute("href").Should().Be("inkopers/testverzekeraar");
    }

    private static async Task<PortalDbContext> CreateContextAsync(PortalWebApplicationFactory factory)
    {
        factory.CreateClient().Dispose(); // starts the app: database migrated
        return await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
    }

    /// <summary>Test rows with names no real seed uses, so the test holds with or without first-start content.</summary>
    private static async Task SeedAsync(PortalWebApplicationFactory factory)
    {
        await using var context = await CreateContextAsync(factory);
        var concern = new Concern { Slug = "testconcern", Name = "Testconcern" };
        var insurer = new Purchaser
        {
            Slug = "testverzekeraar", Name = "Testverzekeraar", Kind = PurchaserKind.HealthInsurer, Concern = concern,
            Website = "https://www.testverzekeraar.nl/", Labels = [new PurchaserLabel { Name = "Testlabel" }],
        };
        var careOffice = new Purchaser { Slug = "testzorgkantoor", Name = "Testzorgkantoor", Kind = PurchaserKind.CareOffice, Concern = concern };
        var careType = new CareType { Slug = "testzorg", Name = "Testzorg", Law = Law.Zvw };
        var topic = new Topic { Slug = "testonderwerp", Name = "Testonderwerp" };
        context.AddRange(concern, insurer, careOffice, careType, topic);
        context.PolicyDocuments.Add(new PolicyDocument
        {
            Title = "Testbeleid 2030-2031", Purchaser = insurer, CareTypes = [careType], ValidFromYear = 2030, ValidToYear = 2031,
            SourceUrl = "https://www.testverzekeraar.nl/beleid.pdf",
            Statements = [new Statement { Topic = topic, BodyMarkdown = "a" }, new Statement { Topic = topic, BodyMarkdown = "b" }],
        });
        context.PolicyDocuments.Add(new PolicyDocument
        {
            Title = "Concept, nog niet gepubliceerd", Purchaser = insurer, ValidFromYear = 2031, ValidToYear = 2031, Status = DocumentStatus.Draft,
        });
        await context.SaveChangesAsync();
    }
}
