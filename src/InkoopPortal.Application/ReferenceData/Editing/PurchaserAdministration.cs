using InkoopPortal.Application.Editing;
using InkoopPortal.Application.History;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.Names;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Purchasers;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.ReferenceData.Editing;

/// <summary>What the administrator edits of a purchaser; <see cref="Id"/> 0 is a new one.</summary>
public sealed record PurchaserEditModel
{
    public int Id { get; init; }

    public string Name { get; set; } = "";

    /// <summary>Empty on a new purchaser: made from the name.</summary>
    public string Slug { get; set; } = "";

    public PurchaserKind Kind { get; set; } = PurchaserKind.HealthInsurer;

    public int? ConcernId { get; set; }

    public string? Website { get; set; }

    public List<string> Aliases { get; set; } = [];

    /// <summary>The names of the brands (labels) it sells under.</summary>
    public List<string> Labels { get; set; } = [];

    /// <summary>For a care office: the ids of its Wlz regions.</summary>
    public List<int> RegionIds { get; set; } = [];

    /// <summary>The purchaser's <see cref="ContentRecord.RowVersion"/> when loaded; send it back unchanged.</summary>
    public uint Version { get; set; }

    /// <summary>A copy that shares no list with this one (a form edits its lists in place).</summary>
    public PurchaserEditModel Copy() => this with { Aliases = [.. Aliases], Labels = [.. Labels], RegionIds = [.. RegionIds] };
}

public sealed record PurchaserListItem(int Id, string Slug, string Name, PurchaserKind Kind, string? ConcernName, IReadOnlyList<string> Aliases, int DocumentCount);

public sealed record ReferenceOption(int Id, string Name);

public sealed record RegionOption(int Id, int Number, string Name, string? CareOfficeName);

/// <summary>The choices of the purchaser form: concerns and Wlz regions.</summary>
public sealed record PurchaserFormOptions(IReadOnlyList<ReferenceOption> Concerns, IReadOnlyList<RegionOption> Regions);

