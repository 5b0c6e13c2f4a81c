using InkoopPortal.Application.Import.ComparisonTable;
using InkoopPortal.Application.Import.Names;
using InkoopPortal.Application.ReferenceData;
using InkoopPortal.Domain;
using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.Domain.Topics;
using InkoopPortal.TestSupport;

namespace InkoopPortal.UnitTests.Import.Names;

/// <summary>
/// An in-memory <see cref="ImportCatalog"/> as a fresh portal has it: the purchasers, care types and the codebook's
/// topics of data/reference (the huisartsenzorg ones are the 2022 memo's rows).
/// </summary>
internal static class ReferenceCatalog
{
    private static string Reference(string file) => Path.Combine(RepositoryPaths.Root, "data", "reference", file);

    /// <summary>A new catalog each time: a matcher caches, and an import adds to its catalog.</summary>
    public static ImportCatalog Load()
    {
        var careTypes = ReferenceDataFiles.Read<CareTypesFile>(Reference("care-types.json")).CareTypes
            .Select((entry, index) => new CareType
            {
                Id = index + 1,
                Slug = entry.Slug,
                Name = entry.Name,
                Law = Enum.Parse<Law>(entry.Law, ignoreCase: true),
                Aliases = entry.Aliases ?? [],
                SortOrder = index,
            })
            .ToList();

        var file = ReferenceDataFiles.Read<PurchasersFile>(Reference("purchasers.json"));
        var concerns = file.Concerns.Select((entry, index) => new Concern { Id = index + 1, Slug = entry.Slug, Name = entry.Name })
            .ToDictionary(concern => concern.Slug);
        Purchaser ToPurchaser(PurchaserEntry entry, PurchaserKind kind, int id) => new()
        {
            Id = id,
            Slug = entry.Slug,
            Name = entry.Name,
            Kind = kind,
            Concern = concerns[entry.Concern],
            ConcernId = concerns[entry.Concern].Id,
            Aliases = entry.Aliases ?? [],
            Labels = (entry.Labels ?? []).Select(label => new PurchaserLabel { Name = label.Name }).ToList(),
        };
        var purchasers = file.HealthInsurers.Select((entry, index) => ToPurchaser(entry, PurchaserKind.HealthInsurer, index + 1))
            .Concat(file.CareOffices.Select((entry, index) => ToPurchaser(entry, PurchaserKind.CareOffice, 100 + index)))
            .ToList();

        var codebook = ReferenceDataFiles.Read<CodebookFile>(Reference("codebook.json"));
        var groups = codebook.Groups.Select(entry => new TopicGroup { Slug = entry.Slug, Name = entry.Name }).ToList();
        var topics = codebook.Topics.Select((entry, index) => new Topic
        {
            Id = index + 1,
            Slug = entry.Slug,
            Name = entry.Name,
            Group = groups.Single(group => group.Slug == entry.Group),
            Aliases = entry.Aliases ?? [],
            CareTypes = careTypes.Where(careType => entry.CareTypes.Contains(careType.Slug)).ToList(),
        }).ToList();

        return new ImportCatalog(purchasers, careTypes, topics, groups);
    }

    public static IReadOnlyList<CareType> CareTypes(this ImportCatalog catalog, params string[] slugs) =>
        slugs.Select(slug => catalog.FindCareTypeBySlug(slug)!).ToList();
}
