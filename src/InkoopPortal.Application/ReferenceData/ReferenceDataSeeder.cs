using InkoopPortal.Application.Content;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain;
using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.Domain.Topics;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.ReferenceData;

/// <summary>
/// Fills an empty database with the reference data in <c>data/reference</c>: concerns, health insurers, care
/// offices with their Wlz regions (and the regions' source), care types and the codebook (the topics per care type).
/// </summary>
public sealed class ReferenceDataSeeder(IPortalDbContextFactory contextFactory, PortalDataOptions dataOptions)
{
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var context = contextFactory.CreateDbContext();
        if (await context.Purchasers.AnyAsync(cancellationToken) || await context.CareTypes.AnyAsync(cancellationToken))
        {
            return false;
        }

        var purchasersFile = ReferenceDataFiles.Read<PurchasersFile>(Path.Combine(dataOptions.ReferenceDirectory, "purchasers.json"));
        var careTypesFile = ReferenceDataFiles.Read<CareTypesFile>(Path.Combine(dataOptions.ReferenceDirectory, "care-types.json"));
        var codebook = ReferenceDataFiles.Read<CodebookFile>(Path.Combine(dataOptions.ReferenceDirectory, "codebook.json"));

        var careTypes = careTypesFile.CareTypes.Select((entry, index) => new CareType
        {
            Slug = entry.Slug,
            Name = entry.Name,
            Law = Enum.Parse<Law>(entry.Law, ignoreCase: true),
            Description = entry.Description,
            Aliases = entry.Aliases ?? [],
            SortOrder = index + 1,
        }).ToDictionary(careType => careType.Slug);
        context.CareTypes.AddRange(careTypes.Values);

        var concerns = purchasersFile.Concerns
            .Select(entry => new Concern { Slug = entry.Slug, Name = entry.Name })
            .ToDictionary(concern => concern.Slug);
        context.Concerns.AddRange(concerns.Values);

        var insurers = CreatePurchasers(purchasersFile.HealthInsurers, PurchaserKind.HealthInsurer, concerns);
        var careOffices = CreatePurchasers(purchasersFile.CareOffices, PurchaserKind.CareOffice, concerns);
        context.Purchasers.AddRange(insurers);
        context.Purchasers.AddRange(careOffices);

        context.Regions.AddRange(CreateRegions(purchasersFile, insurers, careOffices));

        var groups = codebook.Groups.Select((entry, index) => new TopicGroup
        {
            Slug = entry.Slug,
            Name = entry.Name,
            SortOrder = index + 1,
        }).ToDictionary(group => group.Slug);
        context.TopicGroups.AddRange(groups.Values);
        context.Topics.AddRange(codebook.Topics.Select((entry, index) => entry.ToTopic(groups, careTypes, index + 1)));

        await context.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static List<Purchaser> CreatePurchasers(
        IEnumerable<PurchaserEntry> entries, PurchaserKind kind, IReadOnlyDictionary<string, Concern> concerns) =>
        entries.Select((entry, index) => new Purchaser
        {
            Slug = entry.Slug,
            Name = entry.Name,
            Kind = kind,
            Concern = concerns[entry.Concern],
            Website = entry.Website,
            // The executor's legal name is how official lists (the region table) name a care office.
            Aliases = [.. entry.Aliases ?? [], .. entry.Executor is null ? Array.Empty<string>() : [entry.Executor]],
            Labels = (entry.Labels ?? []).Select((label, labelIndex) => new PurchaserLabel
            {
                Name = label.Name,
                Website = label.Website,
                SortOrder = labelIndex + 1,
            }).ToList(),
            SortOrder = index + 1,
        }).ToList();

    private List<Region> CreateRegions(PurchasersFile file, List<Purchaser> insurers, List<Purchaser> careOffices)
    {
        var source = new ReferenceSource
        {
            Slug = file.RegionSource.Slug,
            Title = file.RegionSource.Title,
            Identifier = file.RegionSource.Identifier,
            Date = file.RegionSource.Date,
            Url = file.RegionSource.Url,
            Notes = file.RegionSource.Notes,
        };
        var careOfficeByExecutor = file.CareOffices.Zip(careOffices).ToDictionary(
            pair => pair.First.Executor ?? pair.First.Name, pair => pair.Second, StringComparer.OrdinalIgnoreCase);
        var insurerByConcern = insurers.ToDictionary(insurer => insurer.Concern!.Slug);

        var regions = new List<Region>();
        foreach (var row in RegionTable.Read(Path.Combine(dataOptions.ReferenceDirectory, "zorgkantoorregios-2015.csv")))
        {
            if (!careOfficeByExecutor.TryGetValue(row.Executor, out var careOffice))
            {
                throw new InvalidDataException(
                    $"zorgkantoorregios-2015.csv regel {row.Line}: Wlz-uitvoerder '{row.Executor}' staat niet in purchasers.json.");
            }

            if (!file.ConcernColumn.TryGetValue(row.Concern, out var concernSlug))
            {
                throw new InvalidDataException(
                    $"zorgkantoorregios-2015.csv regel {row.Line}: concern '{row.Concern}' staat niet in concernColumn van purchasers.json.");
            }

            regions.Add(new Region
            {
                Number = row.Number,
                Slug = Slug.From(row.Name),
                Name = row.Name,
                CareOffice = careOffice,
                PreferredInsurer = insurerByConcern.GetValueOrDefault(concernSlug),
                Source = source,
                Note = file.RegionNotes.GetValueOrDefault(row.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            });
        }

        return regions;
    }
}
