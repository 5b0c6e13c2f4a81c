using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace InkoopPortal.Application.Import;

/// <summary>
/// On a database without content: loads the reference data, then (for the portal itself, not for a command-line
/// import) the shipped source documents in the order of their manifest. A database that has content is left alone.
/// </summary>
public sealed class FirstStartSeeder(
    IPortalDbContextFactory contextFactory,
    ReferenceDataSeeder referenceData,
    ISourceImporter importer,
    PortalDataOptions dataOptions,
    ILogger<FirstStartSeeder> logger)
{
    public async Task SeedIfEmptyAsync(bool importShippedSources, CancellationToken cancellationToken)
    {
        if (await referenceData.SeedIfEmptyAsync(cancellationToken))
        {
            logger.LogInformation("Referentiegegevens geladen uit {Folder}", dataOptions.ReferenceDirectory);
        }

        if (!importShippedSources)
        {
            return;
        }

        await using (var context = contextFactory.CreateDbContext())
        {
            if (await context.SourceDocuments.AnyAsync(cancellationToken))
            {
                return;
            }
        }

        var manifest = SourceManifest.Read(dataOptions.SourcesDirectory);
        foreach (var request in manifest.ToRequests(dataOptions.SourcesDirectory))
        {
            var summary = await importer.ImportAsync(request, cancellationToken);
            logger.LogInformation(
                "Bron geïmporteerd: {Title}: {Documents} document(en), {Statements} uitspraken, {Changes} wijzigingen, " +
                "{Conditions} voorwaarden, {Deadlines} deadlines, {Figures} cijfers",
                summary.SourceTitle, summary.Documents, summary.Statements, summary.Changes,
                summary.Conditions, summary.Deadlines, summary.Figures);
        }
    }
}
