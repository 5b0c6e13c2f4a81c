using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Import.SourceFiles;

/// <summary>
/// An imported file as it is served: the original bytes with their media type, or (for imports made before originals
/// were kept) the stored text, said so by <see cref="IsOriginal"/>.
/// </summary>
public sealed record ServedSourceFile(int Id, string FileName, string ContentType, byte[] Bytes, string Sha256, bool IsOriginal);

/// <summary>Reads imported files for <c>/bronnen/{id}/{bestand}</c>.</summary>
public sealed class SourceFileQuery(IPortalDbContextFactory contextFactory)
{
    public const string PathPrefix = "/bronnen";

    /// <summary>The stable address of a source's original file.</summary>
    public static string PathOf(int sourceId, string fileName) =>
        $"{PathPrefix}/{sourceId.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{Uri.EscapeDataString(fileName)}";

    /// <summary>
    /// The file of source <paramref name="id"/>; null when there is none, or when only drafts cite it and the reader
    /// may not see drafts (<paramref name="includeDrafts"/>).
    /// </summary>
    public async Task<ServedSourceFile?> GetAsync(int id, bool includeDrafts, CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        var source = await context.SourceDocuments.AsNoTracking()
            .Where(candidate => candidate.Id == id)
            .Select(candidate => new
            {
                candidate.Id, candidate.FileName, candidate.ContentType, candidate.ContentSha256, candidate.Content,
                Bytes = candidate.OriginalFile == null ? null : candidate.OriginalFile.Bytes,
                IsPublished = context.PolicyDocuments.Any(document => document.ImportSourceId == candidate.Id && document.Status == DocumentStatus.Published)
                    || context.Statements.Any(statement => statement.SourceDocumentId == candidate.Id && statement.PolicyDocument!.Status == DocumentStatus.Published),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (source is null || (!source.IsPublished && !includeDrafts))
        {
            return null;
        }

        return source.Bytes is { } bytes
            ? new ServedSourceFile(source.Id, source.FileName, source.ContentType ?? "application/octet-stream", bytes, source.ContentSha256, true)
            : new ServedSourceFile(source.Id, source.FileName, "text/plain; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(source.Content), source.ContentSha256, false);
    }
}
