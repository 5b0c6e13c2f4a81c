using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Content;
using InkoopPortal.Application.Import.ComparisonTable;
using InkoopPortal.Application.Import.Names;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Import;

/// <summary>
/// A comparison table to import, uploaded or pasted: its text, the year and care types it is for, and optionally
/// the file's name and who published it.
/// </summary>
public sealed record ComparisonTableInput(
    string Text,
    int Year,
    IReadOnlyList<string> CareTypeSlugs,
    string? FileName = null,
    string? Publisher = null,
    string? Origin = null);

/// <summary>Either the problems of the input (each with its line and column where it has one) or the preview.</summary>
public sealed record ComparisonTablePreviewResult(IReadOnlyList<ImportProblem> Problems, ComparisonTablePreview? Preview)
{
    public bool Succeeded => Preview is not null;
}

/// <summary>
/// What an import would store: the matrix of topics against purchasers as readers will see it, and every
/// purchaser and topic the table names with what it resolves to (an existing one, or new).
/// </summary>
public sealed record ComparisonTablePreview(
    string Title,
    int Year,
    IReadOnlyList<string> CareTypeNames,
    IReadOnlyList<PreviewColumn> Columns,
    IReadOnlyList<PreviewRowGroup> Groups,
    IReadOnlyList<ImportName> Purchasers,
    IReadOnlyList<ImportName> Topics,
    IReadOnlyList<string> Notes)
{
    /// <summary>The names that do not exist yet: each must be confirmed before the table can be imported.</summary>
    public IReadOnlyList<ImportName> NewNames => Purchasers.Concat(Topics).Where(name => name.IsNew).ToList();
}

/// <summary>A purchaser column, as written, and what the name resolves to.</summary>
public sealed record PreviewColumn(string PurchaserName, ImportName Purchaser);

public sealed record PreviewRowGroup(string? Name, IReadOnlyList<PreviewRow> Rows);

public sealed record PreviewRow(
    string TopicName,
    ImportName Topic,
    bool IsPrecondition,
    IReadOnlyList<string> GuidingQuestions,
    IReadOnlyList<PreviewCell> Cells);

/// <summary>
/// One cell as it will be stored: its status, the rendered HTML (empty unless the status is content), where it is in
/// the text, and whether it replaces a statement the purchaser's published document already has on the topic.
/// </summary>
public sealed record PreviewCell(
    string PurchaserName,
    CellState State,
    string Html,
    int? Line,
    int? Column,
    bool ReplacesExisting)
{
    public string StateText => CellStates.Dutch(State);
}

/// <summary>What a commit stored, or why it stored nothing: the problems and the names still to confirm.</summary>
public sealed record ComparisonTableCommitResult(
    ImportSummary? Summary,
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyList<ImportName> UnconfirmedNames)
{
    public bool Succeeded => Summary is not null;

    public string Message => Summary is { } summary
        ? summary is { Documents: 0, Statements: 0, Notes.Count: > 0 }
            ? summary.Notes[0] // Imported before: nothing was stored again.
            : $"'{summary.SourceTitle}' is geïmporteerd: {summary.Documents} documenten, {summary.Statements} uitspraken."
        : UnconfirmedNames.Count > 0
            ? $"Niet alle nieuwe namen zijn bevestigd ({string.Join(", ", UnconfirmedNames.Select(name => name.Name))}); er is niets opgeslagen."
            : "De tabel is niet geïmporteerd; er is niets opgeslagen.";
}

/// <summary>
/// The editors' import of a comparison table (the memo format): a preview first, then a commit that re-reads the
/// text and stores it through the same importer as the command line, wholly or not at all.
/// </summary>
public sealed class ComparisonTableImportPreview(IPortalDbContextFactory contextFactory, SourceImporter importer)
{
    /// <summary>The file name a pasted table is stored under.</summary>
    public const string PastedFileName = "geplakte-vergelijkingstabel.txt";

    public const int MinimumYear = 2000;
    public const int MaximumYear = 2100;

