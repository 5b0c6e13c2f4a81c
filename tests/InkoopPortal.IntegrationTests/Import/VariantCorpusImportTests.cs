using System.Globalization;
using System.Security.Cryptography;
using InkoopPortal.Application.Import;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Sources;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Variants;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.IntegrationTests.Import;

/// <summary>
/// Every file of the variant corpus (tests/InkoopPortal.TestSupport/Variants: comparison tables, policy texts,
/// presentations) imported through the real <see cref="ISourceImporter"/> as the command line does, each into a
/// database of its own holding the reference data and the 2022 memo, on PostgreSQL and SQLite; then read back and
/// compared with its <c>.expected.json</c>: what was stored, where each record came from, and that nothing else was
/// stored; or the exact refusal and a database left as it was.
/// </summary>
public class VariantCorpusImportTests(VariantCorpusImportTests.Templates templates) : IClassFixture<VariantCorpusImportTests.Templates>
{
    private const string TableFolder = "ComparisonTable";

    /// <summary>Provider × file: (provider, folder under Variants, file name).</summary>
    public static TheoryData<DatabaseProvider, string, string> Files()
    {
        var files = VariantFixture.Names().Select(name => (Folder: TableFolder, File: name + ".txt"))
            .Concat(new[] { VariantCorpus.PolicyTextFolder, VariantCorpus.PresentationFolder }
                .SelectMany(folder => VariantCorpus.Files(folder).Select(file => (Folder: folder, File: file))))
            .ToList();
        var data = new TheoryData<DatabaseProvider, string, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            foreach (var (folder, file) in files)
            {
                data.Add(provider, folder, file);
            }
        }

