using System.Text;
using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Content;
using InkoopPortal.Application.Import.ComparisonTable;
using InkoopPortal.Application.Import.Names;
using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Application.Import.Presentation;
using InkoopPortal.Application.Import.SourceFiles;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Sources;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Import.Review;

/// <summary>
/// What an editor imports, uploaded or pasted: the bytes (a paste as UTF-8) and the file's name, the year and care
/// types, the format when the editor chose one (null: detected), the purchaser of a policy text or presentation
/// (null: detected from the text), and optionally who published it.
/// </summary>
public sealed record EditorImportInput(
    byte[] Bytes,
    string? FileName,
    int Year,
    IReadOnlyList<string> CareTypeSlugs,
    SourceFormat? Format = null,
    string? PurchaserSlug = null,
    string? Publisher = null,
    string? Origin = null,
    string? SourceUrl = null)
{
    /// <summary>The file name a paste is stored under.</summary>
    public const string PastedFileName = "geplakte-tekst.txt";

    public static EditorImportInput Pasted(string text, int year, IReadOnlyList<string> careTypeSlugs, SourceFormat? format = null, string? purchaserSlug = null) =>
        new(Encoding.UTF8.GetBytes(text), PastedFileName, year, careTypeSlugs, format, purchaserSlug);

    public string StoredFileName => string.IsNullOrWhiteSpace(FileName) ? PastedFileName : Path.GetFileName(FileName.Trim());
}

/// <summary>Either the problems of the input (each with its line and column where it has one) or the preview.</summary>
public sealed record EditorImportPreviewResult(IReadOnlyList<ImportProblem> Problems, EditorImportPreview? Preview)
{
    public bool Succeeded => Preview is not null;
}

/// <summary>
/// What an import would store as drafts: the format (chosen, or detected with the reasons), how the file was read,
/// the matrix of its cells as readers will see it, every purchaser and topic name with what it resolves to, and for a
/// policy text or presentation what else the document holds.
/// </summary>
public sealed record EditorImportPreview(
    SourceFormat Format,
    bool FormatWasChosen,
    IReadOnlyList<string> FormatReasons,
    string FileName,
    string EncodingName,
    string Title,
    int Year,
    IReadOnlyList<string> CareTypeNames,
    PreviewMatrix Matrix,
    IReadOnlyList<ImportName> Purchasers,
    IReadOnlyList<ImportName> Topics,
    DocumentPreview? Document,
    IReadOnlyList<string> Notes)
{
    /// <summary>The names that do not exist yet: each must be confirmed before a comparison table can be imported.</summary>
    public IReadOnlyList<ImportName> NewNames => Format == SourceFormat.ComparisonTable
        ? Purchasers.Concat(Topics).Where(name => name.IsNew).ToList()
        : [];
}

/// <summary>What a policy text or presentation holds beside its statements.</summary>
public sealed record DocumentPreview(
    string DocumentTitle,
    string PurchaserName,
    int ValidFromYear,
    int ValidToYear,
    int Sections,
    int Changes,
    int Conditions,
    IReadOnlyList<PreviewDeadline> Deadlines,
    int Figures);

public sealed record PreviewDeadline(string DateText, string Description, string? SourceText, string? SourceLocation);

/// <summary>What saving as drafts stored, or why it stored nothing: the problems and the names still to confirm.</summary>
public sealed record EditorImportResult(ImportSummary? Summary, IReadOnlyList<ImportProblem> Problems, IReadOnlyList<ImportName> UnconfirmedNames)
{
    public bool Succeeded => Summary is not null;

    public string Message => Summary is { } summary
        ? summary.WasImportedBefore
            ? summary.Notes[0]
            : $"'{summary.FileName}' is ingelezen als concept: {summary.Documents} document(en), {summary.Statements} uitspraken. "
                + "Controleer het voorbeeld en publiceer het; lezers zien het pas daarna."
        : UnconfirmedNames.Count > 0
            ? $"Niet alle nieuwe namen zijn bevestigd ({string.Join(", ", UnconfirmedNames.Select(name => name.Name))}); er is niets opgeslagen."
            : "Het bestand is niet ingelezen; er is niets opgeslagen.";
}