    public async Task<ComparisonTablePreviewResult> PreviewAsync(ComparisonTableInput input, CancellationToken cancellationToken = default)
    {
        var problems = CheckInput(input);
        var text = SourceImporter.NormalizeLineEndings(input.Text);
        problems.AddRange(UnstorableCharacters.Find(text));
        await using var context = contextFactory.CreateDbContext();
        var catalog = await SourceImporter.LoadCatalogAsync(context, cancellationToken);
        var careTypes = Collect(problems, () => SourceImporter.ResolveCareTypes(catalog, input.CareTypeSlugs));
        var table = string.IsNullOrWhiteSpace(text) ? null : Collect(problems, () => ComparisonTableParser.Parse(text));
        var purchasers = careTypes is null || table is null ? null : Collect(problems, () => ComparisonTableNames.Purchasers(table, catalog, careTypes));
        if (problems.Count > 0 || careTypes is null || table is null || purchasers is null)
        {
            return new ComparisonTablePreviewResult(problems, null);
        }

        var topics = ComparisonTableNames.Topics(table, catalog, careTypes);
        var replaced = await ExistingStatementsAsync(context, input.Year, careTypes, purchasers, cancellationToken);

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
                    columns.Select(column => Cell(cells.GetValueOrDefault((column.PurchaserName, row.Topic.Key)), column, row.Name, replaced))
                        .ToList()))
                    .ToList()))
            .ToList();
        var replacedCells = groups.Sum(group => group.Rows.Sum(row => row.Cells.Count(cell => cell.ReplacesExisting)));
        var notes = await NotesAsync(context, input, text, table, purchasers, topics, replacedCells, cancellationToken);

        return new ComparisonTablePreviewResult([], new ComparisonTablePreview(
            table.Title,
            input.Year,
            careTypes.Select(careType => careType.Name).ToList(),
            columns,
            groups,
            purchasers,
            topics,
            notes));
    }

    /// <summary>
    /// Reads the text again and stores it in one transaction, creating the confirmed new purchasers and topics.
    /// Refused, with nothing stored, when the text has problems or a new name is not confirmed.
    /// </summary>
    public async Task<ComparisonTableCommitResult> CommitAsync(
        ComparisonTableInput input, ImportConfirmations confirmations, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var problems = CheckInput(input);
        if (problems.Count > 0)
        {
            return new ComparisonTableCommitResult(null, problems, []);
        }

        var fileName = string.IsNullOrWhiteSpace(input.FileName) ? PastedFileName : Path.GetFileName(input.FileName.Trim());
        var request = new ImportRequest(fileName, input.Year, input.CareTypeSlugs, null, input.Publisher, input.Origin);
        try
        {
            var summary = await importer.ImportTextAsync(input.Text, SourceFormat.ComparisonTable, request, confirmations, actor, cancellationToken);
            return new ComparisonTableCommitResult(summary, [], []);
        }
        catch (ImportFailedException failed)
        {
            return new ComparisonTableCommitResult(null, failed.Problems, failed.UnknownNames);
        }
    }

    private static List<ImportProblem> CheckInput(ComparisonTableInput input)
    {
        var problems = new List<ImportProblem>();
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            problems.Add(new ImportProblem(0, null, "Er is geen tabel: plak de vergelijkingstabel of kies het bestand om te uploaden."));
        }

        if (input.Year is < MinimumYear or > MaximumYear)
        {
            problems.Add(new ImportProblem(0, null,
                $"{input.Year} is geen geldig jaar: geef een jaartal van {MinimumYear} tot en met {MaximumYear} op, bijvoorbeeld 2024."));
        }

        return problems;
    }

    private static T? Collect<T>(List<ImportProblem> problems, Func<T> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (ImportFailedException failed)
        {
            problems.AddRange(failed.Problems);
            return null;
        }
    }

    private static ImportName NameOf(IEnumerable<ImportName> names, string written) =>
        names.First(name => NameKey.From(name.Name) == NameKey.From(written));

    private static PreviewCell Cell(ParsedCell? cell, PreviewColumn column, ImportName topic, IReadOnlySet<(string, string)> replaced)
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
            replaces);
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

    private static async Task<List<string>> NotesAsync(
        IPortalDbContext context, ComparisonTableInput input, string text, ParsedComparisonTable table,
        IReadOnlyList<ImportName> purchasers, IReadOnlyList<ImportName> topics, int replaced, CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        if (await SourceImporter.EarlierImportNoteAsync(context, SourceImporter.Hash(text), cancellationToken) is { } earlier)
        {
            notes.Add(earlier.Text);
        }

        if (table.Year is { } titleYear && titleYear != input.Year)
        {
            notes.Add($"Let op: de titel noemt {titleYear}, de tabel wordt geïmporteerd als {input.Year} (opgegeven jaar).");
        }

        var newPurchasers = purchasers.Count(name => name.IsNew);
        var newTopics = topics.Count(name => name.IsNew);
        if (newPurchasers + newTopics > 0)
        {
            notes.Add($"{newPurchasers} nieuwe inkoper(s) en {newTopics} nieuw(e) onderwerp(en): bevestig ze om de tabel te importeren.");
        }

        if (replaced > 0)
        {
            notes.Add($"{replaced} bestaande uitspraak/uitspraken voor {input.Year} worden vervangen door die uit deze tabel.");
        }

        var linkOnly = purchasers.Where(name => table.Columns.All(column => NameKey.From(column.PurchaserName) != NameKey.From(name.Name))).ToList();
        if (linkOnly.Count > 0)
        {
            notes.Add($"Alleen in de linktabel, krijgt een document zonder uitspraken: {string.Join(", ", linkOnly.Select(name => name.Name))}.");
        }

        return notes;
    }
}
