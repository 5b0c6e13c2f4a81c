using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.Readers.Pdf;
using InkoopPortal.Application.ReferenceData;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.IntegrationTests.Import;

/// <summary>
/// A PDF through the one import path on both providers (ADR-032): its kind told by its bytes, the reader's text
/// stored as the source's content, the original byte for byte, and every record with the page it stands on in the
/// fixture (tests/fixtures/documents: each <c>section[data-page]</c> of the HTML the PDF was printed from is a page).
/// Refused PDFs store nothing.
/// </summary>
public class DocumentImportTests
{
    private const string Fixture = "one-column-numbered";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_pdf_is_stored_byte_for_byte_and_every_record_has_the_page_it_stands_on(DatabaseProvider provider)
    {
        var bytes = await File.ReadAllBytesAsync(FixturePages.PdfPath(Fixture));
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = await SeededAsync(database);

        var summary = await ImportAsync(services, bytes, Fixture + ".pdf");

        summary.Format.Should().Be(SourceFormat.PolicyText, "a read document is a policy text unless another format is chosen");
        await using var context = database.CreateContext();
        var source = await context.SourceDocuments.Include(candidate => candidate.OriginalFile).SingleAsync();
        source.ContentType.Should().Be("application/pdf");
        source.Encoding.Should().Be("PDF (tekstlaag)");
        source.PageCount.Should().Be(2);
        source.OriginalFile!.Bytes.Should().Equal(bytes);
        source.Content.Should().Be(PdfDocumentReader.Read(bytes, "x.pdf").Text, "every line citation refers to the reader's text");

        var pages = FixturePages.Of(Fixture);
        var sections = await context.DocumentSections.OrderBy(section => section.SortOrder).ToListAsync();
        sections.Should().HaveCountGreaterThan(6);
        sections.Select(section => (section.Title, section.SourcePage))
            .Should().Equal(sections.Select(section => (section.Title, pages.PageOf(section.Title))));
        sections.Select(section => section.SourcePage).Should().Contain([1, 2], "the fixture's sections stand on both pages");

        var deadlines = await context.Deadlines.ToListAsync();
        deadlines.Should().NotBeEmpty();
        deadlines.Select(deadline => (deadline.DateText, deadline.SourcePage))
            .Should().Equal(deadlines.Select(deadline => (deadline.DateText, pages.PageOf(deadline.SourceText ?? deadline.Description))));
        deadlines.Select(deadline => deadline.SourcePage).Should().Contain([1, 2]);

        var changes = await context.PolicyChanges.ToListAsync();
        changes.Should().NotBeEmpty();
        changes.Should().OnlyContain(change => change.SourcePage == pages.PageOf(FixturePages.PlainText(change.BodyHtml)));

        // The fixture may hold no condition the extractor takes; those it takes carry their page.
        foreach (var condition in await context.ContractConditions.ToListAsync())
        {
            condition.SourcePage.Should().Be(pages.PageOf(condition.Text), condition.Text);
        }

        // A statement cites the sections of its passages; its page is that of the first one (ADR-032).
        var statements = await context.Statements.ToListAsync();
        statements.Should().NotBeEmpty();
        statements.Should().OnlyContain(statement => statement.SourcePage == pages.PageOfSection(statement.SourceLocation!));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_pdf_named_txt_is_read_as_a_pdf_and_the_summary_says_so(DatabaseProvider provider)
    {
        var bytes = await File.ReadAllBytesAsync(FixturePages.PdfPath(Fixture));
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = await SeededAsync(database);

        var summary = await ImportAsync(services, bytes, "beleid.txt");

        summary.Notes.Should().Contain(note => note.Contains("De naam 'beleid.txt' wijst op een tekstbestand, maar de inhoud is een PDF; het bestand is gelezen als PDF."));
        await using var context = database.CreateContext();
        var source = await context.SourceDocuments.SingleAsync();
        source.ContentType.Should().Be("application/pdf");
        source.PageCount.Should().Be(2);
        (await context.DocumentSections.CountAsync(section => section.SourcePage != null)).Should().BeGreaterThan(6);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_text_named_pdf_is_read_as_text_and_its_records_claim_no_page(DatabaseProvider provider)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "data", "sources", "zorg-en-zekerheid-zorginkoopbeleid-2024-msz.txt"));
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = await SeededAsync(database);

        var summary = await ImportAsync(services, System.Text.Encoding.UTF8.GetBytes(text), "beleid.pdf", purchaser: "zorg-en-zekerheid", year: 2024);

