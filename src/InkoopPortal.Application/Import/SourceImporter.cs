using System.Security.Cryptography;
using InkoopPortal.Application.Import.ComparisonTable;
using InkoopPortal.Application.Import.Names;
using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Application.Import.Presentation;
using InkoopPortal.Application.Import.Readers;
using InkoopPortal.Application.Import.SourceFiles;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Sources;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Import;

/// <summary>
/// Imports a source document: reads its bytes as text, settles its format, parses it, resolves every name against
/// the database and stores the result with one SaveChanges, so a file is imported wholly or not at all. The original
/// bytes are kept with their SHA-256; every stored record cites the <see cref="SourceDocument"/>.
/// </summary>
public sealed class SourceImporter(IPortalDbContextFactory contextFactory, TimeProvider clock, ImportOptions options) : ISourceImporter
{
    public async Task<ImportSummary> ImportAsync(ImportRequest request, CancellationToken cancellationToken = default)
    {
        var file = new FileInfo(request.FilePath);
        if (!file.Exists)
        {
            throw new ImportFailedException(new ImportProblem(0, null, $"Het bestand '{request.FilePath}' bestaat niet."));
        }

        options.EnsureAllowed(file.Name, file.Length);
        byte[] bytes;
        await using (var stream = file.OpenRead())
        {
            bytes = await options.ReadAsync(stream, file.Name, cancellationToken);
        }

        var confirmations = request.CreateUnknownNames ? ImportConfirmations.AllUnknown : ImportConfirmations.None;
        return await ImportFileAsync(new ImportFile(bytes, file.Name), request, confirmations, AuditActor.System, cancellationToken);
    }

    /// <summary>
    /// The one write path of every import (command line, first start, the editors' import): the file's bytes read
    /// as text, in the request's format (or the detected one), unknown names of a comparison table only where
    /// <paramref name="confirmations"/> confirms them, all in one SaveChanges recorded for <paramref name="actor"/>.
    /// </summary>
    /// <exception cref="ImportFailedException">With every problem; nothing was written.</exception>
    internal async Task<ImportSummary> ImportFileAsync(
        ImportFile file, ImportRequest request, ImportConfirmations confirmations, AuditActor actor, CancellationToken cancellationToken)
    {
        var read = Read(file);
        var format = SettleFormat(file.FileName, read, request.Format);
        var hash = Hash(file.Bytes);

        await using var context = contextFactory.CreateDbContext();
        context.Actor = actor;
        if (await EarlierImportAsync(context, hash, cancellationToken) is { } earlier)
        {
            return new ImportSummary(earlier.Title, 0, 0, 0, 0, 0, 0, 0, [earlier.Note])
            {
                SourceId = earlier.Id, FileName = file.FileName, Format = format, WasImportedBefore = true,
            };
        }

        var catalog = await LoadCatalogAsync(context, cancellationToken);
        var careTypes = ResolveCareTypes(catalog, request.CareTypeSlugs);

        var source = new SourceDocument
        {
            FileName = Path.GetFileName(file.FileName),
            Title = Path.GetFileNameWithoutExtension(file.FileName),
            Kind = format switch
            {
                SourceFormat.ComparisonTable => SourceDocumentKind.ComparisonTable,
                SourceFormat.Presentation => SourceDocumentKind.Presentation,
                _ => SourceDocumentKind.PolicyText,
            },
            Publisher = request.Publisher,
            Origin = request.Origin ?? $"Geïmporteerd uit {Path.GetFileName(file.FileName)}.",
            Year = request.Year,
            ContentSha256 = hash,
            Content = read.Text,
            ContentType = read.ContentType,
            Encoding = read.EncodingName,
            PageCount = read.PageCount,
            OriginalFile = new SourceFile { Bytes = file.Bytes },
            ImportedAt = clock.GetUtcNow(),
        };
        context.SourceDocuments.Add(source);

        ImportSummary summary;
        IReadOnlyList<Domain.Documents.PolicyDocument> documents;
        if (format == SourceFormat.ComparisonTable)
        {
            var writer = new ComparisonTableWriter(context, catalog, source, request, careTypes, confirmations);
            summary = await writer.RunAsync(ComparisonTableParser.Parse(read.Text, catalog.PurchaserIdentity(careTypes)), cancellationToken);
            documents = writer.Documents;
        }
        else
        {
            var writer = new PolicyDocumentWriter(context, catalog, source, request, careTypes, read.PageOf);
            var parsed = format == SourceFormat.Presentation ? PresentationParser.Parse(read.Text) : PolicyTextParser.Parse(read.Text);
            summary = await writer.RunAsync(parsed, read.Text, cancellationToken);
            documents = writer.Documents;
        }

        await context.SaveChangesAsync(cancellationToken);
        return summary with
        {
            Notes = read.Note is null ? summary.Notes : [read.Note, .. summary.Notes],
            SourceId = source.Id,
            FileName = source.FileName,
            Format = format,
            Published = request.Publish,
            DocumentIds = documents.Select(document => document.Id).Distinct().ToList(),
        };
    }

