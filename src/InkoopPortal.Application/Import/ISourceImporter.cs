namespace InkoopPortal.Application.Import;

/// <summary>What to import: a source file, the year it applies to, its care types and, optionally, its purchaser.</summary>
public sealed record ImportRequest(string FilePath, int Year, IReadOnlyList<string> CareTypeSlugs, string? PurchaserSlug);

/// <summary>What an import wrote, counted per kind, with notes for the person who ran it.</summary>
public sealed record ImportSummary(
    string SourceTitle,
    int Documents,
    int Statements,
    int Changes,
    int Conditions,
    int Deadlines,
    int Figures,
    int Sections,
    IReadOnlyList<string> Notes);

/// <summary>
/// Imports one source document into the database. Throws <see cref="ImportFailedException"/> (nothing written)
/// when the file cannot be imported.
/// </summary>
public interface ISourceImporter
{
    Task<ImportSummary> ImportAsync(ImportRequest request, CancellationToken cancellationToken = default);
}
