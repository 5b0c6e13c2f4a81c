using InkoopPortal.Application.Content;
using InkoopPortal.Application.Import.Drafts;
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

    /// <summary>The documents the import wrote to: drafts, or (when publishing at once) published documents.</summary>
    public IReadOnlyList<PolicyDocument> Documents { get; private set; } = [];

    private static int AddAll(PolicyDocument document, List<Statement> statements)
    {
        document.Statements.AddRange(statements);
        return statements.Count;
    }

    public async Task<ImportSummary> RunAsync(ParsedComparisonTable table, CancellationToken cancellationToken)
    {
        var (purchasers, topics) = ResolveNames(table);
        var notes = new List<string>();
        if (table.Year is { } titleYear && titleYear != request.Year)
        {
            notes.Add($"Let op: de titel noemt {titleYear}, geïmporteerd als {request.Year} (opgegeven jaar).");
        }

        source.Title = table.Title;
        source.IntroductionMarkdown = table.IntroductionMarkdown;

        var documents = await FindOrCreateDocumentsAsync(table, purchasers, cancellationToken);
        var statementsByDocument = documents.Values.ToDictionary(target => target, _ => new List<Statement>());
        foreach (var cell in table.Cells)
        {
            var target = documents[purchasers[cell.PurchaserName].Slug];
            var topic = topics[cell.TopicKey];
            var statement = new Statement
            {
                Topic = topic,
                CareType = target.NarrowedTo,
                Status = cell.Status,
                SourceWording = cell.SourceWording,
                SourceDocument = source,
                SourceLocation = $"{table.Title}, regel {cell.Line}, kolom {cell.Column}",
                SortOrder = topic.SortOrder,
            };
            RichTextRenderer.SetBody(statement, cell.Markdown);
            statementsByDocument[target].Add(statement);
        }

        var statements = 0;
        foreach (var (target, written) in statementsByDocument)
        {
            // Published at once into a document the purchaser already has: its cells are rewritten in place.
            statements += target.Document.Status == DocumentStatus.Published && target.Document.Id != 0
                ? DocumentRevision.Apply(target.Document, written)
                : AddAll(target.Document, written);
        }

        var withoutCells = documents.Keys.Except(table.Cells.Select(cell => purchasers[cell.PurchaserName].Slug)).ToList();
        if (withoutCells.Count > 0)
        {
            notes.Add($"Alleen een document, nog niet geanalyseerd: {string.Join(", ", withoutCells.Select(slug => documents[slug].Document.Purchaser!.Name))}.");
        }

        notes.AddRange(documents.Values.Select(target => target.Note).OfType<string>().Distinct());
        Documents = documents.Values.Select(target => target.Document).ToList();
        return new ImportSummary(table.Title, documents.Count, statements, 0, 0, 0, 0, 0, [.. _created, .. notes]);
    }

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
    /// Where one purchaser's cells go, and the care type its statements are narrowed to when the document covers more
    /// care types than the table (a table for elv written into a policy for elv, grz and gzsp).
    /// </summary>
    private sealed record Target(PolicyDocument Document, CareType? NarrowedTo, string? Note);

    /// <summary>
    /// One document per purchaser. When the purchaser has a published document for the year and care types, the
    /// cells go into that document: at once when publishing, else through a draft that revises it (published later by
    /// an editor). Otherwise a new document titled after the table's analysis, with the link table's address as its
    /// source: published at once, or a draft. Every document the import makes cites the import.
    /// </summary>
    private async Task<Dictionary<string, Target>> FindOrCreateDocumentsAsync(
        ParsedComparisonTable table, Dictionary<string, Purchaser> purchasers, CancellationToken cancellationToken)
    {
        var year = request.Year;
        var careTypeIds = careTypes.Select(careType => careType.Id).ToList();
        var purchaserIds = purchasers.Values.Select(purchaser => purchaser.Id).Distinct().ToList();
        var existing = await context.PolicyDocuments
            .Include(document => document.Statements)
            .Include(document => document.CareTypes)
            .Include(document => document.Purchaser)
            .AsSplitQuery()
            .Where(document => purchaserIds.Contains(document.PurchaserId)
                && document.Status == DocumentStatus.Published
                && document.ValidFromYear <= year && document.ValidToYear >= year
                && document.CareTypes.Any(careType => careTypeIds.Contains(careType.Id)))
            .OrderByDescending(document => document.ValidFromYear).ThenByDescending(document => document.Id)
            .ToListAsync(cancellationToken);

        var urls = table.DocumentLinks
            .GroupBy(link => purchasers[link.PurchaserName].Slug)
            .ToDictionary(group => group.Key, group => group.First().Url);
        var careTypeNames = string.Join(", ", careTypes.Select(careType => careType.Name.ToLowerInvariant()));

        var documents = new Dictionary<string, Target>();
        foreach (var purchaser in purchasers.Values.DistinctBy(purchaser => purchaser.Slug))
        {
            var url = urls.GetValueOrDefault(purchaser.Slug);
            var published = existing.FirstOrDefault(candidate => candidate.PurchaserId == purchaser.Id);
            if (published is null)
            {
                var document = new PolicyDocument
                {
                    Purchaser = purchaser,
                    Title = $"Inkoopbeleid {careTypeNames} {year} – {purchaser.Name}",
                    Kind = PolicyDocumentKind.PurchasingPolicy,
                    CareTypes = [.. careTypes],
                    ValidFromYear = year,
                    ValidToYear = year,
                    Status = request.Publish ? DocumentStatus.Published : DocumentStatus.Draft,
                    ImportSource = source,
                    SourceUrl = url,
                };
                context.PolicyDocuments.Add(document);
                documents[purchaser.Slug] = new Target(document, null, null);
                continue;
            }

            var (narrowedTo, note) = Narrowing(published);
            if (request.Publish)
            {
                published.SourceUrl ??= url;
                documents[purchaser.Slug] = new Target(published, narrowedTo, note);
                continue;
            }

            var revision = new PolicyDocument
            {
                Purchaser = purchaser,
                Title = published.Title,
                Kind = published.Kind,
                CareTypes = [.. published.CareTypes],
                ValidFromYear = published.ValidFromYear,
                ValidToYear = published.ValidToYear,
                PublishedOn = published.PublishedOn,
                Status = DocumentStatus.Draft,
                ImportSource = source,
                RevisesDocument = published,
                SourceUrl = published.SourceUrl ?? url,
            };
            context.PolicyDocuments.Add(revision);
            documents[purchaser.Slug] = new Target(revision, narrowedTo, note);
        }

        return documents;
    }

    /// <summary>Cells of a table for one care type, written into a document for several, speak for that care type only.</summary>
    private (CareType? NarrowedTo, string? Note) Narrowing(PolicyDocument published)
    {
        var others = published.CareTypes.Where(careType => !careTypes.Contains(careType)).ToList();
        if (others.Count == 0)
        {
            return (null, null);
        }

        if (careTypes.Count == 1)
        {
            return (published.CareTypes.First(careType => careType.Id == careTypes[0].Id), null);
        }

        return (null, $"'{published.Title}' geldt ook voor {string.Join(", ", others.Select(careType => careType.Name.ToLowerInvariant()))}; "
            + "de cellen uit deze tabel gelden voor alle zorgsoorten van dat document.");
    }
}