    /// <summary>The file's text as stored and parsed, or a refusal that names the limit, the encoding or the character.</summary>
    internal DecodedSource Read(ImportFile file)
    {
        options.EnsureAllowed(file.FileName, file.Bytes.LongLength);
        var kind = DocumentFileKinds.Of(file.Bytes);
        var read = DocumentReaders.Read(file, kind) is { } document
            ? new DecodedSource(document.Text, DocumentReaders.ReadAs(kind), DocumentFileKinds.ContentTypeOf(kind)!, null, document)
            : SourceFileDecoder.Decode(file);
        if (DocumentReaders.NameNote(file.FileName, kind) is { } nameNote)
        {
            read = read with { Note = read.Note is null ? nameNote : $"{nameNote} {read.Note}" };
        }

        if (UnstorableCharacters.Find(read.Text) is { Count: > 0 } unstorable)
        {
            throw new ImportFailedException(unstorable);
        }

        return read;
    }

    /// <summary>
    /// A read document (PDF, Word, web page) is a policy text unless the request chose another format; a text file's
    /// format is settled from its text.
    /// </summary>
    internal static SourceFormat SettleFormat(string fileName, DecodedSource read, SourceFormat? chosen) =>
        SettleFormat(fileName, read.Text, chosen ?? (read.Document is null ? null : SourceFormat.PolicyText));

    /// <summary>
    /// The format asked for, or the one detection is sure of; with weak evidence the import asks for the format
    /// instead of guessing.
    /// </summary>
    internal static SourceFormat SettleFormat(string fileName, string text, SourceFormat? chosen)
    {
        if (chosen is { } format)
        {
            // A file is never stored as a format it clearly is not.
            return SourceFormatDetector.Contradiction(text, format) is { } contradiction
                ? throw new ImportFailedException(new ImportProblem(0, null, contradiction))
                : format;
        }

        var detection = SourceFormatDetector.Detect(text);
        return detection.Format ?? throw new ImportFailedException(new ImportProblem(0, null,
            $"Het formaat van '{fileName}' is niet met zekerheid te bepalen ({string.Join("; ", detection.Reasons)}). "
            + "Kies het formaat: vergelijkingstabel, beleidstekst of presentatie (op de opdrachtregel --format table|policy|presentation)."));
    }

    /// <summary>
    /// The source stored earlier with exactly these bytes that still has documents or statements (drafts an editor
    /// discarded don't count), with a Dutch note: the file is then not imported again.
    /// </summary>
    internal static async Task<(int Id, string Title, string Note)?> EarlierImportAsync(
        IPortalDbContext context, string hash, CancellationToken cancellationToken)
    {
        var earlier = await context.SourceDocuments.AsNoTracking()
            .Where(source => source.ContentSha256 == hash
                && (context.PolicyDocuments.Any(document => document.ImportSourceId == source.Id)
                    || context.Statements.Any(statement => statement.SourceDocumentId == source.Id)))
            .Select(source => new { source.Id, source.Title, source.ImportedAt })
            .FirstOrDefaultAsync(cancellationToken);
        return earlier is null
            ? null
            : (earlier.Id, earlier.Title, $"Dit bestand is al geïmporteerd op {earlier.ImportedAt.LocalDateTime:d MMMM yyyy HH:mm}; er is niets gewijzigd.");
    }

    internal static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    internal static Task<ImportCatalog> LoadCatalogAsync(IPortalDbContext context, CancellationToken cancellationToken) =>
        ImportCatalog.LoadAsync(context, cancellationToken);

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
}
