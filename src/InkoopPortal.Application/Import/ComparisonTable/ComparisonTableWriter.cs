using System.Text.RegularExpressions;
using InkoopPortal.Application.Content;
using InkoopPortal.Application.Import.Drafts;
using InkoopPortal.Application.Import.Names;
using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Presentation;
using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.Domain.Sources;
using InkoopPortal.Domain.Topics;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>
/// Stores a parsed comparison table: one policy document per purchaser (columns and link table) for the year and
/// care types, the memo's topics and groups, and one statement per cell citing the memo. Deadlines written in a
/// purchaser's cells ("uiterlijk 1 juli 2022 plan van aanpak") go into that purchaser's document, as a policy text's do.
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

        // A table without a title line keeps the file's name (without extension) as its source title.
        if (table.Title.Length > 0)
        {
            source.Title = table.Title;
        }

        source.IntroductionMarkdown = table.IntroductionMarkdown;

        var documents = await FindOrCreateDocumentsAsync(table, purchasers, cancellationToken);
        var statementsByDocument = documents.Values.ToDictionary(target => target, _ => new List<Statement>());
        var bodies = new List<(IRichText, string)>(table.Cells.Count);
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
                SourceLocation = SourceLocation(table.Title, cell),
                SortOrder = topic.SortOrder,
            };
            bodies.Add((statement, cell.Markdown));
            statementsByDocument[target].Add(statement);
        }

        RichTextRenderer.SetBodies(bodies);
        var deadlines = AddDeadlines(table, purchasers, documents);

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
        return new ImportSummary(source.Title, documents.Count, statements, 0, 0, deadlines, 0, 0, [.. _created, .. notes]);
    }

    /// <summary>
    /// The deadlines in each purchaser's cells, read line by line (a list item is a sentence of its own) by the policy
    /// text's rules; a date without a year is in the table's year. Only into a document the table creates: a table
    /// revising an existing document leaves the deadlines an editor keeps there alone.
    /// </summary>
    private int AddDeadlines(ParsedComparisonTable table, Dictionary<string, Purchaser> purchasers, Dictionary<string, Target> documents)
    {
        var added = 0;
        foreach (var cells in table.Cells.GroupBy(cell => purchasers[cell.PurchaserName].Slug))
        {
            var document = documents[cells.Key].Document;
            if (document.Id != 0 || document.RevisesDocument is not null)
            {
                continue;
            }

            foreach (var cell in cells)
            {
                var lines = cell.Markdown.Split('\n').Select(line => (Text: ListMarker.Replace(line, ""), cell.Line));
                foreach (var parsed in ProseDeadlines.FindInTexts(lines, request.Year))
                {
                    if (document.Deadlines.Any(earlier => earlier.Date == parsed.Date && earlier.Kind == parsed.Kind))
                    {
                        continue;
                    }

                    document.Deadlines.Add(parsed.ToDeadline(SourceLocation(table.Title, cell), document.Deadlines.Count + 1));
                    added++;
                }
            }
        }

        return added;
    }

    // A Markdown list item's marker ("- ", "  1. "), and a footnote's reference or label ("[^1]", "[^1]: ").
    private static readonly Regex ListMarker =
        new(@"^\s*(?:[-*+]|\d+[.)])\s+|\[\^\d+\]:?", RegexOptions.Compiled);

    /// <summary>"Titel, regel 4, kolom 2", or "regel 4, kolom 2" for a table without a title.</summary>
    internal static string SourceLocation(string title, ParsedCell cell) =>
        (title.Length > 0 ? title + ", " : "") + $"regel {cell.Line}, kolom {cell.Column}";

    /// <summary>
    /// Every purchaser and topic the table names must resolve in the context of the care types, or be new and
    /// confirmed; a confirmed new name that is close to an existing one ("Bedoelt u ...?") and a conflicting name
    /// are refused all the same. All problems are reported at once, each with its position; then the confirmed
    /// new names are created.
    /// </summary>
    private (Dictionary<string, Purchaser> Purchasers, Dictionary<string, Topic> Topics) ResolveNames(ParsedComparisonTable table)
    {
        var purchaserNames = ComparisonTableNames.Purchasers(table, catalog, careTypes);
        var topicNames = ComparisonTableNames.Topics(table, catalog, careTypes);
        var names = purchaserNames.Concat(topicNames).ToList();
        var problems = names
            .Select(name => (Name: name, Message: Refusal(name, confirmations)))
            .Where(refused => refused.Message is not null)
            .Select(refused => new ImportProblem(refused.Name.Line, refused.Name.Column, refused.Message!))
            .Concat(Collisions(table, purchaserNames, topicNames))
            .ToList();
        if (problems.Count > 0)
        {
            // Only the names a confirmation would let through: one close to an existing name is refused all the same.
            throw new ImportFailedException(
                problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ToList(),
                names.Where(name => name is { IsNew: true, Suggestion: null } && !confirmations.Confirms(name)).ToList());
        }

        // Keyed as written: a column and the link table may spell one purchaser differently ("Z&Z", "Z & Z").
        var newKind = ImportCatalog.KindFor(ImportCatalog.LawOf(careTypes));
        var byKey = purchaserNames.ToDictionary(
            name => NameKey.From(name.Name),
            name => name.ExistingSlug is { } slug ? catalog.FindPurchaserBySlug(slug)! : AddPurchaser(name.Name, newKind));
        var purchasers = table.Columns.Select(column => column.PurchaserName)
            .Concat(table.DocumentLinks.Select(link => link.PurchaserName))
            .Distinct()
            .ToDictionary(name => name, name => byKey[NameKey.From(name)]);
        return (purchasers, ResolveTopics(table, topicNames));
    }

    /// <summary>Why a name cannot be stored as it stands, or null when it can: resolved, or new, confirmed and not close to an existing one.</summary>
    internal static string? Refusal(ImportName name, ImportConfirmations confirmations) => name.Match switch
    {
        { IsResolved: true } => null,
        { Kind: NameMatchKind.Conflict, Reason: var reason } => reason,
        { Suggestion: { } suggestion } => DidYouMean(name, suggestion),
        _ => confirmations.Confirms(name) ? null : UnknownName(name),
    };

    /// <summary>A column or link-table name that is neither known nor confirmed; topic rows alike.</summary>
    internal static string UnknownName(ImportName name) => name.Kind == ImportNameKind.Purchaser
        ? $"Onbekende inkoper '{name.Name}'. Bevestig dat het een nieuwe inkoper is, of voeg de naam toe als alias van een bestaande inkoper."
        : $"Onbekend onderwerp '{name.Name}'. Bevestig dat het een nieuw onderwerp is, of voeg de naam toe als alias van een bestaand onderwerp.";

    /// <summary>A new name within the suggestion threshold of an existing one: never created, even when confirmed.</summary>
    internal static string DidYouMean(ImportName name, NameSuggestion suggestion) => name.Kind == ImportNameKind.Purchaser
        ? $"Onbekende inkoper '{name.Name}'. Bedoelt u '{suggestion.Name}'? (gelijkend: score {suggestion.Score} van 100) "
            + $"Gebruik dan '{suggestion.Name}' in het bestand, of sla '{name.Name}' op als alias van {suggestion.Name}. "
            + "Is het echt een andere inkoper, maak die dan eerst aan onder /beheer/inkopers."
        : $"Onbekend onderwerp '{name.Name}'. Bedoelt u '{suggestion.Name}'? (gelijkend: score {suggestion.Score} van 100) "
            + $"Gebruik dan '{suggestion.Name}' in het bestand, of sla '{name.Name}' op als alias van {suggestion.Name}. "
            + "Is het echt een ander onderwerp, maak het dan eerst aan onder /beheer/onderwerpen.";

    /// <summary>
    /// Two rows that resolve to one topic, or two columns that resolve to one purchaser with a cell on the same
    /// topic, would overwrite each other's statement: refused at the later one.
    /// </summary>
    private static IEnumerable<ImportProblem> Collisions(
        ParsedComparisonTable table, IReadOnlyList<ImportName> purchaserNames, IReadOnlyList<ImportName> topicNames)
    {
        foreach (var sameTopic in topicNames.Where(name => name.ExistingSlug is not null).GroupBy(name => name.ExistingSlug))
        {
            var first = sameTopic.First();
            foreach (var later in sameTopic.Skip(1))
            {
                yield return new ImportProblem(later.Line, later.Column,
                    $"'{later.Name}' is hetzelfde onderwerp als '{first.Name}' (regel {first.Line}): beide worden {later.ExistingName}. "
                    + "Zet de cellen in één rij, of hernoem een van beide rijen.");
            }
        }

        var identities = purchaserNames.ToDictionary(name => NameKey.From(name.Name), name => name.ExistingSlug ?? NameKey.From(name.Name));
        var resolved = purchaserNames.Where(name => name.ExistingName is not null).ToDictionary(name => NameKey.From(name.Name), name => name.ExistingName!);
        foreach (var sameCell in table.Cells.GroupBy(cell => (identities[NameKey.From(cell.PurchaserName)], cell.TopicKey)))
        {
            var first = sameCell.First();
            var purchaser = resolved.GetValueOrDefault(NameKey.From(first.PurchaserName), first.PurchaserName);
            foreach (var later in sameCell.Skip(1))
            {
                yield return new ImportProblem(later.Line, later.Column,
                    $"De kolommen '{first.PurchaserName}' en '{later.PurchaserName}' zijn allebei {purchaser} en hebben elk een cel voor dit onderwerp "
                    + $"(ook regel {first.Line}, kolom {first.Column}). Zet de tekst in één kolom, of verwijder een van beide cellen.");
            }
        }
    }

    private Purchaser AddPurchaser(string name, PurchaserKind kind)
    {
        var purchaser = catalog.AddPurchaser(name, kind);
        context.Purchasers.Add(purchaser);
        _created.Add($"Nieuwe inkoper aangemaakt: {purchaser.Name}.");
        return purchaser;
    }

    /// <summary>Each row's resolved topic, or a new one (confirmed) in the memo's group; scoped to the care types.</summary>
    private Dictionary<string, Topic> ResolveTopics(ParsedComparisonTable table, IReadOnlyList<ImportName> topicNames)
    {
        var groups = table.Groups.ToDictionary(
            group => group.Key,
            group => catalog.FindGroup(group.Key) ?? catalog.AddGroup(group.Key, group.Name));

        var topics = new Dictionary<string, Topic>();
        foreach (var (parsed, name) in table.Topics.Zip(topicNames))
        {
            var group = parsed.GroupKey is null ? null : groups[parsed.GroupKey];
            var topic = name.ExistingSlug is { } slug ? catalog.FindTopicBySlug(slug)! : AddTopic(parsed, group);
            foreach (var careType in careTypes.Where(careType => !topic.CareTypes.Contains(careType)))
            {
                topic.CareTypes.Add(careType);
            }

            topics[parsed.Key] = topic;
        }

        return topics;
    }

    private Topic AddTopic(ParsedTopic parsed, TopicGroup? group)
    {
        var topic = catalog.AddTopic(new Topic
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
        return topic;
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
        var careTypeNames = string.Join(", ", careTypes.Select(careType => DutchFormat.InSentence(careType.Name)));

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

        return (null, $"'{published.Title}' geldt ook voor {string.Join(", ", others.Select(careType => DutchFormat.InSentence(careType.Name)))}; "
            + "de cellen uit deze tabel gelden voor alle zorgsoorten van dat document.");
    }
}