        return data;
    }

    [Fact]
    public void The_corpus_has_at_least_25_files_in_every_format()
    {
        var files = Files().Select(row => ((DatabaseProvider)row[0], (string)row[1], (string)row[2])).ToList();

        files.Where(row => row.Item1 == DatabaseProvider.Sqlite).Should().HaveCountGreaterThanOrEqualTo(25)
            .And.Contain(row => row.Item2 == TableFolder)
            .And.Contain(row => row.Item2 == VariantCorpus.PolicyTextFolder)
            .And.Contain(row => row.Item2 == VariantCorpus.PresentationFolder);
        files.Where(row => row.Item1 == DatabaseProvider.Postgres).Select(row => (row.Item2, row.Item3))
            .Should().Equal(files.Where(row => row.Item1 == DatabaseProvider.Sqlite).Select(row => (row.Item2, row.Item3)));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Variant_is_imported_into_the_database_as_expected(DatabaseProvider provider, string folder, string file)
    {
        await using var portal = await templates.CopyAsync(provider);
        if (folder == TableFolder)
        {
            await CheckTableAsync(portal, VariantFixture.Load(Path.GetFileNameWithoutExtension(file)));
        }
        else
        {
            await CheckDocumentAsync(portal, folder, file);
        }
    }

    private static async Task CheckTableAsync(MemoPortal portal, VariantFixture fixture)
    {
        var expected = fixture.Expected;
        var request = new ImportRequest(fixture.TextPath, fixture.Year, fixture.CareTypes, null,
            CreateUnknownNames: fixture.Import?.CreateUnknown ?? false, Format: fixture.Import?.Format);
        if (expected.IsRefusal)
        {
            await CheckRefusalAsync(portal, request, expected.Problems!, fixture.Name);
            return;
        }

        var before = await NamesAsync(portal);
        var summary = await portal.Get<ISourceImporter>().ImportAsync(request);

        summary.Format.Should().Be(SourceFormat.ComparisonTable);
        await using var context = portal.Database.CreateContext();
        var source = await CheckStoredSourceAsync(context, summary, fixture.TextPath);
        var slugs = expected.Columns!.ToDictionary(column => column.Name, column => column.Purchaser);
        var topics = expected.Topics!.ToDictionary(topic => topic.Key, topic => topic.StoredSlug);
        var location = expected.Title!.Length > 0 ? expected.Title + ", " : "";

        var stored = await context.Statements.AsNoTracking()
            .Where(statement => statement.SourceDocumentId == source.Id)
            .Select(statement => new
            {
                Purchaser = statement.PolicyDocument!.Purchaser!.Slug,
                Topic = statement.Topic!.Slug,
                statement.Status,
                statement.SourceWording,
                statement.SourceLocation,
                statement.BodyMarkdown,
                CareType = statement.CareType == null ? null : statement.CareType.Slug,
            })
            .ToListAsync();
        stored.Where(statement => statement.CareType != null).Should().BeEmpty("each document is the table's own, for its care types");
        stored.Select(statement =>
            {
                var (outline, footnotes) = VariantFixture.Outline(statement.BodyMarkdown);
                return new StoredCell(statement.Purchaser, statement.Topic, statement.Status, statement.SourceWording,
                    statement.SourceLocation, outline, footnotes);
            })
            .OrderBy(cell => cell.Purchaser, StringComparer.Ordinal).ThenBy(cell => cell.Topic, StringComparer.Ordinal)
            .Should().BeEquivalentTo(
                fixture.ExpectedCells
                    .Select(cell => new StoredCell(slugs[cell.Purchaser], topics[cell.Topic], cell.Status, cell.SourceWording,
                        $"{location}regel {cell.Line}, kolom {cell.Column}", cell.Outline, cell.Footnotes))
                    .OrderBy(cell => cell.Purchaser, StringComparer.Ordinal).ThenBy(cell => cell.Topic, StringComparer.Ordinal),
                options => options.WithStrictOrdering(),
                $"{fixture.Name}: every cell stored once, in its purchaser's column and its topic's row, and nothing else");
        summary.Statements.Should().Be(stored.Count);

        var documents = await context.PolicyDocuments.AsNoTracking()
            .Where(document => document.ImportSourceId == source.Id)
            .Select(document => new
            {
                Purchaser = document.Purchaser!.Slug,
                document.Status,
                document.ValidFromYear,
                document.ValidToYear,
                CareTypes = document.CareTypes.Select(careType => careType.Slug).ToList(),
            })
            .ToListAsync();
        documents.Select(document => document.Purchaser).Should().BeEquivalentTo(slugs.Values.Distinct(), "one document per column's purchaser");
        documents.Should().OnlyContain(document => document.Status == DocumentStatus.Published
            && document.ValidFromYear == fixture.Year && document.ValidToYear == fixture.Year
            && document.CareTypes.Order().SequenceEqual(fixture.CareTypes.Order()));

        var after = await NamesAsync(portal);
        after.Purchasers.Should().Equal(before.Purchasers, "every column resolves to a purchaser that existed");
        after.Topics.Except(before.Topics).Should().BeEquivalentTo(
            expected.Topics!.Where(topic => topic.Created).Select(topic => topic.StoredSlug), "only the topics the file expects are new");
    }

    private static async Task CheckDocumentAsync(MemoPortal portal, string folder, string file)
    {
        var expected = VariantCorpus.Expected(folder, file);
        var import = expected.Import!;
        var path = VariantCorpus.PathOf(folder, file);
        var request = new ImportRequest(path, import.Year, import.CareTypes, import.Purchaser);
        if (expected.Refusal is { } refusal)
        {
            await CheckRefusalAsync(portal, request, [refusal], file);
            return;
        }

        var before = await NamesAsync(portal);
        var summary = await portal.Get<ISourceImporter>().ImportAsync(request);

        summary.Format.Should().Be(expected.Format, "detection proposes the format the file is written in");
        await using var context = portal.Database.CreateContext();
        var source = await CheckStoredSourceAsync(context, summary, path);
        var document = await context.PolicyDocuments.AsNoTracking()
            .Include(stored => stored.Purchaser)
            .Include(stored => stored.CareTypes)
            .Include(stored => stored.Statements).ThenInclude(statement => statement.Topic!.CareTypes)
            .Include(stored => stored.Statements).ThenInclude(statement => statement.CareType)
            .Include(stored => stored.Changes)
            .Include(stored => stored.Sections)
            .Include(stored => stored.Assignments)
            .Include(stored => stored.Deadlines)
            .Include(stored => stored.Figures)
            .AsSplitQuery()
            .SingleAsync(stored => stored.ImportSourceId == source.Id);

        document.Purchaser!.Slug.Should().Be(import.Purchaser);
        document.CareTypes.Select(careType => careType.Slug).Should().BeEquivalentTo(import.CareTypes);
        document.Status.Should().Be(DocumentStatus.Published);
        (document.ValidFromYear, document.ValidToYear).Should().Be((expected.ValidFrom ?? import.Year, expected.ValidTo ?? import.Year));
        document.PublishedOn.Should().Be(expected.PublishedOn);
        if (expected.Title is { } title)
        {
            document.Title.Should().Be(title);
        }

        if (expected.Format == SourceFormat.PolicyText)
        {
            CheckFiling(document, before.Topics);
        }
        else
        {
            CheckStatements(document, expected.Statements);
        }

        var cited = $"{document.Title}, regel ";
        document.Changes.Where(change => change.SourceLocation?.StartsWith(cited, StringComparison.Ordinal) != true)
            .Should().BeEmpty("every change entry cites its line");
        document.Sections.Where(section => section.SourceLocation?.StartsWith(cited, StringComparison.Ordinal) != true)
            .Should().BeEmpty("every section cites its line");
        document.Changes.OrderBy(change => change.SortOrder)
            .Select(change => new ActualChange(change.Subject, int.Parse(change.SourceLocation![cited.Length..], CultureInfo.InvariantCulture), change.BodyMarkdown))
            .ToList().ShouldMatch(expected.Changes);
        CheckDeadlines(document, expected.Deadlines);
        document.Figures.OrderBy(figure => figure.SortOrder).Select(figure => (figure.Category, figure.Value))
            .Should().Equal(expected.Figures.Select(figure => (figure.Category, figure.Value)));
        document.Figures.Where(figure => string.IsNullOrWhiteSpace(figure.SourceLocation)).Should().BeEmpty("every figure cites its line");
        (await context.Statements.CountAsync(statement => statement.SourceDocumentId == source.Id))
            .Should().Be(document.Statements.Count, "the import stored no statement outside its document");
        (await NamesAsync(portal)).Purchasers.Should().Equal(before.Purchasers, "a policy text never creates a purchaser");
    }

    /// <summary>
    /// A policy text is filed under the codebook: no topic is created; every statement stands on an existing topic of
    /// the document's care types and is written from the passages filed under it, each citing its sections.
    /// </summary>
    private static void CheckFiling(PolicyDocument document, IReadOnlyList<string> topicsBefore)
    {
        document.Statements.Select(statement => statement.Topic!.Slug).Should().BeSubsetOf(topicsBefore, "a policy text never creates a topic");
        document.Statements.Where(statement => !statement.Topic!.CareTypes.Any(careType => document.CareTypes.Any(own => own.Id == careType.Id)))
            .Should().BeEmpty("a statement stands on a topic of the document's own care types");
        foreach (var statement in document.Statements)
        {
            statement.GeneratedSummary.Should().NotBeNull("{0} is written from filed passages", statement.Topic!.Name);
            statement.SourceLocation.Should().NotBeNullOrWhiteSpace();
            document.Assignments.Should().Contain(assignment => assignment.TopicId == statement.TopicId, "{0} has its passages", statement.Topic.Name);
        }

        document.Assignments.Where(assignment => assignment.TopicId is { } topicId && !document.Statements.Any(statement => statement.TopicId == topicId))
            .Should().BeEmpty("every filed topic has its statement");
        document.Sections.Where(section => section.Role != SectionRole.Body && document.Assignments.Any(assignment => assignment.DocumentSectionId == section.Id))
            .Should().BeEmpty("front and back matter is never filed");
    }

    /// <summary>
    /// One statement per topic (and care type, when the text names one) in the order of the text: parts of a text on
    /// the same topic are one statement. Each cites its section.
    /// </summary>
    private static void CheckStatements(PolicyDocument document, IReadOnlyList<ExpectedStatement> statements)
    {
        document.Statements.Where(statement => string.IsNullOrWhiteSpace(statement.SourceLocation)
            || statement.Status != StatementStatus.Content).Should().BeEmpty("every statement of a text has content and cites its section");
        // A hint such as "VV" names one of the document's own care types.
        string? CareType(string? hint) => hint is null ? null : document.CareTypes.Single(careType =>
            careType.Aliases.Contains(hint, StringComparer.OrdinalIgnoreCase) || careType.Name.Equals(hint, StringComparison.OrdinalIgnoreCase)).Slug;
        document.Statements.Select(statement => (statement.Topic!.Name, statement.CareType?.Slug))
            .Should().BeEquivalentTo(statements.Select(statement => (statement.Topic, CareType(statement.CareType))).Distinct());
        foreach (var want in statements.Where(statement => statement.MarkdownContains is not null))
        {
            document.Statements.Single(statement => statement.Topic!.Name == want.Topic && statement.CareType?.Slug == CareType(want.CareType))
                .BodyMarkdown.Should().Contain(want.MarkdownContains);
        }
    }

    /// <summary>Every deadline in order, each citing its line ("Titel, regel 7") and the sentence or row it was read from.</summary>
    private static void CheckDeadlines(PolicyDocument document, IReadOnlyList<ExpectedDeadline> deadlines)
    {
        var stored = document.Deadlines.OrderBy(deadline => deadline.SortOrder).ToList();
        var cited = $"{document.Title}, regel ";
        stored.Where(deadline => deadline.SourceLocation?.StartsWith(cited, StringComparison.Ordinal) != true || string.IsNullOrWhiteSpace(deadline.SourceText))
            .Should().BeEmpty("every deadline keeps the line and the sentence or row it was read from");
        stored.Select(deadline => new ActualDeadline(deadline.Kind, deadline.Date, deadline.DateText,
                int.Parse(deadline.SourceLocation![cited.Length..], CultureInfo.InvariantCulture), deadline.SourceText, deadline.Time))
            .ToList().ShouldMatch(deadlines);
    }

    /// <summary>The refusal names exactly the expected problems, and the database holds what it held.</summary>
    private static async Task CheckRefusalAsync(
        MemoPortal portal, ImportRequest request, IReadOnlyList<ExpectedProblem> expected, string name)
    {
        var counts = await portal.CountsAsync();

        var import = () => portal.Get<ISourceImporter>().ImportAsync(request);

        (await import.Should().ThrowAsync<ImportFailedException>()).Which.Problems.ShouldMatch(expected, name);
        (await portal.CountsAsync()).Should().Be(counts, "a refused file stores nothing");
    }

    /// <summary>The stored source keeps the file's bytes as written, with their SHA-256; every statement of it cites where it came from.</summary>
    private static async Task<SourceDocument> CheckStoredSourceAsync(PortalDbContext context, ImportSummary summary, string path)
    {
        var bytes = await File.ReadAllBytesAsync(path);
        var source = await context.SourceDocuments.AsNoTracking().Include(stored => stored.OriginalFile).SingleAsync(stored => stored.Id == summary.SourceId);
        source.OriginalFile!.Bytes.Should().Equal(bytes);
        source.ContentSha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        source.FileName.Should().Be(Path.GetFileName(path));
        (await context.Statements.Where(statement => statement.SourceDocumentId == source.Id)
                .CountAsync(statement => statement.SourceLocation == null || statement.SourceLocation == ""))
            .Should().Be(0, "every stored statement cites where it came from");
        return source;
    }

    private static async Task<(List<string> Purchasers, List<string> Topics)> NamesAsync(MemoPortal portal)
    {
        await using var context = portal.Database.CreateContext();
        return (await context.Purchasers.Select(purchaser => purchaser.Slug).OrderBy(slug => slug).ToListAsync(),
            await context.Topics.Select(topic => topic.Slug).OrderBy(slug => slug).ToListAsync());
    }

    private sealed record StoredCell(
        string Purchaser,
        string Topic,
        StatementStatus Status,
        string? SourceWording,
        string? SourceLocation,
        IReadOnlyList<string> Outline,
        IReadOnlyList<string> Footnotes);

    /// <summary>
    /// One database per provider with the reference data and the 2022 memo, made once for the class; every test
    /// imports into a copy of its own.
    /// </summary>
    public sealed class Templates : IAsyncLifetime
    {
        private readonly Dictionary<DatabaseProvider, MemoPortal> _templates = [];

        internal Task<MemoPortal> CopyAsync(DatabaseProvider provider) => MemoPortal.CopyOfAsync(_templates[provider]);

        public async Task InitializeAsync()
        {
            foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
            {
                _templates[provider] = await MemoPortal.CreateAsync(provider);
            }
        }

        public async Task DisposeAsync()
        {
            foreach (var template in _templates.Values)
            {
                await template.DisposeAsync();
            }
        }
    }
}
