using System.Text.RegularExpressions;
using InkoopPortal.Application.Codebook;
using InkoopPortal.Application.Content;
using InkoopPortal.Application.Import.Names;
using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain;
using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.Domain.Sources;
using InkoopPortal.Domain.Topics;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Import.PolicyText;

/// <summary>
/// Stores a parsed single-purchaser document: the policy document with its sections, changes, contract conditions,
/// deadlines and figures, and a statement per topic for the matrix. Every record that cites a source line also gets
/// the page of the original that line stands on (<paramref name="pageOf"/>; null for text, ADR-032).
/// </summary>
internal sealed class PolicyDocumentWriter(
    IPortalDbContext context,
    ImportCatalog catalog,
    SourceDocument source,
    ImportRequest request,
    IReadOnlyList<CareType> careTypes,
    Func<int, int?>? pageOf = null)
{
    private readonly List<string> _notes = [];

    /// <summary>The document the import made: a draft, or published at once.</summary>
    public IReadOnlyList<PolicyDocument> Documents { get; private set; } = [];

    public async Task<ImportSummary> RunAsync(ParsedPolicyText parsed, string text, CancellationToken cancellationToken)
    {
        var purchaser = ResolvePurchaser(text);
        var (fromYear, toYear) = ValidYears(parsed);
        source.Title = parsed.Title;

        var duplicate = await context.PolicyDocuments.AnyAsync(document =>
            document.PurchaserId == purchaser.Id && document.Title == parsed.Title && document.ValidFromYear == fromYear,
            cancellationToken);
        if (duplicate)
        {
            throw new ImportFailedException(new ImportProblem(0, null,
                $"{purchaser.Name} heeft al een document '{parsed.Title}' voor {fromYear}. Bewerk of verwijder dat document eerst."));
        }

        var document = new PolicyDocument
        {
            Purchaser = purchaser,
            Title = parsed.Title,
            Kind = source.Kind == SourceDocumentKind.Presentation ? PolicyDocumentKind.Presentation
                : careTypes.All(careType => careType.Law == Law.Wlz) ? PolicyDocumentKind.PurchasingFramework
                : PolicyDocumentKind.PurchasingPolicy,
            CareTypes = [.. careTypes],
            ValidFromYear = fromYear,
            ValidToYear = toYear,
            PublishedOn = parsed.PublishedOn,
            SourceUrl = request.SourceUrl,
            Status = request.Publish ? DocumentStatus.Published : DocumentStatus.Draft,
            ImportSource = source,
        };
        context.PolicyDocuments.Add(document);
        Documents = [document];

        var sections = AddSections(document, parsed.Sections);
        if (document.Kind == PolicyDocumentKind.Presentation)
        {
            AddStatements(document, parsed.Statements);
        }
        else
        {
            await FileSectionsAsync(document, sections, cancellationToken);
        }

        AddChanges(document, parsed.Changes);
        AddConditions(document, parsed.Conditions);
        AddDeadlines(document, parsed.Deadlines);
        AddFigures(document, parsed.Figures);

        return new ImportSummary(parsed.Title, 1, document.Statements.Count, document.Changes.Count, document.Conditions.Count,
            document.Deadlines.Count, document.Figures.Count, document.Sections.Count, _notes);
    }

    /// <summary>
    /// The purchaser named in the request, resolved among the purchasers of the care types' law ("zorg-en-zekerheid"
    /// for a Wlz text is its care office), or else the one the text names most often (for Wlz care types: that
    /// insurer's concern's main care office).
    /// </summary>
    private Purchaser ResolvePurchaser(string text)
    {
        var law = ImportCatalog.LawOf(careTypes);
        if (request.PurchaserSlug is { } slug)
        {
            if (catalog.FindPurchaserBySlug(slug) is { } bySlug && ImportCatalog.Serves(bySlug, law))
            {
                return bySlug;
            }

            var match = catalog.MatchPurchaser(slug, careTypes);
            if (match is { IsResolved: true, Slug: { } matched })
            {
                _notes.Add($"Inkoper '{slug}' gelezen als {match.Describe(slug)}.");
                return catalog.FindPurchaserBySlug(matched)!;
            }

            var known = string.Join(", ", catalog.Purchasers.Where(purchaser => ImportCatalog.Serves(purchaser, law)).Select(p => p.Slug));
            throw new ImportFailedException(new ImportProblem(0, null, match switch
            {
                { Kind: NameMatchKind.Conflict, Reason: var reason } => $"{reason} Bekende inkopers: {known}.",
                { Suggestion: { } suggestion } => $"Onbekende inkoper '{slug}'. Bedoelt u '{suggestion.Slug}' ({suggestion.Name})? Bekende inkopers: {known}.",
                _ => $"Onbekende inkoper '{slug}'. Bekende inkopers: {known}.",
            }));
        }

        var insurer = catalog.Purchasers
            .Where(purchaser => purchaser.Kind == PurchaserKind.HealthInsurer)
            .Select(purchaser => (Purchaser: purchaser, Mentions: CountMentions(text, purchaser)))
            .Where(candidate => candidate.Mentions > 0)
            .OrderByDescending(candidate => candidate.Mentions)
            .Select(candidate => candidate.Purchaser)
            .FirstOrDefault()
            ?? throw new ImportFailedException(new ImportProblem(0, null,
                "Kan niet bepalen van welke inkoper dit document is. Geef de inkoper op met --purchaser <slug>."));

        if (law == Law.Wlz)
        {
            var careOffice = catalog.MainCareOffice(insurer)
                ?? throw new ImportFailedException(new ImportProblem(0, null,
                    $"Het document noemt {insurer.Name}, maar dat concern heeft geen (duidelijk) hoofdzorgkantoor. Geef de inkoper op met --purchaser <slug>."));
            _notes.Add($"Inkoper bepaald uit de tekst: {careOffice.Name}, het zorgkantoor van {insurer.Name} (kies een andere met --purchaser <slug>)");
            return careOffice;
        }

        _notes.Add($"Inkoper bepaald uit de tekst: {insurer.Name} (kies een andere met --purchaser <slug>)");
        return insurer;
    }

    private static int CountMentions(string text, Purchaser purchaser) =>
        new[] { purchaser.Name }.Concat(purchaser.Aliases)
            .Where(name => name.Length >= 3)
            .Distinct()
            .Sum(name => Regex.Matches(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name)}(?![\p{{L}}\p{{N}}])").Count);

    /// <summary>The years the title names when they include the requested year (a.s.r. "2023 &amp; 2024"), else the requested year.</summary>
    private (int From, int To) ValidYears(ParsedPolicyText parsed)
    {
        if (parsed.ValidFromYear is { } from && parsed.ValidToYear is { } to && from <= request.Year && request.Year <= to)
        {
            return (from, to);
        }

        if (parsed.ValidFromYear is { } other)
        {
            _notes.Add($"Let op: de titel noemt {other}, geïmporteerd als {request.Year} (opgegeven jaar).");
        }

        return (request.Year, request.Year);
    }

    /// <summary>
    /// Files the sections under the codebook's topics of the document's care types and writes a statement per topic
    /// from its passages; the passages the mapper left unassigned are named in the summary.
    /// </summary>
    private async Task FileSectionsAsync(PolicyDocument document, IReadOnlyList<DocumentSection> sections, CancellationToken cancellationToken)
    {
        var scope = await CodebookScope.LoadAsync(context, careTypes, catalog.Topics, cancellationToken);
        var unassigned = SectionFiling.File(document, sections, scope);
        PassageStatements.Rebuild(document, sections, source);
        var filed = document.Assignments.Count(assignment => assignment.Topic is not null);
        var matter = sections.Count(section => section.Role != SectionRole.Body);
        _notes.Add($"Ingedeeld op de onderwerpen van de zorgsoort: {filed} passage(s) automatisch ingedeeld onder {document.Statements.Count} onderwerp(en); "
            + $"{matter} sectie(s) herkend als voor- of nawerk (inhoud, inleiding, contact e.d.). Een redacteur bevestigt de indeling op de pagina Indelen van het document.");
        if (unassigned.Count > 0)
        {
            _notes.Add($"Niet ingedeeld (geen onderwerp boven de drempel), {unassigned.Count}: " + string.Join("; ", unassigned.Select(passage => passage.Describe())) + ".");
        }
    }

    private List<DocumentSection> AddSections(PolicyDocument document, IReadOnlyList<ParsedSection> sections)
    {
        foreach (var (parsed, index) in sections.Select((section, index) => (section, index)))
        {
            var section = new DocumentSection
            {
                Number = parsed.Number,
                Title = parsed.Title,
                Level = parsed.Level,
                SourceDocument = source,
                SourceLocation = LineOf(parsed.Line),
                SourcePage = PageOf(parsed.Line),
                SortOrder = index + 1,
            };
            RichTextRenderer.SetBody(section, parsed.Markdown);
            document.Sections.Add(section);
        }

        return document.Sections;
    }

    private void AddStatements(PolicyDocument document, IReadOnlyList<ParsedStatement> statements)
    {
        foreach (var parsed in statements)
        {
            if (FindCodebookTopic(parsed.TopicName, parsed.Line) is not { } topic)
            {
                continue;
            }

            var careType = ResolveCareTypeHint(parsed.CareTypeHint, parsed.Line);
            var statement = document.Statements.FirstOrDefault(existing => existing.Topic == topic && existing.CareType == careType);
            if (statement is null)
            {
                statement = new Statement
                {
                    Topic = topic,
                    CareType = careType,
                    Status = StatementStatus.Content,
                    SourceDocument = source,
                    SourceLocation = parsed.SourceLocation,
                    SourcePage = PageOf(parsed.Line),
                    SortOrder = topic.SortOrder,
                };
                RichTextRenderer.SetBody(statement, parsed.Markdown);
                document.Statements.Add(statement);
            }
            else
            {
                // Two parts of the document speak to the same topic: keep both, in document order.
                RichTextRenderer.SetBody(statement, statement.BodyMarkdown + "\n\n" + parsed.Markdown);
                statement.SourceLocation = $"{statement.SourceLocation}; {parsed.SourceLocation}";
            }
        }
    }

    private void AddChanges(PolicyDocument document, IReadOnlyList<ParsedChange> changes)
    {
        foreach (var (parsed, index) in changes.Select((change, index) => (change, index)))
        {
            var change = new PolicyChange
            {
                Subject = parsed.Subject,
                Topic = parsed.Subject is null ? null : FindTopic(parsed.Subject),
                SectionReference = parsed.SectionReference,
                SourceDocument = source,
                SourceLocation = LineOf(parsed.Line),
                SourcePage = PageOf(parsed.Line),
                SortOrder = index + 1,
            };
            RichTextRenderer.SetBody(change, parsed.Markdown);
            document.Changes.Add(change);
        }
    }

    private void AddConditions(PolicyDocument document, IReadOnlyList<ParsedCondition> conditions)
    {
        foreach (var (parsed, index) in conditions.Select((condition, index) => (condition, index)))
        {
            document.Conditions.Add(new ContractCondition
            {
                Category = parsed.Category,
                ProviderType = parsed.ProviderType,
                CareType = ResolveCareTypeHint(parsed.CareTypeHint, parsed.Line),
                Kind = parsed.Kind,
                Text = parsed.Text,
                ThresholdLogic = parsed.ThresholdLogic,
                Thresholds = parsed.Thresholds.Select((threshold, thresholdIndex) => new ConditionThreshold
                {
                    Metric = threshold.Metric,
                    Operator = threshold.Operator,
                    Value = threshold.Value,
                    Unit = threshold.Unit,
                    SourceText = threshold.SourceText,
                    SortOrder = thresholdIndex + 1,
                }).ToList(),
                SourceDocument = source,
                SourceLocation = LineOf(parsed.Line),
                SourcePage = PageOf(parsed.Line),
                SortOrder = index + 1,
            });
        }
    }

    /// <summary>"Zorginkoopbeleid 2024, regel 41": where in the source a record was read.</summary>
    private string LineOf(int line) => $"{source.Title}, regel {line}";

    /// <summary>The page of the original a source line stands on; null for a source without pages.</summary>
    private int? PageOf(int line) => pageOf?.Invoke(line);

    private void AddDeadlines(PolicyDocument document, IReadOnlyList<ParsedDeadline> deadlines)
    {
        foreach (var (parsed, index) in deadlines.Select((deadline, index) => (deadline, index)))
        {
            var deadline = parsed.ToDeadline(LineOf(parsed.Line), index + 1);
            deadline.SourcePage = PageOf(parsed.Line);
            document.Deadlines.Add(deadline);
        }
    }

    private void AddFigures(PolicyDocument document, IReadOnlyList<ParsedFigure> figures)
    {
        foreach (var (parsed, index) in figures.Select((figure, index) => (figure, index)))
        {
            document.Figures.Add(new Figure
            {
                Name = parsed.Name,
                Category = parsed.Category,
                CareType = parsed.Category is null ? null : ImportCatalog.FindCareType(careTypes, parsed.Category),
                Value = parsed.Value,
                Unit = parsed.Unit,
                Basis = parsed.Basis,
                SourceLocation = LineOf(parsed.Line),
                SourcePage = PageOf(parsed.Line),
                SortOrder = index + 1,
            });
        }
    }

    /// <summary>The topic a change's subject names among the document's care types' topics, if any (a change creates none).</summary>
    private Topic? FindTopic(string name) =>
        catalog.MatchTopic(name, careTypes) is { IsResolved: true, Slug: { } slug } ? catalog.FindTopicBySlug(slug) : null;

    /// <summary>
    /// The codebook topic a presentation's slide speaks about, among the document's care types' own topics; null (with
    /// a note) when there is none: an import never creates a topic from a heading.
    /// </summary>
    private Topic? FindCodebookTopic(string name, int line)
    {
        var match = catalog.MatchTopic(name, careTypes);
        if (match is { IsResolved: true, Slug: { } slug } && catalog.FindTopicBySlug(slug) is { } topic)
        {
            return topic;
        }

        _notes.Add($"Regel {line}: '{name}' is geen onderwerp van de zorgsoort(en) van dit document; niet in de matrix opgenomen"
            + (match.Suggestion is { } suggestion ? $" (lijkt op '{suggestion.Name}', score {suggestion.Score} van 100)." : "."));
        return null;
    }

    /// <summary>A hint such as "VV" or "Aanvullend voor ELV" narrows a record to one of the document's care types.</summary>
    private CareType? ResolveCareTypeHint(string? hint, int line)
    {
        if (string.IsNullOrWhiteSpace(hint))
        {
            return null;
        }

        var careType = ImportCatalog.FindCareType(careTypes, hint);
        if (careType is null && careTypes.Count > 1)
        {
            _notes.Add($"Regel {line}: '{hint}' is geen zorgsoort van dit document; geldt voor alle zorgsoorten.");
        }

        return careType;
    }
}
