namespace InkoopPortal.Application.Import;

/// <summary>
/// What to import: a file, the (first) year and care types it is for, and optionally the purchaser (detected from
/// the text when left out) and where the file came from. <see cref="CreateUnknownNames"/> lets a comparison table
/// create the purchasers and topics it names that do not exist yet (a bulk load); without it such a table is refused.
/// <see cref="Format"/> is the shape the file is read as (null: detected, and refused when the evidence is weak);
/// <see cref="Publish"/> false leaves what is stored as drafts for an editor to review and publish.
/// </summary>
public sealed record ImportRequest(
    string FilePath,
    int Year,
    IReadOnlyList<string> CareTypeSlugs,
    string? PurchaserSlug,
    string? Publisher = null,
    string? Origin = null,
    string? SourceUrl = null,
    bool CreateUnknownNames = false,
    SourceFormat? Format = null,
    bool Publish = true);

/// <summary>
/// What an import stored: counts, notes, and (once saved) the stored source (<see cref="SourceId"/>, the file's name),
/// whether it was published or left as drafts, and the documents written to.
/// </summary>
public sealed record ImportSummary(
    string SourceTitle,
    int Documents,
    int Statements,
    int Changes,
    int Conditions,
    int Deadlines,
    int Figures,
    int Sections,
    IReadOnlyList<string> Notes)
{
    public int SourceId { get; init; }

    public string FileName { get; init; } = "";

    public SourceFormat Format { get; init; }

    public bool Published { get; init; } = true;

    public IReadOnlyList<int> DocumentIds { get; init; } = [];

    /// <summary>True when the same file was imported before and nothing was stored now.</summary>
    public bool WasImportedBefore { get; init; }
}

/// <summary>Imports a source document into the configured database, wholly or not at all.</summary>
public interface ISourceImporter
{
    /// <exception cref="ImportFailedException">The file or the request has problems; nothing was written.</exception>
    Task<ImportSummary> ImportAsync(ImportRequest request, CancellationToken cancellationToken = default);
}
