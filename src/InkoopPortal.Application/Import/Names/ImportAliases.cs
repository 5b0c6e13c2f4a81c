using InkoopPortal.Application.Content;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.Domain.Topics;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Import.Names;

public enum AliasSaveOutcome
{
    Saved,

    /// <summary>The name already is this purchaser's or topic's name or alias: nothing to save.</summary>
    AlreadyKnown,

    Refused,
}

/// <summary>What saving an alias did, with the Dutch message for the editor.</summary>
public sealed record AliasSaveResult(AliasSaveOutcome Outcome, string Message)
{
    public bool Succeeded => Outcome != AliasSaveOutcome.Refused;
}

/// <summary>
/// Saves a name as an import wrote it ("Mentis", "Eno/Salland") as an alias of the purchaser or topic the editor
/// accepted it as, so the next import recognises it as "alias". Editors may (they import tables); the use case
/// checks that itself (ADR-011). Refused when the name already belongs to another purchaser (of either kind), or to
/// another topic of one of the topic's care types: an import would then not know which one is meant.
/// </summary>
public sealed class ImportAliases(IPortalDbContextFactory contextFactory)
{
    public async Task<AliasSaveResult> SaveAsync(
        ImportNameKind kind, string writtenName, string existingSlug, IPortalAuthorization authorization, AuditActor actor,
        CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Edit, cancellationToken);
        var alias = MarkdownText.NormalizeWhitespace(writtenName ?? "");
        if (NameKey.From(alias).Length == 0)
        {
            return Refused("Deze naam bevat geen letters of cijfers en kan geen alias zijn.");
        }

        if (alias.Length > FieldLimits.Name)
        {
            return Refused($"De naam is {alias.Length} tekens lang; een alias heeft ten hoogste {FieldLimits.Name} tekens.");
        }

        await using var context = contextFactory.CreateDbContext();
        context.Actor = actor;
        var result = kind == ImportNameKind.Purchaser
            ? await AddToPurchaserAsync(context, alias, existingSlug, cancellationToken)
            : await AddToTopicAsync(context, alias, existingSlug, cancellationToken);
        if (result.Outcome != AliasSaveOutcome.Saved)
        {
            return result;
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refused("Iemand anders heeft dit tegelijk gewijzigd; de alias is niet opgeslagen. Probeer het opnieuw.");
        }

        return result;
    }

    private static async Task<AliasSaveResult> AddToPurchaserAsync(
        IPortalDbContext context, string alias, string slug, CancellationToken cancellationToken)
    {
        var purchasers = await context.Purchasers.Include(purchaser => purchaser.Labels).ToListAsync(cancellationToken);
        if (purchasers.FirstOrDefault(purchaser => purchaser.Slug == slug) is not { } target)
        {
            return Refused($"De inkoper '{slug}' bestaat niet (meer); de alias is niet opgeslagen.");
        }

        static Owner OwnerOf(Purchaser purchaser) => new(
            purchaser.Name,
            [purchaser.Name, purchaser.Slug, .. purchaser.Aliases, .. purchaser.Labels.Select(label => label.Name)],
            alias => purchaser.Aliases = [.. purchaser.Aliases, alias]);

        return Add(alias, OwnerOf(target), purchasers.Where(other => other != target).Select(OwnerOf), "", "welke inkoper");
    }

    private static async Task<AliasSaveResult> AddToTopicAsync(
        IPortalDbContext context, string alias, string slug, CancellationToken cancellationToken)
    {
        var topics = await context.Topics.Include(topic => topic.CareTypes).ToListAsync(cancellationToken);
        if (topics.FirstOrDefault(topic => topic.Slug == slug) is not { } target)
        {
            return Refused($"Het onderwerp '{slug}' bestaat niet (meer); de alias is niet opgeslagen.");
        }

        static Owner OwnerOf(Topic topic) => new(topic.Name, [topic.Name, topic.Slug, .. topic.Aliases], alias => topic.Aliases = [.. topic.Aliases, alias]);

        // Topics of other care types may share a name: a Wlz "Maatwerkafspraken" is never matched for a Zvw table.
        var scope = target.CareTypes.Select(careType => careType.Id).ToHashSet();
        var rivals = topics.Where(other => other != target && other.CareTypes.Any(careType => scope.Contains(careType.Id)));
        return Add(alias, OwnerOf(target), rivals.Select(OwnerOf), "het onderwerp ", "welk onderwerp");
    }

    /// <summary>Adds the alias to <paramref name="target"/> unless it already has it or one of <paramref name="rivals"/> does.</summary>
    private static AliasSaveResult Add(string alias, Owner target, IEnumerable<Owner> rivals, string rivalPrefix, string whichOne)
    {
        var key = NameKey.From(alias);
        if (target.Names.Any(name => NameKey.From(name) == key))
        {
            return new AliasSaveResult(AliasSaveOutcome.AlreadyKnown, $"'{alias}' is al de naam of een alias van {target.Name}.");
        }

        if (rivals.FirstOrDefault(rival => rival.Names.Any(name => NameKey.From(name) == key)) is { } owner)
        {
            return Refused($"'{alias}' is al de naam of een alias van {rivalPrefix}{owner.Name}; als alias van {target.Name} zou een import niet weten {whichOne} bedoeld is.");
        }

        target.AddAlias(alias);
        return new AliasSaveResult(AliasSaveOutcome.Saved, $"'{alias}' is opgeslagen als alias van {target.Name}.");
    }

    private static AliasSaveResult Refused(string message) => new(AliasSaveOutcome.Refused, message);

    /// <summary>A purchaser or topic with every name it is known by, and how to give it one more.</summary>
    private sealed record Owner(string Name, IReadOnlyList<string> Names, Action<string> AddAlias);
}