        summary.Notes.Should().Contain(note => note.Contains("De naam 'beleid.pdf' wijst op een PDF, maar de inhoud is een tekstbestand; het bestand is gelezen als tekstbestand."));
        await using var context = database.CreateContext();
        var source = await context.SourceDocuments.SingleAsync();
        source.ContentType.Should().StartWith("text/plain");
        source.PageCount.Should().BeNull();
        (await context.DocumentSections.CountAsync()).Should().BeGreaterThan(0);
        (await context.DocumentSections.CountAsync(section => section.SourcePage != null)).Should().Be(0);
        (await context.Statements.CountAsync(statement => statement.SourcePage != null)).Should().Be(0);
        (await context.Deadlines.CountAsync(deadline => deadline.SourcePage != null)).Should().Be(0);
    }

    public static TheoryData<DatabaseProvider, string, string> Refusals()
    {
        var data = new TheoryData<DatabaseProvider, string, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            data.Add(provider, "encrypted", "beveiligd");
            data.Add(provider, "image-only", "scan of afbeelding zonder tekstlaag");
            data.Add(provider, "truncated", "geen leesbare PDF");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_pdf_that_cannot_be_read_is_refused_in_dutch_and_nothing_is_stored(DatabaseProvider provider, string fixture, string message)
    {
        var bytes = fixture == "truncated"
            ? (await File.ReadAllBytesAsync(FixturePages.PdfPath(Fixture)))[..2000]
            : await File.ReadAllBytesAsync(FixturePages.PdfPath(fixture));
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = await SeededAsync(database);

        var import = () => ImportAsync(services, bytes, fixture + ".pdf");

        (await import.Should().ThrowAsync<ImportFailedException>()).Which.Problems.Should().ContainSingle()
            .Which.Message.Should().Contain(message);
        await using var context = database.CreateContext();
        (await context.SourceDocuments.CountAsync()).Should().Be(0);
        (await context.SourceFiles.CountAsync()).Should().Be(0);
        (await context.PolicyDocuments.CountAsync()).Should().Be(0);
        (await context.DocumentSections.CountAsync()).Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_pdf_over_the_size_limit_is_refused_by_its_length_and_nothing_is_stored(DatabaseProvider provider)
    {
        var bytes = await File.ReadAllBytesAsync(FixturePages.PdfPath(Fixture));
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = await SeededAsync(database);
        var importer = new SourceImporter(
            services.GetRequiredService<Application.Persistence.IPortalDbContextFactory>(), TimeProvider.System,
            new ImportOptions { MaxFileBytes = bytes.Length - 1 });
        var path = await WriteAsync(bytes, "groot.pdf");

        var import = () => importer.ImportAsync(new ImportRequest(path, 2027, ["msz"], "cz"));

        (await import.Should().ThrowAsync<ImportFailedException>()).Which.Problems.Should().ContainSingle()
            .Which.Message.Should().Contain("een import mag ten hoogste");
        await using var context = database.CreateContext();
        (await context.SourceDocuments.CountAsync()).Should().Be(0);
    }

    /// <summary>
    /// A Word file (made by pandoc from the Zorg en Zekerheid seed) and a saved web page (a CZ-like page in site
    /// chrome) through the same path: told by their bytes whatever their name, stored byte for byte with their media
    /// type, their headings sections; neither has pages, so nothing claims one.
    /// </summary>
    [Theory]
    [MemberData(nameof(WordAndWebPage))]
    public async Task A_word_file_and_a_saved_web_page_are_read_into_sections_without_pages(DatabaseProvider provider, string file, string contentType, string heading)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "documents", file));
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = await SeededAsync(database);

        var summary = await ImportAsync(services, bytes, "beleid.bin");

        summary.Format.Should().Be(SourceFormat.PolicyText);
        await using var context = database.CreateContext();
        var source = await context.SourceDocuments.Include(candidate => candidate.OriginalFile).SingleAsync();
        source.ContentType.Should().Be(contentType);
        source.OriginalFile!.Bytes.Should().Equal(bytes);
        source.PageCount.Should().BeNull();
        var sections = await context.DocumentSections.ToListAsync();
        sections.Should().Contain(section => section.Title.Contains(heading));
        sections.Should().OnlyContain(section => section.SourcePage == null, "a format without pages claims none");
        (await context.Statements.ToListAsync()).Should().OnlyContain(statement => statement.SourcePage == null);
    }

    public static TheoryData<DatabaseProvider, string, string, string> WordAndWebPage()
    {
        var data = new TheoryData<DatabaseProvider, string, string, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            data.Add(provider, "docx/seed-zz-msz-2024.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Zorginkoopbeleid 2024");
            data.Add(provider, "html-pages/cz-numbered-inhoudelijk-beleid.html", "text/html", "Inhoudelijk beleid");
        }

        return data;
    }

    private static async Task<ServiceProvider> SeededAsync(TestDatabase database)
    {
        var services = PortalServices.For(database);
        await services.GetRequiredService<ReferenceDataSeeder>().SeedIfEmptyAsync();
        return services;
    }

    private static async Task<ImportSummary> ImportAsync(
        ServiceProvider services, byte[] bytes, string fileName, string purchaser = "cz", int year = 2027) =>
        await services.GetRequiredService<ISourceImporter>().ImportAsync(new ImportRequest(await WriteAsync(bytes, fileName), year, ["msz"], purchaser));

    /// <summary>The bytes as a file with exactly this name, in a folder of its own.</summary>
    private static async Task<string> WriteAsync(byte[] bytes, string fileName)
    {
        var folder = Directory.CreateTempSubdirectory("inkoopportal-document-").FullName;
        var path = Path.Combine(folder, fileName);
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }
}
