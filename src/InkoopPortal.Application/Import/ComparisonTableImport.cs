using InkoopPortal.Application.Content;
using InkoopPortal.Application.Import.Comparison;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.Domain.Sources;
using InkoopPortal.Domain.Topics;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Import;

/// <summary>
/// Stores a parsed comparison table: one policy document per purchaser (columns and link table) for the year and
/// care types, the memo's topics and groups, and one statement per cell citing the memo.
/// </summary>
internal sealed class ComparisonTableImport(
    IPortalDbContext context,
    ImportCatalog catalog,
    SourceDocument source,
    ImportRequest request,
    IReadOnlyList<CareType> careTypes)
{
    public async Task<ImportSummary> RunAsync(ParsedComparisonTable table, CancellationToken cancellationToken)
    {
        var purchasers = ResolvePurchasers(table);
        var notes = new List<string>();
        if (table.Year is { } titleYear && titleYear != request.Year)
        {
            notes.Add($"Let op: de titel noemt {titleYear}, geïmporteerd als {request.Year} (opgegeven jaar).");
        }

        source.Title = table.Title;
        source.IntroductionMarkdown = table.IntroductionMarkdown;

        var topics = ResolveTopics(table);
        var documents = await FindOrCreateDocumentsAsync(table, purchasers, cancellationToken);

        var statements = 0;
        foreach (var cell in table.Cells)
        {
            var document = documents[purchasers[cell.PurchaserName].Slug];
            var topic = topics[cell.TopicKey];
            document.Statements.RemoveAll(existing => existing.Topic == topic && existing.CareTypeId is null);
            var statement = new Statement
            {
                Topic = topic,
                Status = cell.Status,
                SourceDocument = source,
                SourceLocation = $"{table.Title}, regel {cell.Line}, kolom {cell.Column}",
                SortOrder = topic.SortOrder,
            };
            RichTextRenderer.SetBody(statement, cell.Markdown);
            document.Statements.Add(statement);
            statements++;
        }

        var withoutCells = documents.Keys.Except(table.Cells.Select(cell => purchasers[cell.PurchaserName].Slug)).ToList();
        if (withoutCells.Count > 0)
        {
            notes.Add($"Alleen een document, nog niet geanalyseerd: {string.Join(", ", withoutCells.Select(slug => documents[slug].Purchaser!.Name))}.");
        }

        return new ImportSummary(table.Title, documents.Count, statements, 0, 0, 0, 0, 0, notes);
    }

    /// <summary>Every column and link-table name must be a known purchaser; all unknown names are reported at once.</summary>
    private Dictionary<string, Purchaser> ResolvePurchasers(ParsedComparisonTable table)
    {
        var resolved = new Dictionary<string, Purchaser>();
        var problems = new List<ImportProblem>();
        var names = table.Columns.Select(column => (column.PurchaserName, column.Line, Column: (int?)column.Column))
            .Concat(table.DocumentLinks.Select(link => (link.PurchaserName, link.Line, Column: (int?)1)));
        foreach (var (name, line, column) in names)
        {
            if (resolved.ContainsKey(name))
            {
                continue;
            }

            if (catalog.FindPurchaser(name) is { } purchaser)
            {
                resolved[name] = purchaser;
            }
            else if (problems.All(problem => problem.Message != UnknownPurchaser(name)))
            {
                problems.Add(new ImportProblem(line, column, UnknownPurchaser(name)));
            }
        }

        if (problems.Count > 0)
        {
            throw new ImportFailedException(problems);
        }

        return resolved;
    }

    private static string UnknownPurchaser(string name) =>
        $"Onbekende inkoper '{name}'. Voeg deze naam toe als alias van een bestaande inkoper of maak de inkoper eerst aan.";

    /// <summary>Finds each row's topic by slug or alias, or creates it in the memo's group; scopes it to the care types.</summary>
    private Dictionary<string, Topic> ResolveTopics(ParsedComparisonTable table)
    {
        var groups = table.Groups.ToDictionary(
            group => group.Key,
            group => catalog.FindGroup(group.Key) ?? catalog.AddGroup(group.Key, group.Name));

        var topics = new Dictionary<string, Topic>();
        foreach (var parsed in table.Topics)
        {
            var group = parsed.GroupKey is null ? null : groups[parsed.GroupKey];
            var topic = catalog.FindTopic(parsed.Key) ?? catalog.FindTopic(parsed.Name);
            if (topic is null)
            {
                topic = catalog.AddTopic(new Topic
                {
                    Slug = parsed.Key,
                    Name = parsed.Name,
                    Group = group,
                    SortOrder = catalog.NextTopicSortOrder(group),
                    IsPrecondition = parsed.IsPrecondition,
                    GuidingQuestions = [.. parsed.GuidingQuestions],
                });
                context.Topics.Add(topic);
            }

            foreach (var careType in careTypes.Where(careType => !topic.CareTypes.Contains(careType)))
            {
                topic.CareTypes.Add(careType);
            }

            topics[parsed.Key] = topic;
        }

        return topics;
    }

    /// <summary>
    /// One document per purchaser: the purchaser's existing document for this year and care type, or a new one
    /// titled after the memo's analysis, with the link table's address as its source.
    /// </summary>
    private async Task<Dictionary<string, PolicyDocument>> FindOrCreateDocumentsAsync(
        ParsedComparisonTable table, Dictionary<string, Purchaser> purchasers, CancellationToken cancellationToken)
    {
        var year = request.Year;
        var careTypeIds = careTypes.Select(careType => careType.Id).ToList();
        var purchaserIds = purchasers.Values.Select(purchaser => purchaser.Id).Distinct().ToList();
        var existing = await context.PolicyDocuments
            .Include(document => document.Statements).ThenInclude(statement => statement.Topic)
            .Include(document => document.CareTypes)
            .Include(document => document.Purchaser)
            .AsSplitQuery()
            .Where(document => purchaserIds.Contains(document.PurchaserId)
                && document.ValidFromYear <= year && document.ValidToYear >= year
                && document.CareTypes.Any(careType => careTypeIds.Contains(careType.Id)))
            .ToListAsync(cancellationToken);

        var urls = table.DocumentLinks
            .GroupBy(link => purchasers[link.PurchaserName].Slug)
            .ToDictionary(group => group.Key, group => group.First().Url);
        var careTypeNames = string.Join(", ", careTypes.Select(careType => careType.Name.ToLowerInvariant()));

        var documents = new Dictionary<string, PolicyDocument>();
        foreach (var purchaser in purchasers.Values.DistinctBy(purchaser => purchaser.Slug))
        {
            var document = existing.FirstOrDefault(candidate => candidate.PurchaserId == purchaser.Id);
            if (document is null)
            {
                document = new PolicyDocument
                {
                    Purchaser = purchaser,
                    Title = $"Inkoopbeleid {careTypeNames} {year} – {purchaser.Name}",
                    Kind = PolicyDocumentKind.PurchasingPolicy,
                    CareTypes = [.. careTypes],
                    ValidFromYear = year,
                    ValidToYear = year,
                    Status = DocumentStatus.Published,
                };
                context.PolicyDocuments.Add(document);
            }

            document.SourceUrl ??= urls.GetValueOrDefault(purchaser.Slug);
            documents[purchaser.Slug] = document;
        }

        return documents;
    }
}