/// <summary>
/// The administrator's purchaser management: list, create, edit (with aliases, labels and a care office's regions)
/// and soft delete. Every method checks <see cref="PortalPolicies.Administer"/> itself. Scoped (it asks the current
/// user's <see cref="IPortalAuthorization"/>).
/// </summary>
public sealed class PurchaserAdministration(
    IPortalDbContextFactory contextFactory, IPortalAuthorization authorization, TimeProvider clock)
{
    /// <summary>The slug of the "new purchaser" page; no purchaser may have it.</summary>
    public const string NewSlug = "nieuw";

    public async Task<IReadOnlyList<PurchaserListItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        var purchasers = await context.Purchasers.AsNoTracking().Include(purchaser => purchaser.Concern)
            .OrderBy(purchaser => purchaser.Kind).ThenBy(purchaser => purchaser.SortOrder).ThenBy(purchaser => purchaser.Name)
            .ToListAsync(cancellationToken);
        var documents = await context.PolicyDocuments.AsNoTracking()
            .GroupBy(document => document.PurchaserId)
            .Select(group => new { PurchaserId = group.Key, Count = group.Count() })
            .ToDictionaryAsync(group => group.PurchaserId, group => group.Count, cancellationToken);
        return purchasers
            .Select(purchaser => new PurchaserListItem(purchaser.Id, purchaser.Slug, purchaser.Name, purchaser.Kind,
                purchaser.Concern?.Name, purchaser.Aliases, documents.GetValueOrDefault(purchaser.Id)))
            .ToList();
    }

    /// <summary>The purchaser with this slug as an edit model; null when there is no (live) one.</summary>
    public async Task<PurchaserEditModel?> LoadAsync(string slug, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        var purchaser = await context.Purchasers.AsNoTracking()
            .Include(candidate => candidate.Labels)
            .Include(candidate => candidate.Regions)
            .SingleOrDefaultAsync(candidate => candidate.Slug == slug, cancellationToken);
        return purchaser is null ? null : ToModel(purchaser);
    }

    public async Task<PurchaserFormOptions> OptionsAsync(CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        var concerns = await context.Concerns.AsNoTracking().OrderBy(concern => concern.Name)
            .Select(concern => new ReferenceOption(concern.Id, concern.Name)).ToListAsync(cancellationToken);
        var regions = await context.Regions.AsNoTracking().OrderBy(region => region.Number)
            .Select(region => new RegionOption(region.Id, region.Number, region.Name, region.CareOffice != null ? region.CareOffice.Name : null))
            .ToListAsync(cancellationToken);
        return new PurchaserFormOptions(concerns, regions);
    }

    /// <summary>
    /// Creates (<see cref="PurchaserEditModel.Id"/> 0) or saves the purchaser for <paramref name="actor"/> when the
    /// edit is valid and, for an existing one, still at <see cref="PurchaserEditModel.Version"/>. Nothing is written otherwise.
    /// </summary>
    public async Task<SaveResult<PurchaserEditModel>> SaveAsync(
        PurchaserEditModel edit, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        context.Actor = actor;
        var messages = new List<FieldMessage>();
        var valid = Validate(edit, messages);
        await CheckAgainstOthersAsync(context, edit.Id, valid, messages, cancellationToken);
        var regions = await context.Regions.Where(region => valid.RegionIds.Contains(region.Id)).ToListAsync(cancellationToken);
        if (regions.Count != valid.RegionIds.Distinct().Count())
        {
            messages.Add(new FieldMessage(nameof(PurchaserEditModel.RegionIds), "Een van de gekozen regio's bestaat niet meer; kies de regio's opnieuw."));
        }

        if (valid.ConcernId is { } concernId && !await context.Concerns.AnyAsync(concern => concern.Id == concernId, cancellationToken))
        {
            messages.Add(new FieldMessage(nameof(PurchaserEditModel.ConcernId), "Het gekozen concern bestaat niet meer; kies een ander."));
        }

        if (messages.Count > 0)
        {
            return new SaveResult<PurchaserEditModel>.Invalid(messages);
        }

        if (edit.Id == 0)
        {
            var purchaser = new Purchaser { Slug = valid.Slug, Name = valid.Name };
            purchaser.SortOrder = 1 + (await context.Purchasers.MaxAsync(candidate => (int?)candidate.SortOrder, cancellationToken) ?? 0);
            Apply(purchaser, valid, regions);
            context.Purchasers.Add(purchaser);
            await context.SaveChangesAsync(cancellationToken);
            return new SaveResult<PurchaserEditModel>.Saved(purchaser.RowVersion);
        }

        var stored = await context.Purchasers
            .Include(candidate => candidate.Labels)
            .Include(candidate => candidate.Regions)
            .SingleOrDefaultAsync(candidate => candidate.Id == edit.Id, cancellationToken);
        return await OptimisticSave.SaveAsync(
            context, stored, edit.Version, edit, ToModel, purchaser =>
            {
                Apply(purchaser, valid, regions);
                // Labels and regions are rows of their own: a change of only those still moves the purchaser's version,
                // so two administrators editing the lists cannot overwrite each other unseen.
                context.Purchasers.Entry(purchaser).State = EntityState.Modified;
            }, clock, cancellationToken);
    }

    /// <summary>Deletes the purchaser (soft) if it is still at <paramref name="version"/>; refused while documents use it.</summary>
    public async Task<SaveResult<PurchaserEditModel>> DeleteAsync(
        int purchaserId, uint version, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        context.Actor = actor;
        var purchaser = await context.Purchasers
            .Include(candidate => candidate.Labels)
            .SingleOrDefaultAsync(candidate => candidate.Id == purchaserId, cancellationToken);
        try
        {
            return await OptimisticSave.SaveAsync(
                context, purchaser, version, purchaser is null ? new PurchaserEditModel { Id = purchaserId } : ToModel(purchaser),
                ToModel, stored => context.Purchasers.Remove(stored), clock, cancellationToken);
        }
        catch (RecordInUseException refusal)
        {
            return InUseMessage.Refused<PurchaserEditModel>(purchaser!.Name, refusal);
        }
    }

    public static PurchaserEditModel ToModel(Purchaser purchaser) => new()
    {
        Id = purchaser.Id,
        Name = purchaser.Name,
        Slug = purchaser.Slug,
        Kind = purchaser.Kind,
        ConcernId = purchaser.ConcernId,
        Website = purchaser.Website,
        Aliases = [.. purchaser.Aliases],
        Labels = purchaser.Labels.OrderBy(label => label.SortOrder).Select(label => label.Name).ToList(),
        RegionIds = purchaser.Regions.OrderBy(region => region.Number).Select(region => region.Id).ToList(),
        Version = purchaser.RowVersion,
    };

    /// <summary>The checks that need no database; returns the cleaned-up edit (trimmed, empty list lines left out).</summary>
    public static PurchaserEditModel Validate(PurchaserEditModel edit, List<FieldMessage> messages)
    {
        var name = ReferenceFields.Name(messages, nameof(PurchaserEditModel.Name), edit.Name, FieldLimits.Name, "de naam");
        var slug = ReferenceFields.Slug(messages, nameof(PurchaserEditModel.Slug), edit.Slug, name);
        if (slug == NewSlug)
        {
            messages.Add(new FieldMessage(nameof(PurchaserEditModel.Slug), $"De slug '{NewSlug}' is gereserveerd voor een nieuwe inkoper; kies een andere."));
        }

        if (!Enum.IsDefined(edit.Kind))
        {
            messages.Add(new FieldMessage(nameof(PurchaserEditModel.Kind), "Kies of dit een zorgverzekeraar of een zorgkantoor is."));
        }

        var website = ReferenceFields.Website(messages, nameof(PurchaserEditModel.Website), edit.Website);
        var aliases = ReferenceFields.Names(messages, nameof(PurchaserEditModel.Aliases), edit.Aliases, FieldLimits.Name, "de alias", "aliassen");
        var labels = ReferenceFields.Names(messages, nameof(PurchaserEditModel.Labels), edit.Labels, FieldLimits.Name, "het label", "labels");
        if (edit.Kind != PurchaserKind.CareOffice && edit.RegionIds.Count > 0)
        {
            messages.Add(new FieldMessage(nameof(PurchaserEditModel.RegionIds),
                "Alleen een zorgkantoor koopt in voor Wlz-regio's. Kies bij soort 'Zorgkantoor' of haal de regio's weg."));
        }

        return edit with { Name = name, Slug = slug, Website = website, Aliases = aliases, Labels = labels, RegionIds = [.. edit.RegionIds.Distinct()] };
    }

    /// <summary>Slug, name and aliases must not be another live purchaser's: an import would not know which one is meant.</summary>
    private static async Task CheckAgainstOthersAsync(
        IPortalDbContext context, int id, PurchaserEditModel edit, List<FieldMessage> messages, CancellationToken cancellationToken)
    {
        var all = await context.Purchasers.AsNoTracking().ToListAsync(cancellationToken);
        var others = all.Where(purchaser => purchaser.Id != id).ToList();

        // Only names the edit adds are checked: what is stored already stays saveable.
        var stored = all.FirstOrDefault(purchaser => purchaser.Id == id);
        if (others.FirstOrDefault(other => other.Slug == edit.Slug) is { } slugOwner)
        {
            messages.Add(ReferenceFields.SlugTaken(nameof(PurchaserEditModel.Slug), edit.Slug, slugOwner.Name));
        }

        Purchaser? Owner(string name) =>
            others.FirstOrDefault(other => ((string[])[other.Name, other.Slug, .. other.Aliases]).Any(known => NameKey.From(known) == NameKey.From(name)));

        if (edit.Name.Length > 0 && edit.Name != stored?.Name && Owner(edit.Name) is { } nameOwner)
        {
            messages.Add(new FieldMessage(nameof(PurchaserEditModel.Name),
                $"'{edit.Name}' is al de naam of een alias van {nameOwner.Name}. Kies een andere naam."));
        }

        foreach (var alias in edit.Aliases.Where(alias => stored?.Aliases.Contains(alias) != true))
        {
            if (Owner(alias) is { } aliasOwner)
            {
                messages.Add(new FieldMessage(nameof(PurchaserEditModel.Aliases),
                    $"De alias '{alias}' hoort al bij {aliasOwner.Name}; een importbestand zou dan niet weten welke inkoper bedoeld is."));
            }
        }
    }

    private static void Apply(Purchaser purchaser, PurchaserEditModel edit, IReadOnlyList<Region> regions)
    {
        purchaser.Name = edit.Name;
        purchaser.Slug = edit.Slug;
        purchaser.Kind = edit.Kind;
        purchaser.ConcernId = edit.ConcernId;
        purchaser.Website = edit.Website;
        purchaser.Aliases = [.. edit.Aliases];

        // A removed label is soft-deleted (it is a required dependent: taking it out of the list deletes it).
        foreach (var removed in purchaser.Labels.Where(label => !edit.Labels.Contains(label.Name)).ToList())
        {
            purchaser.Labels.Remove(removed);
        }

        for (var index = 0; index < edit.Labels.Count; index++)
        {
            var label = purchaser.Labels.FirstOrDefault(candidate => candidate.Name == edit.Labels[index]);
            if (label is null)
            {
                purchaser.Labels.Add(new PurchaserLabel { Name = edit.Labels[index], SortOrder = index });
            }
            else if (label.SortOrder != index)
            {
                label.SortOrder = index;
            }
        }

        foreach (var region in purchaser.Regions.Where(region => !edit.RegionIds.Contains(region.Id)).ToList())
        {
            purchaser.Regions.Remove(region);
        }

        foreach (var region in regions.Where(region => !purchaser.Regions.Contains(region)))
        {
            purchaser.Regions.Add(region);
        }
    }
}
