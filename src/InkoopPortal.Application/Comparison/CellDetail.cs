namespace InkoopPortal.Application.Comparison;

/// <summary>
/// One cell of the matrix in full: the topic, the purchaser, what the statement says and where it came from, and
/// what changed against the year before. When the cell shows a statement narrowed to this care type,
/// <see cref="General"/> is what the same document says on the topic for all its care types.
/// </summary>
public sealed record CellDetail(
    int Year,
    MatrixCareType CareType,
    CellPurchaser Purchaser,
    TimelineTopic Topic,
    CellVersion Current,
    CellVersion? Previous,
    CellComparison Comparison,
    CellChange Change,
    IReadOnlyList<CellChangeEntry> ChangeEntries,
    CellGeneralStatement? General = null)
{
    /// <summary>
    /// For a statement built from a policy text's passages: every passage behind it, in full, in document order, with
    /// where it stands and whether it was filed automatically or confirmed by an editor.
    /// </summary>
    public IReadOnlyList<CellPassage> Passages { get; init; } = [];

    /// <summary>The matrix with this cell in view.</summary>
    public string MatrixUrl => MatrixHtmlWriter.MatrixCellUrl(Year, CareType.Slug, Purchaser.Slug, Topic.Slug);

    public string TimelineUrl => MatrixHtmlWriter.TopicTimelineUrl(Topic.Slug, CareType.Slug);
}

public sealed record CellPurchaser(string Slug, string Name);

/// <summary>What the purchaser's document of one year says on the topic (no document: <see cref="CellState.NoDocument"/>).</summary>
public sealed record CellVersion(int Year, CellState State, string Html, CellDocument? Document, CellSource? Source, string? SourceWording = null)
{
    public string StateText => CellStates.Dutch(State);
}

public sealed record CellDocument(int Id, string Title, int ValidFromYear, int ValidToYear, string? SourceUrl)
{
    public string Url => $"/documenten/{Id}";

    /// <summary>"Geldig 2023–2024", or "Geldig 2022".</summary>
    public string ValidityText => ValidFromYear == ValidToYear ? $"Geldig {ValidFromYear}" : $"Geldig {ValidFromYear}–{ValidToYear}";
}

/// <summary>
/// A document's statement on a topic for all its care types, shown beside the statement for one care type that the
/// matrix shows (a Wlz presentation's general "Maatwerkafspraken" beside its VV one).
/// </summary>
public sealed record CellGeneralStatement(CellState State, string Html, string? SourceWording, CellSource? Source)
{
    public const string Heading = "Algemeen, voor alle zorgsoorten van dit document";

    public string StateText => CellStates.Dutch(State);
}

/// <summary>
/// The imported file the statement was taken from, and where in it; <see cref="OriginalUrl"/> opens the file itself
/// (when the statement says which file it was).
/// </summary>
public sealed record CellSource(string Title, string? Publisher, string? Location, int? SourceId = null, string? FileName = null, int? Page = null)
{
    public string? OriginalUrl => SourceId is { } id && FileName is { } fileName ? Import.SourceFiles.SourceFileQuery.PathOf(id, fileName) : null;

    /// <summary>"pagina 12", linking to the original opened at that page; null for a source without pages (ADR-032).</summary>
    public Import.SourceFiles.SourcePageLink? PageLink => Import.SourceFiles.SourcePageLink.For(SourceId, FileName, Page);

    /// <summary>Who last changed the text by hand and when; null while it is as imported (ADR-030).</summary>
    public History.ManualEdit? Edit { get; init; }

    /// <summary>False for a statement without a source file or location that an editor changed: only <see cref="Edit"/> is known.</summary>
    public bool IsImported { get; init; } = true;

    /// <summary>"Geïmporteerd uit X (uitgever), regel 23, kolom 2", or "Bewerkt door A. Jansen op 3 december 2026; oorspronkelijk geïmporteerd uit ...".</summary>
    public string Line => History.ManualEdit.SourceLine(Edit, IsImported ? ImportedFrom : null) ?? "";

    /// <summary>"X (uitgever), regel 23, kolom 2".</summary>
    public string ImportedFrom
    {
        get
        {
            var named = Publisher is { } publisher ? $"{Title} ({publisher})" : Title;
            // A table position often starts with the file's title already ("INKOOPBELEID ... 2022, regel 23, kolom 2").
            return Location switch
            {
                null => named,
                { } location when location.StartsWith(Title, StringComparison.OrdinalIgnoreCase) => named + location[Title.Length..],
                { } location => $"{named}, {location}",
            };
        }
    }
}

/// <summary>How the cell relates to the year before.</summary>
public enum CellComparison
{
    /// <summary>The purchaser had no document the year before: nothing to compare with.</summary>
    NoPreviousDocument,

    /// <summary>One multi-year document covers both years: it says the same in both.</summary>
    SameDocument,

    /// <summary>Different documents; both versions are shown side by side.</summary>
    Compared,
}

/// <summary>One entry of the document's own "Wijzigingen t.o.v. vorig jaar" for the topic.</summary>
public sealed record CellChangeEntry(string? Subject, string Html, string? SectionReference);

/// <summary>What the cell detail page asks for: <c>/vergelijk/cel?jaar=2022&amp;zorgsoort=huisartsenzorg&amp;inkoper=cz&amp;onderwerp=regioplan</c>.</summary>
public sealed record CellDetailRequest(int Year, string CareTypeSlug, string PurchaserSlug, string TopicSlug)
{
    public const string PurchaserKey = "inkoper";
    public const string TopicKey = "onderwerp";

