using InkoopPortal.Application.Content;
using InkoopPortal.Application.Import.ComparisonTable;
using InkoopPortal.Application.Import.Names;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.Domain.Sources;
using InkoopPortal.Domain.Topics;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>
/// Stores a parsed comparison table: one policy document per purchaser (columns and link table) for the year and
/// care types, the memo's topics and groups, and one statement per cell citing the memo.
/// </summary>
internal sealed class ComparisonTableWriter(
    IPortalDbContext context,
    ImportCatalog catalog,
    SourceDocument source,
    ImportRequest request,
    IReadOnlyList<CareType> careTypes,
    ImportConfirmations confirmations)
{
    private readonly List<string> _created = [];

    public async Task<ImportSummary> RunAsync(ParsedComparisonTable table, CancellationToken cancellationToken)
    {
        var (purchasers, topics) = ResolveNames(table);
        var notes = new List<string>();
        if (table.Year is { } titleYear && titleYear != request.Year)
        {
            notes.Add($"Let op: de titel noemt {titleYear}, geïmporteerd als {request.Year} (opgegeven jaar).");
        }

        // A table without a title line keeps the file's name (without extension) as its source title.
        if (table.Title.Length > 0)
        {
            source.Title = table.Title;
        }

        source.IntroductionMarkdown = table.IntroductionMarkdown;

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
                SourceWording = cell.SourceWording,
                SourceDocument = source,
                SourceLocation = SourceLocation(table.Title, cell),
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

        return new ImportSummary(source.Title, documents.Count, statements, 0, 0, 0, 0, 0, [.. _created, .. notes]);
    }

    /// <summary>"Titel, regel 4, kolom 2", or "regel 4, kolom 2" for a table without a title.</summary>
    internal static string SourceLocation(string title, ParsedCell cell) =>
        (title.Length > 0 ? title + ", " : "") + $"regel {cell.Line}, kolom {cell.Column}";

    /// <summary>
    /// Every purchaser and topic the table names must exist or be confirmed as new; the confirmed ones are created.
    /// All unknown names are reported at once, each with its position.
    /// </summary>
    private (Dictionary<string, Purchaser> Purchasers, Dictionary<string, Topic> Topics) ResolveNames(ParsedComparisonTable table)
    {
        var purchaserNames = ComparisonTableNames.Purchasers(table, catalog);
        var topicNames = ComparisonTableNames.Topics(table, catalog);
        var unknown = purchaserNames.Concat(topicNames).Where(name => name.IsNew && !confirmations.Confirms(name)).ToList();
        if (unknown.Count > 0)
        {
            throw new ImportFailedException(
                unknown.Select(name => new ImportProblem(name.Line, name.Column, UnknownName(name))).OrderBy(p => p.Line).ThenBy(p => p.Column).ToList(),
                unknown);
        }

        // Keyed as written: a column and the link table may spell one purchaser differently ("Z&Z", "Z & Z").
        var newKind = ComparisonTableNames.NewPurchaserKind(careTypes);
        var byKey = purchaserNames.ToDictionary(
            name => NameKey.From(name.Name),
            name => name.ExistingSlug is { } slug ? catalog.FindPurchaserBySlug(slug)! : AddPurchaser(name.Name, newKind));
        var purchasers = table.Columns.Select(column => column.PurchaserName)
            .Concat(table.DocumentLinks.Select(link => link.PurchaserName))
            .Distinct()
            .ToDictionary(name => name, name => byKey[NameKey.From(name)]);
        return (purchasers, ResolveTopics(table));
    }

    /// <summary>A column or link-table name that is neither known nor confirmed; topic rows alike.</summary>
    internal static string UnknownName(ImportName name) => name.Kind == ImportNameKind.Purchaser
        ? $"Onbekende inkoper '{name.Name}'. Bevestig dat het een nieuwe inkoper is, of voeg de naam toe als alias van een bestaande inkoper."
        : $"Onbekend onderwerp '{name.Name}'. Bevestig dat het een nieuw onderwerp is, of voeg de naam toe als alias van een bestaand onderwerp.";

    private Purchaser AddPurchaser(string name, PurchaserKind kind)
    {
        var purchaser = catalog.AddPurchaser(name, kind);
        context.Purchasers.Add(purchaser);
        _created.Add($"Nieuwe inkoper aangemaakt: {purchaser.Name}.");
        return purchaser;
    }

    /// <summary>Finds each row's topic by slug or alias, or creates it (confirmed) in the memo's group; scopes it to the care types.</summary>
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
                _created.Add($"Nieuw onderwerp aangemaakt: {topic.Name}.");
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
    /// One document per purchaser: the purchaser's existing published document for this year and care type, or a new
    /// one titled after the memo's analysis, with the link table's address as its source. A draft of the year is
    /// left alone: the editor publishes it, or not.
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
                && document.Status == DocumentStatus.Published
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
