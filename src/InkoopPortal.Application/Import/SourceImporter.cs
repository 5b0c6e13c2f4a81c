using System.Security.Cryptography;
using System.Text;
using InkoopPortal.Application.Import.ComparisonTable;
using InkoopPortal.Application.Import.Names;
using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Application.Import.Presentation;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Sources;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Import;

/// <summary>
/// Imports a source document: detects its shape, parses it, resolves every name against the database and stores
/// the result with one SaveChanges, so a file is imported wholly or not at all. Every stored record cites the
/// <see cref="SourceDocument"/>, which keeps the file's full text.
/// </summary>
public sealed class SourceImporter(IPortalDbContextFactory contextFactory, TimeProvider clock) : ISourceImporter
{
    public async Task<ImportSummary> ImportAsync(ImportRequest request, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(request.FilePath))
        {
            throw new ImportFailedException(new ImportProblem(0, null, $"Het bestand '{request.FilePath}' bestaat niet."));
        }

        var text = NormalizeLineEndings(await File.ReadAllTextAsync(request.FilePath, Encoding.UTF8, cancellationToken));
        var confirmations = request.CreateUnknownNames ? ImportConfirmations.AllUnknown : ImportConfirmations.None;
        return await ImportTextAsync(text, request.Format ?? DetectedFormat(text), request, confirmations, AuditActor.System, cancellationToken);
    }

    /// <summary>The format detection proposes; refused with its reasons when the evidence is too weak to decide.</summary>
    private static SourceFormat DetectedFormat(string text)
    {
        var detection = SourceFormatDetector.Detect(text);
        return detection.Format ?? throw new ImportFailedException(detection.Reasons.Select(reason => new ImportProblem(0, null, reason)).ToList());
    }

    /// <summary>
    /// The one write path of every import (command line, first start, the editors' table import): the text as
    /// <paramref name="format"/>, unknown names of a comparison table only where <paramref name="confirmations"/>
    /// confirms them, all in one SaveChanges recorded for <paramref name="actor"/>.
    /// </summary>
    /// <exception cref="ImportFailedException">With every problem; nothing was written.</exception>
    internal async Task<ImportSummary> ImportTextAsync(
        string text, SourceFormat format, ImportRequest request, ImportConfirmations confirmations, AuditActor actor,
        CancellationToken cancellationToken)
    {
        text = NormalizeLineEndings(text);
        if (UnstorableCharacters.Find(text) is { Count: > 0 } unstorable)
        {
            throw new ImportFailedException(unstorable);
        }

        var hash = Hash(text);

        await using var context = contextFactory.CreateDbContext();
        context.Actor = actor;
        if (await EarlierImportNoteAsync(context, hash, cancellationToken) is { } note)
        {
            return new ImportSummary(note.Title, 0, 0, 0, 0, 0, 0, 0, [note.Text]);
        }

        var catalog = await LoadCatalogAsync(context, cancellationToken);
        var careTypes = ResolveCareTypes(catalog, request.CareTypeSlugs);

        var source = new SourceDocument
        {
            FileName = Path.GetFileName(request.FilePath),
            Title = Path.GetFileNameWithoutExtension(request.FilePath),
            Kind = format switch
            {
                SourceFormat.ComparisonTable => SourceDocumentKind.ComparisonTable,
                SourceFormat.Presentation => SourceDocumentKind.Presentation,
                _ => SourceDocumentKind.PolicyText,
            },
            Publisher = request.Publisher,
            Origin = request.Origin ?? $"Geïmporteerd uit {Path.GetFileName(request.FilePath)}.",
            Year = request.Year,
            ContentSha256 = hash,
            Content = text,
            ImportedAt = clock.GetUtcNow(),
        };
        context.SourceDocuments.Add(source);

        var summary = format == SourceFormat.ComparisonTable
            ? await new ComparisonTableWriter(context, catalog, source, request, careTypes, confirmations)
                .RunAsync(ComparisonTableParser.Parse(text), cancellationToken)
            : await new PolicyDocumentWriter(context, catalog, source, request, careTypes)
                .RunAsync(format == SourceFormat.Presentation ? PresentationParser.Parse(text) : PolicyTextParser.Parse(text), text, cancellationToken);

        await ContentVersions.MarkChangedAsync(context, clock.GetUtcNow(), cancellationToken);
        await context.SaveChangesAsync(cancellationToken);
        return summary;
    }

    /// <summary>A Dutch note when exactly this text was imported before (it is then not imported again).</summary>
    internal static async Task<(string Title, string Text)?> EarlierImportNoteAsync(
        IPortalDbContext context, string hash, CancellationToken cancellationToken)
    {
        var earlier = await context.SourceDocuments.AsNoTracking()
            .Where(source => source.ContentSha256 == hash)
            .Select(source => new { source.Title, source.ImportedAt })
            .FirstOrDefaultAsync(cancellationToken);
        return earlier is null
            ? null
            : (earlier.Title, $"Dit bestand is al geïmporteerd op {earlier.ImportedAt.LocalDateTime:d MMMM yyyy HH:mm}; er is niets gewijzigd.");
    }

    internal static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    internal static async Task<ImportCatalog> LoadCatalogAsync(IPortalDbContext context, CancellationToken cancellationToken)
    {
        var purchasers = await context.Purchasers.Include(purchaser => purchaser.Concern).ToListAsync(cancellationToken);
        var careTypes = await context.CareTypes.OrderBy(careType => careType.SortOrder).ToListAsync(cancellationToken);
        var groups = await context.TopicGroups.ToListAsync(cancellationToken);
        var topics = await context.Topics.Include(topic => topic.CareTypes).Include(topic => topic.Group).ToListAsync(cancellationToken);
        return new ImportCatalog(purchasers, careTypes, topics, groups);
    }

    internal static List<CareType> ResolveCareTypes(ImportCatalog catalog, IReadOnlyList<string> slugs)
    {
        if (slugs.Count == 0)
        {
            throw new ImportFailedException(new ImportProblem(0, null, "Geef ten minste één zorgsoort op."));
        }

        var unknown = slugs.Where(slug => catalog.FindCareTypeBySlug(slug) is null).ToList();
        if (unknown.Count > 0)
        {
            var known = string.Join(", ", catalog.CareTypes.Select(careType => careType.Slug));
            throw new ImportFailedException(unknown
                .Select(slug => new ImportProblem(0, null, $"Onbekende zorgsoort '{slug}'. Bekende zorgsoorten: {known}."))
                .ToList());
        }

        return slugs.Select(slug => catalog.FindCareTypeBySlug(slug)!).Distinct().ToList();
    }

    internal static string NormalizeLineEndings(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
