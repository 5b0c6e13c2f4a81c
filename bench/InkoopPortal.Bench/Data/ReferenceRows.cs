using InkoopPortal.Application.Content;
using InkoopPortal.Domain;
using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.Domain.Topics;
using InkoopPortal.Infrastructure.Persistence;

namespace InkoopPortal.Bench.Data;

/// <summary>The small tables (care types, purchasers, topic groups, topics), saved through the app's own EF model.</summary>
public static class ReferenceRows
{
    private static readonly string[] ZvwCareTypeNames =
    [
        "Huisartsenzorg", "Eerstelijnsverblijf", "Geriatrische revalidatiezorg", "Zintuiglijk gehandicaptenzorg",
        "Medisch-specialistische zorg", "Geestelijke gezondheidszorg", "Wijkverpleging", "Fysiotherapie", "Mondzorg",
        "Farmacie", "Hulpmiddelen", "Geboortezorg", "Paramedische zorg", "Ziekenvervoer",
    ];

    private static readonly string[] WlzCareTypeNames =
    [
        "Wlz verpleging en verzorging", "Wlz gehandicaptenzorg", "Wlz ggz", "Wlz volledig pakket thuis",
        "Wlz modulair pakket thuis", "Wlz logeeropvang",
    ];

    private static readonly string[] InsurerNames =
    [
        "Noorderzorg", "Zuidwest Verzekeringen", "Polderzorg", "De Zorgmaatschappij", "Rivierland Zorg", "Kustzorg",
        "Veluwe Verzekerd", "Stedelijk Zorgfonds", "Onderling Zorg", "Groene Hart Zorg", "Brabantse Zorg", "Limburg Verzekerd",
        "Achterhoek Zorg", "Wadden Zorgverzekeraar", "Randstad Zorg", "Oost Zorgverzekering", "Friese Zorg", "Delta Zorgverzekeraar",
    ];

    private static readonly (string Slug, string Name)[] Groups =
    [
        ("bouwstenen-regionale-samenwerking", "N.a.v. bouwstenen voor regionale samenwerking"),
        ("kwaliteit-en-toegankelijkheid", "Kwaliteit en toegankelijkheid"),
        ("overige-onderwerpen", "Overige onderwerpen"),
    ];

    private static readonly string[] TopicNames =
    [
        "Regioplan", "Passende zorg", "Digitale zorg en e-health", "Gegevensuitwisseling", "Arbeidsmarkt", "Samenwerking in de wijk",
        "Wachttijden", "Kwaliteitseisen", "Spoedzorg", "Zorgcontinuïteit", "Preventie", "Toegankelijkheid",
        "Duurzaamheid", "Tarieven en indexatie", "Contractduur", "Administratieve lasten", "Innovatie", "Doelmatigheid",
        "Verantwoording", "Nieuwe toetreders",
    ];

    public static async Task SaveAsync(PortalDbContext context, CancellationToken cancellationToken)
    {
        var careTypes = ZvwCareTypeNames.Select(name => (Name: name, Law: Law.Zvw))
            .Concat(WlzCareTypeNames.Select(name => (Name: name, Law: Law.Wlz)))
            .Select((entry, index) => new CareType { Slug = Slug.From(entry.Name), Name = entry.Name, Law = entry.Law, SortOrder = index + 1 })
            .ToList();
        context.CareTypes.AddRange(careTypes);

        var purchasers = InsurerNames.Select(name => (Name: name, Kind: PurchaserKind.HealthInsurer))
            .Concat(Enumerable.Range(1, DatasetShape.CareOffices).Select(number => (Name: $"Zorgkantoor Regio {number}", Kind: PurchaserKind.CareOffice)))
            .Select((entry, index) => new Purchaser { Slug = Slug.From(entry.Name), Name = entry.Name, Kind = entry.Kind, SortOrder = index + 1 });
        context.Purchasers.AddRange(purchasers);

        var groups = Groups.Select((group, index) => new TopicGroup { Slug = group.Slug, Name = group.Name, SortOrder = index + 1 }).ToList();
        context.TopicGroups.AddRange(groups);
        context.Topics.AddRange(TopicNames.Select((name, index) => new Topic
        {
            Slug = Slug.From(name),
            Name = name,
            Group = groups[index * groups.Count / TopicNames.Length],
            SortOrder = index + 1,
            IsPrecondition = index % 7 == 3,
            GuidingQuestions = index % 3 == 0 ? [$"Wat verwacht de inkoper op het gebied van {name.ToLowerInvariant()}?"] : [],
            CareTypes = careTypes,
        }));

        await context.SaveChangesAsync(cancellationToken);
    }
}
