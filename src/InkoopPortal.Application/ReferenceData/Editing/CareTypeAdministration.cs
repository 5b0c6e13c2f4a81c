using InkoopPortal.Application.Editing;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain;
using InkoopPortal.Domain.CareTypes;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.ReferenceData.Editing;

/// <summary>What the administrator edits of a care type; <see cref="Id"/> 0 is a new one.</summary>
public sealed record CareTypeEditModel
{
    public int Id { get; init; }

    public string Name { get; set; } = "";

    /// <summary>Empty on a new care type: made from the name.</summary>
    public string Slug { get; set; } = "";

    public Law Law { get; set; } = Law.Zvw;

    /// <summary>The place in lists and filters (lower first).</summary>
    public int SortOrder { get; set; }

    public uint Version { get; set; }
}

/// <summary>
/// The administrator's care type management: list, create and edit. Every method checks
/// <see cref="PortalPolicies.Administer"/> itself. Scoped.
/// </summary>
public sealed class CareTypeAdministration(
    IPortalDbContextFactory contextFactory, IPortalAuthorization authorization, TimeProvider clock)
{
    public async Task<IReadOnlyList<CareTypeEditModel>> ListAsync(CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        var careTypes = await context.CareTypes.AsNoTracking()
            .OrderBy(careType => careType.Law).ThenBy(careType => careType.SortOrder).ThenBy(careType => careType.Name)
            .ToListAsync(cancellationToken);
        return careTypes.Select(ToModel).ToList();
    }

    /// <summary>An empty form for a new care type, placed after the last one.</summary>
    public async Task<CareTypeEditModel> NewAsync(CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        return new CareTypeEditModel
        {
            SortOrder = 1 + (await context.CareTypes.MaxAsync(careType => (int?)careType.SortOrder, cancellationToken) ?? 0),
        };
    }

    /// <summary>Creates (<see cref="CareTypeEditModel.Id"/> 0) or saves the care type when valid and not changed meanwhile.</summary>
    public async Task<SaveResult<CareTypeEditModel>> SaveAsync(
        CareTypeEditModel edit, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        var messages = new List<FieldMessage>();
        var name = ReferenceFields.Name(messages, nameof(CareTypeEditModel.Name), edit.Name, FieldLimits.Name, "de naam");
        var slug = ReferenceFields.Slug(messages, nameof(CareTypeEditModel.Slug), edit.Slug, name);
        if (!Enum.IsDefined(edit.Law))
        {
            messages.Add(new FieldMessage(nameof(CareTypeEditModel.Law), "Kies de wet: Zvw (zorgverzekeraars) of Wlz (zorgkantoren)."));
        }

        if (edit.SortOrder is < 0 or > 10_000)
        {
            messages.Add(new FieldMessage(nameof(CareTypeEditModel.SortOrder), "De volgorde is een getal van 0 tot en met 10.000."));
        }

        await using var context = contextFactory.CreateDbContext();
        context.Actor = actor;
        var others = await context.CareTypes.AsNoTracking().Where(careType => careType.Id != edit.Id).ToListAsync(cancellationToken);
        if (others.FirstOrDefault(other => other.Slug == slug) is { } slugOwner)
        {
            messages.Add(ReferenceFields.SlugTaken(nameof(CareTypeEditModel.Slug), slug, slugOwner.Name));
        }

        if (others.FirstOrDefault(other => string.Equals(other.Name, name, StringComparison.OrdinalIgnoreCase)) is { } nameOwner)
        {
            messages.Add(new FieldMessage(nameof(CareTypeEditModel.Name), $"Er is al een zorgsoort '{nameOwner.Name}'. Kies een andere naam."));
        }

        if (messages.Count > 0)
        {
            return new SaveResult<CareTypeEditModel>.Invalid(messages);
        }

        void Apply(CareType careType)
        {
            careType.Name = name;
            careType.Slug = slug;
            careType.Law = edit.Law;
            careType.SortOrder = edit.SortOrder;
        }

        if (edit.Id == 0)
        {
            var careType = new CareType { Name = name, Slug = slug };
            Apply(careType);
            context.CareTypes.Add(careType);
            await context.SaveChangesAsync(cancellationToken);
            return new SaveResult<CareTypeEditModel>.Saved(careType.RowVersion);
        }

        var stored = await context.CareTypes.SingleOrDefaultAsync(careType => careType.Id == edit.Id, cancellationToken);
        return await OptimisticSave.SaveAsync(context, stored, edit.Version, edit, ToModel, Apply, clock, cancellationToken);
    }

    public static CareTypeEditModel ToModel(CareType careType) => new()
    {
        Id = careType.Id,
        Name = careType.Name,
        Slug = careType.Slug,
        Law = careType.Law,
        SortOrder = careType.SortOrder,
        Version = careType.RowVersion,
    };
}