    /// <summary>Null with Dutch messages when a value is missing or malformed.</summary>
    public static (CellDetailRequest? Request, IReadOnlyList<string> Problems) Parse(Func<string, string?> value)
    {
        var problems = new List<string>();
        var year = MatrixRequestParser.ReadYear(value(MatrixRequest.YearKey), problems);
        var careType = MatrixRequestParser.ReadSlug(value(MatrixRequest.CareTypeKey), "zorgsoort", problems);
        var purchaser = MatrixRequestParser.ReadSlug(value(PurchaserKey), "inkoper", problems);
        var topic = MatrixRequestParser.ReadSlug(value(TopicKey), "onderwerp", problems);
        if (year is null || careType is null || purchaser is null || topic is null)
        {
            var missing = new[] { (year is null, "jaar"), (careType is null, "zorgsoort"), (purchaser is null, "inkoper"), (topic is null, "onderwerp") }
                .Where(entry => entry.Item1).Select(entry => entry.Item2).ToList();
            problems.Add($"Deze cel is niet volledig aangegeven: kies {string.Join(", ", missing)} via de vergelijking.");
            return (null, problems);
        }

        return (new CellDetailRequest(year.Value, careType, purchaser, topic), problems);
    }
}

/// <summary>The rows <see cref="CellDetailBuilder"/> needs, already read from the database.</summary>
public sealed record CellDetailInput(
    int Year,
    MatrixCareType CareType,
    int CareTypeId,
    InputPurchaser Purchaser,
    InputTopic Topic,
    IReadOnlyList<InputDocument> Documents,
    IReadOnlyList<InputStatement> Statements,
    IReadOnlyDictionary<int, CellSource> SourcesByStatementId,
    IReadOnlyList<InputChange> Changes);

/// <summary>A change entry of a document, for a topic.</summary>
public sealed record InputChange(int DocumentId, int? TopicId, string? Subject, string Html, string? SectionReference, int SortOrder);

/// <summary>Builds the cell detail with the matrix's rules (<see cref="StatementLookup"/>). Pure.</summary>
public static class CellDetailBuilder
{
    public static CellDetail Build(CellDetailInput input)
    {
        var lookup = new StatementLookup(input.Documents, input.Statements, input.CareTypeId);
        var current = VersionOf(input, lookup, input.Year);
        var previousDocument = lookup.DocumentOf(input.Purchaser.Id, input.Year - 1);
        var comparison = previousDocument is null
            ? CellComparison.NoPreviousDocument
            : previousDocument.Id == current.Document?.Id ? CellComparison.SameDocument : CellComparison.Compared;
        var previous = previousDocument is null ? null : VersionOf(input, lookup, input.Year - 1);
        var cell = lookup.CellOf(input.Purchaser.Id, input.Purchaser.Slug, input.Topic.Id, input.Year);

        var changes = current.Document is { } document
            ? input.Changes
                .Where(change => change.DocumentId == document.Id && change.TopicId == input.Topic.Id)
                .OrderBy(change => change.SortOrder)
                .Select(change => new CellChangeEntry(change.Subject, change.Html, change.SectionReference))
                .ToList()
            : [];

        var topic = input.Topic;
        return new CellDetail(
            input.Year,
            input.CareType,
            new CellPurchaser(input.Purchaser.Slug, input.Purchaser.Name),
            new TimelineTopic(topic.Slug, topic.Name, topic.Group?.Name, topic.IsPrecondition, topic.GuidingQuestions),
            current,
            previous,
            comparison,
            cell.Change,
            changes,
            GeneralStatement(input, lookup));
    }

    /// <summary>The document's statement for all its care types, when the one shown is narrowed to this care type.</summary>
    private static CellGeneralStatement? GeneralStatement(CellDetailInput input, StatementLookup lookup)
    {
        var shown = lookup.StatementOf(input.Purchaser.Id, input.Topic.Id, input.Year);
        if (shown?.CareTypeId is null)
        {
            return null;
        }

        var general = input.Statements.FirstOrDefault(statement =>
            statement.DocumentId == shown.DocumentId && statement.TopicId == shown.TopicId && statement.CareTypeId is null);
        if (general is null)
        {
            return null;
        }

        var state = CellStates.From(general.Status);
        return new CellGeneralStatement(
            state,
            state == CellState.Content ? general.Html : "",
            general.SourceWording,
            input.SourcesByStatementId.GetValueOrDefault(general.Id));
    }

    private static CellVersion VersionOf(CellDetailInput input, StatementLookup lookup, int year)
    {
        var document = lookup.DocumentOf(input.Purchaser.Id, year);
        var cell = lookup.CellOf(input.Purchaser.Id, input.Purchaser.Slug, input.Topic.Id, year);
        var statement = lookup.StatementOf(input.Purchaser.Id, input.Topic.Id, year);
        var source = statement is not null && input.SourcesByStatementId.TryGetValue(statement.Id, out var found) ? found : null;
        return new CellVersion(
            year,
            cell.State,
            cell.Html,
            document is null ? null : new CellDocument(document.Id, document.Title, document.ValidFromYear, document.ValidToYear, document.SourceUrl),
            source,
            cell.SourceWording);
    }
}

/// <summary>
/// A passage of the document filed under the cell's topic: its section, text and filing state. <paramref name="IsShortened"/>:
/// the text shows only the passage's first blocks (or none), the rest is read in the document.
/// </summary>
public sealed record CellPassage(int DocumentId, int SectionId, string SectionLabel, string RangeText, string? Location, string Html, string StateText, bool IsAutomatic, bool IsShortened = false)
{
    /// <summary>The page of the original the passage's section starts on; null for a source without pages.</summary>
    public Import.SourceFiles.SourcePageLink? PageLink { get; init; }

    /// <summary>The section on the document page.</summary>
    public string Url => $"/documenten/{DocumentId}?sectie={SectionId}#sectie-{SectionId}";
}