/// <summary>
/// The editors' import of every format: a preview first (nothing is written), then the file is stored as drafts
/// through the same importer as the command line, wholly or not at all. Publishing is a separate step
/// (<see cref="ImportReviewService"/>). Scoped: it checks the current editor's role itself.
/// </summary>
public sealed class EditorImport(
    IPortalDbContextFactory contextFactory, SourceImporter importer, IPortalAuthorization authorization, ICurrentActor currentActor)
{
    public const int MinimumYear = 2000;
    public const int MaximumYear = 2100;

    public async Task<EditorImportPreviewResult> PreviewAsync(EditorImportInput input, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Edit, cancellationToken);
        var problems = CheckInput(input);
        var file = new ImportFile(input.Bytes, input.StoredFileName);
        var read = problems.Count > 0 && input.Bytes.Length == 0 ? null : Collect(problems, () => importer.Read(file));
        var format = read is null || string.IsNullOrWhiteSpace(read.Text)
            ? null
            : Collect(problems, () => (SourceFormat?)SourceImporter.SettleFormat(file.FileName, read, input.Format));
        await using var context = contextFactory.CreateDbContext();
        var catalog = await SourceImporter.LoadCatalogAsync(context, cancellationToken);
        var careTypes = Collect(problems, () => SourceImporter.ResolveCareTypes(catalog, input.CareTypeSlugs));
        if (problems.Count > 0 || read is null || format is not { } settled || careTypes is null)
        {
            return new EditorImportPreviewResult(problems, null);
        }

        IReadOnlyList<string> reasons = input.Format is not null ? []
            : read.Document is null ? SourceFormatDetector.Detect(read.Text).Reasons
            : [$"gelezen als {read.EncodingName}; een document is een beleidstekst tenzij u een ander formaat kiest"];
        var notes = new List<string>();
        if (read.Note is { } readNote)
        {
            notes.Add(readNote);
        }

        if (await SourceImporter.EarlierImportAsync(context, SourceImporter.Hash(input.Bytes), cancellationToken) is { } earlier)
        {
            notes.Add(earlier.Note);
        }

        try
        {
            var preview = settled == SourceFormat.ComparisonTable
                ? await TablePreviewAsync(context, catalog, input, read, careTypes, notes, cancellationToken)
                : await DocumentPreviewAsync(context, catalog, input, read, settled, careTypes, notes, cancellationToken);
            return new EditorImportPreviewResult([], preview with { Format = settled, FormatWasChosen = input.Format is not null, FormatReasons = reasons });
        }
        catch (ImportFailedException failed)
        {
            return new EditorImportPreviewResult(failed.Problems, null);
        }
    }

    /// <summary>
    /// Reads the file again and stores it as drafts in one transaction, creating the confirmed new purchasers and
    /// topics. Refused, with nothing stored, when the file has problems or a new name is not confirmed.
    /// </summary>
    public async Task<EditorImportResult> SaveAsDraftsAsync(
        EditorImportInput input, ImportConfirmations confirmations, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Edit, cancellationToken);
        var problems = CheckInput(input);
        if (problems.Count > 0)
        {
            return new EditorImportResult(null, problems, []);
        }

        var request = new ImportRequest(
            input.StoredFileName, input.Year, input.CareTypeSlugs, input.PurchaserSlug, input.Publisher, input.Origin, input.SourceUrl,
            Format: input.Format, Publish: false);
        try
        {
            var summary = await importer.ImportFileAsync(
                new ImportFile(input.Bytes, input.StoredFileName), request, confirmations, await currentActor.GetAsync(cancellationToken), cancellationToken);
            return new EditorImportResult(summary, [], []);
        }
        catch (ImportFailedException failed)
        {
            return new EditorImportResult(null, failed.Problems, failed.UnknownNames);
        }
    }

    private static List<ImportProblem> CheckInput(EditorImportInput input)
    {
        var problems = new List<ImportProblem>();
        if (input.Bytes.Length == 0 || (input.FileName is null or EditorImportInput.PastedFileName && Encoding.UTF8.GetString(input.Bytes).Trim().Length == 0))
        {
            problems.Add(new ImportProblem(0, null, "Er is niets om in te lezen: plak de tekst of kies het bestand om te uploaden."));
        }

        if (input.Year is < MinimumYear or > MaximumYear)
        {
            problems.Add(new ImportProblem(0, null,
                $"{input.Year} is geen geldig jaar: geef een jaartal van {MinimumYear} tot en met {MaximumYear} op, bijvoorbeeld 2024."));
        }

        return problems;
    }

    private static T? Collect<T>(List<ImportProblem> problems, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (ImportFailedException failed)
        {
            problems.AddRange(failed.Problems);
            return default;
        }
    }

    private static async Task<EditorImportPreview> TablePreviewAsync(
        IPortalDbContext context, ImportCatalog catalog, EditorImportInput input, DecodedSource read, IReadOnlyList<CareType> careTypes,
        List<string> notes, CancellationToken cancellationToken)
    {
        var table = ComparisonTableParser.Parse(read.Text, catalog.PurchaserIdentity(careTypes));
        var purchasers = ComparisonTableNames.Purchasers(table, catalog, careTypes);
        var topics = ComparisonTableNames.Topics(table, catalog, careTypes);
        var replaced = await ExistingStatementsAsync(context, input.Year, careTypes, purchasers, cancellationToken);

        if (table.Year is { } titleYear && titleYear != input.Year)
        {
            notes.Add($"Let op: de titel noemt {titleYear}, de tabel wordt ingelezen als {input.Year} (opgegeven jaar).");
        }

        var newPurchasers = purchasers.Count(name => name.IsNew);
        var newTopics = topics.Count(name => name.IsNew);
        if (newPurchasers + newTopics > 0)
        {
            notes.Add($"{newPurchasers} nieuwe inkoper(s) en {newTopics} nieuw(e) onderwerp(en): bevestig ze om de tabel in te lezen.");
        }


        var linkOnly = purchasers.Where(name => table.Columns.All(column => NameKey.From(column.PurchaserName) != NameKey.From(name.Name))).ToList();
        if (linkOnly.Count > 0)
        {
            notes.Add($"Alleen in de linktabel, krijgt een document zonder uitspraken: {string.Join(", ", linkOnly.Select(name => name.Name))}.");
        }

        var columns = table.Columns
            .Select(column => new PreviewColumn(column.PurchaserName, NameOf(purchasers, column.PurchaserName)))
            .ToList();
        var cells = table.Cells.ToDictionary(cell => (cell.PurchaserName, cell.TopicKey));
        var groupNames = table.Groups.ToDictionary(group => group.Key, group => group.Name);
        var groups = table.Topics
            .Select((topic, index) => (Topic: topic, Name: topics[index]))
            .GroupBy(row => row.Topic.GroupKey)
            .Select(group => new PreviewRowGroup(
                group.Key is null ? null : groupNames[group.Key],
                group.Select(row => new PreviewRow(
                    row.Topic.Name,
                    row.Name,
                    row.Topic.IsPrecondition,
                    row.Topic.GuidingQuestions,
                    columns.Select(column => TableCell(cells.GetValueOrDefault((column.PurchaserName, row.Topic.Key)), column, row.Name, replaced))
                        .ToList()))
                    .ToList()))
            .ToList();

        var replacing = groups.SelectMany(group => group.Rows).SelectMany(row => row.Cells).Count(cell => cell.ReplacesExisting);
        if (replacing > 0)
        {
            notes.Add($"{replacing} bestaande uitspraak/uitspraken voor {input.Year} worden bij publicatie vervangen door die uit deze tabel.");
        }

        var title = table.Title.Length > 0 ? table.Title : Path.GetFileNameWithoutExtension(input.StoredFileName);
        return new EditorImportPreview(
            SourceFormat.ComparisonTable, false, [], input.StoredFileName, read.EncodingName, title, input.Year,
            careTypes.Select(careType => careType.Name).ToList(),
            new PreviewMatrix($"Voorbeeld: {title} ({input.Year}, {string.Join(", ", careTypes.Select(careType => careType.Name))})", columns, groups),
            purchasers, topics, null, notes);
    }

    /// <summary>
    /// A policy text or presentation is previewed by running the importer's own writer on a context that is never
    /// saved: the preview shows exactly what saving would store.
    /// </summary>
    private static async Task<EditorImportPreview> DocumentPreviewAsync(
        IPortalDbContext context, ImportCatalog catalog, EditorImportInput input, DecodedSource read, SourceFormat format,
        IReadOnlyList<CareType> careTypes, List<string> notes, CancellationToken cancellationToken)
    {
        var source = new SourceDocument
        {
            FileName = input.StoredFileName,
            Title = Path.GetFileNameWithoutExtension(input.StoredFileName),
            Kind = format == SourceFormat.Presentation ? SourceDocumentKind.Presentation : SourceDocumentKind.PolicyText,
            ContentSha256 = "",
            Content = read.Text,
            Year = input.Year,
        };
        var request = new ImportRequest(input.StoredFileName, input.Year, input.CareTypeSlugs, input.PurchaserSlug, Format: format, Publish: false);
        var writer = new PolicyDocumentWriter(context, catalog, source, request, careTypes, read.PageOf);
        var parsed = format == SourceFormat.Presentation ? PresentationParser.Parse(read.Text) : PolicyTextParser.Parse(read.Text);
        var summary = await writer.RunAsync(parsed, read.Text, cancellationToken);
        notes.AddRange(summary.Notes);

        var document = writer.Documents.Single();
        var purchaser = document.Purchaser!;
        var purchaserName = new ImportName(ImportNameKind.Purchaser, purchaser.Name, 0, null, new NameMatch(NameMatchKind.Exact, purchaser.Slug, purchaser.Name));
        var column = new PreviewColumn(purchaser.Name, purchaserName);
        var topicNames = new List<ImportName>();
        var rows = new List<PreviewRow>();
        foreach (var statement in document.Statements.OrderBy(statement => statement.SortOrder))
        {
            var topic = statement.Topic!;
            var topicName = new ImportName(ImportNameKind.Topic, topic.Name, 0, null,
                topic.Id == 0 ? NameMatch.New() : new NameMatch(NameMatchKind.Exact, topic.Slug, topic.Name));
            topicNames.Add(topicName);
            var state = CellStates.From(statement.Status);
            var name = statement.CareType is null ? topic.Name : $"{topic.Name} ({statement.CareType.Name})";
            rows.Add(new PreviewRow(name, topicName, topic.IsPrecondition, topic.GuidingQuestions,
            [
                new PreviewCell(purchaser.Name, state, state == CellState.Content ? statement.BodyHtml : "", null, null, false,
                    statement.SourceWording, statement.SourceLocation, statement.SourcePage),
            ]));
        }

        var careTypeNames = careTypes.Select(careType => careType.Name).ToList();
        var details = new DocumentPreview(
            document.Title, purchaser.Name, document.ValidFromYear, document.ValidToYear, document.Sections.Count, document.Changes.Count,
            document.Conditions.Count,
            document.Deadlines.Select(deadline => new PreviewDeadline(deadline.DateText, deadline.Description, deadline.SourceText, deadline.SourceLocation)).ToList(),
            document.Figures.Count);
        return new EditorImportPreview(
            format, false, [], input.StoredFileName, read.EncodingName, document.Title, input.Year, careTypeNames,
            new PreviewMatrix($"Voorbeeld: {document.Title} ({string.Join(", ", careTypeNames)})", [column], [new PreviewRowGroup(null, rows)]),
            [purchaserName], topicNames, details, notes);
    }

    private static ImportName NameOf(IEnumerable<ImportName> names, string written) =>
        names.First(name => NameKey.From(name.Name) == NameKey.From(written));

    private static PreviewCell TableCell(ParsedCell? cell, PreviewColumn column, ImportName topic, IReadOnlySet<(string, string)> replaced)
    {
        var replaces = column.Purchaser.ExistingSlug is { } purchaser && topic.ExistingSlug is { } topicSlug
            && replaced.Contains((purchaser, topicSlug));
        if (cell is null)
        {
            // The topic is in another table than this purchaser's column: the matrix shows it as not analysed.
            return new PreviewCell(column.PurchaserName, CellState.NotAnalysed, "", null, null, false);
        }

        var state = CellStates.From(cell.Status);
        return new PreviewCell(
            column.PurchaserName,
            state,
            state == CellState.Content ? RichTextRenderer.ToHtml(cell.Markdown) : "",
            cell.Line,
            cell.Column,
            replaces,
            cell.SourceWording);
    }

    /// <summary>(purchaser slug, topic slug) of every statement the import would replace in a published document of the year.</summary>
    private static async Task<IReadOnlySet<(string, string)>> ExistingStatementsAsync(
        IPortalDbContext context, int year, IReadOnlyList<CareType> careTypes, IEnumerable<ImportName> purchasers,
        CancellationToken cancellationToken)
    {
        var careTypeIds = careTypes.Select(careType => careType.Id).ToList();
        var purchaserSlugs = purchasers.Select(name => name.ExistingSlug).OfType<string>().ToList();
        var existing = await context.Statements.AsNoTracking()
            .Where(statement => statement.CareTypeId == null
                && statement.PolicyDocument!.Status == DocumentStatus.Published
                && purchaserSlugs.Contains(statement.PolicyDocument.Purchaser!.Slug)
                && statement.PolicyDocument.ValidFromYear <= year && statement.PolicyDocument.ValidToYear >= year
                && statement.PolicyDocument.CareTypes.Any(careType => careTypeIds.Contains(careType.Id)))
            .Select(statement => new { Purchaser = statement.PolicyDocument!.Purchaser!.Slug, Topic = statement.Topic!.Slug })
            .ToListAsync(cancellationToken);
        return existing.Select(pair => (pair.Purchaser, pair.Topic)).ToHashSet();
    }
}
