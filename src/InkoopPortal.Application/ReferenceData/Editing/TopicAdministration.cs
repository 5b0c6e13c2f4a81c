using InkoopPortal.Application.Editing;
using InkoopPortal.Application.History;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.Names;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Topics;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.ReferenceData.Editing;

/// <summary>What the administrator edits of a topic (a matrix row); <see cref="Id"/> 0 is a new one.</summary>
public sealed record TopicEditModel
{
    public int Id { get; init; }

    public string Name { get; set; } = "";

    /// <summary>Empty on a new topic: made from the name.</summary>
    public string Slug { get; set; } = "";

    public int? GroupId { get; set; }

    /// <summary>The "(R)" mark: a precondition (randvoorwaarde).</summary>
    public bool IsPrecondition { get; set; }

    public List<string> GuidingQuestions { get; set; } = [];

    public List<string> Aliases { get; set; } = [];

    /// <summary>What belongs under the topic (the codebook's definition).</summary>
    public string? Description { get; set; }

    /// <summary>Dutch words and phrases that point to the topic (the section mapper stems them).</summary>
    public List<string> KeyTerms { get; set; } = [];

    /// <summary>Slugs of the generic topics this topic stands for in its care types.</summary>
    public List<string> Covers { get; set; } = [];

    /// <summary>The care types the topic applies to (its scope).</summary>
    public List<int> CareTypeIds { get; set; } = [];

    public uint Version { get; set; }

    /// <summary>A copy that shares no list with this one (a form edits its lists in place).</summary>
    public TopicEditModel Copy() =>
        this with { GuidingQuestions = [.. GuidingQuestions], Aliases = [.. Aliases], KeyTerms = [.. KeyTerms], Covers = [.. Covers], CareTypeIds = [.. CareTypeIds] };
}

/// <summary>A new topic group.</summary>
public sealed record TopicGroupEditModel
{
    public string Name { get; set; } = "";

    public string Slug { get; set; } = "";
}

/// <summary>A topic in the list, with how many documents and which years have content on it.</summary>
public sealed record TopicListItem(int Id, string Slug, string Name, bool IsPrecondition, IReadOnlyList<string> CareTypeNames, int Documents = 0, IReadOnlyList<int>? Years = null)
{
    /// <summary>"3 documenten, 2022–2024", or "nog geen inhoud".</summary>
    public string UseText => Documents == 0 || Years is not { Count: > 0 } years ? "nog geen inhoud"
        : $"{Documents} {(Documents == 1 ? "document" : "documenten")}, {(years.Count == 1 ? $"{years[0]}" : years[^1] - years[0] == years.Count - 1 ? $"{years[0]}–{years[^1]}" : string.Join(", ", years))}";
}

/// <summary>A group with its topics in matrix order; <see cref="Id"/> null holds the topics without a group.</summary>
public sealed record TopicGroupListItem(int? Id, string Name, IReadOnlyList<TopicListItem> Topics, uint Version = 0);

/// <summary>A group's new name, from the list where it was shown at <see cref="Version"/>.</summary>
public sealed record TopicGroupRename(int Id, string Name, uint Version);

/// <summary>The choices of the topic form: groups and care types.</summary>
public sealed record TopicFormOptions(IReadOnlyList<ReferenceOption> Groups, IReadOnlyList<ReferenceOption> CareTypes);

/// <summary>
/// The administrator's topic management: topics grouped as in the matrix, create and edit topics and groups, move a
/// topic up or down within its group, soft delete. Every method checks <see cref="PortalPolicies.Administer"/>
/// itself. Scoped.
/// </summary>
public sealed class TopicAdministration(
    IPortalDbContextFactory contextFactory, IPortalAuthorization authorization, TimeProvider clock)
{
    private const string NoGroupName = "Zonder groep";

    public async Task<IReadOnlyList<TopicGroupListItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        var groups = await context.TopicGroups.AsNoTracking().OrderBy(group => group.SortOrder).ThenBy(group => group.Name).ToListAsync(cancellationToken);
        var topics = await context.Topics.AsNoTracking().Include(topic => topic.CareTypes).ToListAsync(cancellationToken);
        var use = await UseAsync(context, cancellationToken);
        TopicGroupListItem Item(int? groupId, string name, uint version = 0) => new(groupId, name, topics
            .Where(topic => topic.GroupId == groupId)
            .OrderBy(topic => topic.SortOrder).ThenBy(topic => topic.Name, StringComparer.CurrentCulture)
            .Select(topic => new TopicListItem(topic.Id, topic.Slug, topic.Name, topic.IsPrecondition,
                topic.CareTypes.OrderBy(careType => careType.SortOrder).Select(careType => careType.Name).ToList(),
                use.GetValueOrDefault(topic.Id).Documents, use.GetValueOrDefault(topic.Id).Years ?? []))
            .ToList(), version);
        var list = groups.Select(group => Item(group.Id, group.Name, group.RowVersion)).ToList();
        if (topics.Any(topic => topic.GroupId is null))
        {
            list.Add(Item(null, NoGroupName));
        }

        return list;
    }

    /// <summary>Per topic: the published documents with content on it, and every year they are valid in.</summary>
    private static async Task<Dictionary<int, (int Documents, IReadOnlyList<int> Years)>> UseAsync(IPortalDbContext context, CancellationToken cancellationToken)
    {
        var rows = await context.Statements.AsNoTracking()
            .Where(statement => statement.PolicyDocument!.Status == Domain.Documents.DocumentStatus.Published)
            .Select(statement => new { statement.TopicId, statement.PolicyDocumentId, statement.PolicyDocument!.ValidFromYear, statement.PolicyDocument.ValidToYear })
            .Distinct()
            .ToListAsync(cancellationToken);
        return rows.GroupBy(row => row.TopicId).ToDictionary(
            topic => topic.Key,
            topic => (topic.Select(row => row.PolicyDocumentId).Distinct().Count(),
                (IReadOnlyList<int>)topic.SelectMany(row => Enumerable.Range(row.ValidFromYear, Math.Max(1, row.ValidToYear - row.ValidFromYear + 1))).Distinct().Order().ToList()));
    }

    public async Task<TopicEditModel?> LoadAsync(int topicId, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        var topic = await context.Topics.AsNoTracking().Include(candidate => candidate.CareTypes)
            .SingleOrDefaultAsync(candidate => candidate.Id == topicId, cancellationToken);
        return topic is null ? null : ToModel(topic);
    }

    public async Task<TopicFormOptions> OptionsAsync(CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        var groups = await context.TopicGroups.AsNoTracking().OrderBy(group => group.SortOrder)
            .Select(group => new ReferenceOption(group.Id, group.Name)).ToListAsync(cancellationToken);
        var careTypes = await context.CareTypes.AsNoTracking().OrderBy(careType => careType.Law).ThenBy(careType => careType.SortOrder)
            .Select(careType => new ReferenceOption(careType.Id, careType.Name)).ToListAsync(cancellationToken);
        return new TopicFormOptions(groups, careTypes);
    }

    /// <summary>Creates (<see cref="TopicEditModel.Id"/> 0, placed last in its group) or saves the topic when valid and not changed meanwhile.</summary>
    public async Task<SaveResult<TopicEditModel>> SaveAsync(TopicEditModel edit, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        var messages = new List<FieldMessage>();
        var name = ReferenceFields.Name(messages, nameof(TopicEditModel.Name), edit.Name, FieldLimits.TopicName, "de naam");
        var slug = ReferenceFields.Slug(messages, nameof(TopicEditModel.Slug), edit.Slug, name);
        var questions = ReferenceFields.Names(
            messages, nameof(TopicEditModel.GuidingQuestions), edit.GuidingQuestions, FieldLimits.TopicName, "de hulpvraag", "hulpvragen");
        var aliases = ReferenceFields.Names(messages, nameof(TopicEditModel.Aliases), edit.Aliases, FieldLimits.TopicName, "de alias", "aliassen");
        var keyTerms = ReferenceFields.Names(messages, nameof(TopicEditModel.KeyTerms), edit.KeyTerms, FieldLimits.TopicName, "de zoekterm", "zoektermen");
        var covers = ReferenceFields.Names(messages, nameof(TopicEditModel.Covers), edit.Covers, FieldLimits.Slug, "het gedekte onderwerp", "gedekte onderwerpen");
        var description = string.IsNullOrWhiteSpace(edit.Description) ? null : edit.Description.Trim();
        if (description is { Length: > FieldLimits.StatementMarkdown })
        {
            messages.Add(new FieldMessage(nameof(TopicEditModel.Description), $"De omschrijving is te lang (ten hoogste {FieldLimits.StatementMarkdown} tekens)."));
        }

        await using var context = contextFactory.CreateDbContext();
        context.Actor = actor;
        var others = await context.Topics.AsNoTracking().Where(topic => topic.Id != edit.Id).ToListAsync(cancellationToken);
        if (others.FirstOrDefault(other => other.Slug == slug) is { } slugOwner)
        {
            messages.Add(ReferenceFields.SlugTaken(nameof(TopicEditModel.Slug), slug, slugOwner.Name));
        }

        // Only aliases the edit adds are checked against other topics: what is stored already stays saveable.
        var storedAliases = edit.Id == 0 ? [] : await context.Topics.AsNoTracking()
            .Where(topic => topic.Id == edit.Id).Select(topic => topic.Aliases).SingleOrDefaultAsync(cancellationToken) ?? [];
        foreach (var alias in aliases.Where(alias => !storedAliases.Contains(alias)))
        {
            if (others.FirstOrDefault(other => ((string[])[other.Name, other.Slug, .. other.Aliases])
                    .Any(known => NameKey.From(known) == NameKey.From(alias))) is { } owner)
            {
                messages.Add(new FieldMessage(nameof(TopicEditModel.Aliases),
                    $"De alias '{alias}' is al de naam of een alias van het onderwerp '{owner.Name}'; een importbestand zou dan niet weten welk onderwerp bedoeld is."));
            }
        }

        foreach (var covered in covers.Where(covered => !others.Any(other => other.Slug == covered)))
        {
            messages.Add(new FieldMessage(nameof(TopicEditModel.Covers), $"'{covered}' is geen slug van een ander onderwerp; een onderwerp dekt alleen bestaande (algemene) onderwerpen."));
        }

        if (edit.GroupId is { } groupId && !await context.TopicGroups.AnyAsync(group => group.Id == groupId, cancellationToken))
        {
            messages.Add(new FieldMessage(nameof(TopicEditModel.GroupId), "De gekozen groep bestaat niet meer; kies een andere."));
        }

        var careTypeIds = edit.CareTypeIds.Distinct().ToList();
        var careTypes = await context.CareTypes.Where(careType => careTypeIds.Contains(careType.Id)).ToListAsync(cancellationToken);
        if (careTypes.Count != careTypeIds.Count)
        {
            messages.Add(new FieldMessage(nameof(TopicEditModel.CareTypeIds), "Een van de gekozen zorgsoorten bestaat niet meer; kies ze opnieuw."));
        }

        if (messages.Count > 0)
        {
            return new SaveResult<TopicEditModel>.Invalid(messages);
        }

        void Apply(Topic topic)
        {
            topic.Name = name;
            topic.Slug = slug;
            topic.IsPrecondition = edit.IsPrecondition;
            topic.GuidingQuestions = questions;
            topic.Aliases = aliases;
            topic.Description = description;
            topic.KeyTerms = keyTerms;
            topic.Covers = covers;
            foreach (var removed in topic.CareTypes.Where(careType => !careTypeIds.Contains(careType.Id)).ToList())
            {
                topic.CareTypes.Remove(removed);
            }

            topic.CareTypes.AddRange(careTypes.Where(careType => !topic.CareTypes.Contains(careType)));
        }

        if (edit.Id == 0)
        {
            var topic = new Topic { Name = name, Slug = slug, GroupId = edit.GroupId, SortOrder = await NextSortOrderAsync(context, edit.GroupId, cancellationToken) };
            Apply(topic);
            context.Topics.Add(topic);
            await context.SaveChangesAsync(cancellationToken);
            return new SaveResult<TopicEditModel>.Saved(topic.RowVersion);
        }

        var stored = await context.Topics.Include(topic => topic.CareTypes).SingleOrDefaultAsync(topic => topic.Id == edit.Id, cancellationToken);
        var sortOrderInNewGroup = stored is not null && stored.GroupId != edit.GroupId
            ? await NextSortOrderAsync(context, edit.GroupId, cancellationToken)
            : stored?.SortOrder ?? 0;
        return await OptimisticSave.SaveAsync(context, stored, edit.Version, edit, ToModel, topic =>
        {
            Apply(topic);
            topic.GroupId = edit.GroupId;
            topic.SortOrder = sortOrderInNewGroup;
        }, clock, cancellationToken);
    }

    /// <summary>
    /// Moves the topic one place up (<paramref name="step"/> -1) or down (+1) within its group; false when it is
    /// already first or last (or gone). The group is numbered 1..n afterwards, so equal old numbers cannot block a move.
    /// </summary>
    public async Task<bool> MoveAsync(int topicId, int step, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        context.Actor = actor;
        var topic = await context.Topics.AsNoTracking().SingleOrDefaultAsync(candidate => candidate.Id == topicId, cancellationToken);
        if (topic is null)
        {
            return false;
        }

        var siblings = (await context.Topics.Where(candidate => candidate.GroupId == topic.GroupId).ToListAsync(cancellationToken))
            .OrderBy(candidate => candidate.SortOrder).ThenBy(candidate => candidate.Name, StringComparer.CurrentCulture)
            .ToList();
        var index = siblings.FindIndex(candidate => candidate.Id == topicId);
        var target = index + Math.Sign(step);
        if (target < 0 || target >= siblings.Count)
        {
            return false;
        }

        (siblings[index], siblings[target]) = (siblings[target], siblings[index]);
        for (var position = 0; position < siblings.Count; position++)
        {
            if (siblings[position].SortOrder != position + 1)
            {
                siblings[position].SortOrder = position + 1;
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Deletes the topic (soft) if it is still at <paramref name="version"/>; refused while statements use it.</summary>
    public async Task<SaveResult<TopicEditModel>> DeleteAsync(int topicId, uint version, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        context.Actor = actor;
        var topic = await context.Topics.Include(candidate => candidate.CareTypes).SingleOrDefaultAsync(candidate => candidate.Id == topicId, cancellationToken);
        try
        {
            return await OptimisticSave.SaveAsync(
                context, topic, version, topic is null ? new TopicEditModel { Id = topicId } : ToModel(topic),
                ToModel, stored => context.Topics.Remove(stored), clock, cancellationToken);
        }
        catch (RecordInUseException refusal)
        {
            return InUseMessage.Refused<TopicEditModel>(topic!.Name, refusal);
        }
    }

    /// <summary>Creates a topic group, placed after the last one.</summary>
    public async Task<SaveResult<TopicGroupEditModel>> CreateGroupAsync(
        TopicGroupEditModel edit, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        var messages = new List<FieldMessage>();
        var name = ReferenceFields.Name(messages, nameof(TopicGroupEditModel.Name), edit.Name, FieldLimits.Name, "de naam van de groep");
        var slug = ReferenceFields.Slug(messages, nameof(TopicGroupEditModel.Slug), edit.Slug, name);
        await using var context = contextFactory.CreateDbContext();
        context.Actor = actor;
        if (await context.TopicGroups.AsNoTracking().FirstOrDefaultAsync(group => group.Slug == slug, cancellationToken) is { } slugOwner)
        {
            messages.Add(ReferenceFields.SlugTaken(nameof(TopicGroupEditModel.Slug), slug, slugOwner.Name));
        }

        if (messages.Count > 0)
        {
            return new SaveResult<TopicGroupEditModel>.Invalid(messages);
        }

        var group = new TopicGroup
        {
            Name = name,
            Slug = slug,
            SortOrder = 1 + (await context.TopicGroups.MaxAsync(candidate => (int?)candidate.SortOrder, cancellationToken) ?? 0),
        };
        context.TopicGroups.Add(group);
        await context.SaveChangesAsync(cancellationToken);
        return new SaveResult<TopicGroupEditModel>.Saved(group.RowVersion);
    }

    /// <summary>Renames a group if it is still at the version it was shown with (a conflict shows the name it has now).</summary>
    public async Task<SaveResult<TopicGroupRename>> RenameGroupAsync(
        TopicGroupRename edit, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Administer, cancellationToken);
        var messages = new List<FieldMessage>();
        var name = ReferenceFields.Name(messages, nameof(TopicGroupRename.Name), edit.Name, FieldLimits.Name, "de naam van de groep");
        if (messages.Count > 0)
        {
            return new SaveResult<TopicGroupRename>.Invalid(messages);
        }

        await using var context = contextFactory.CreateDbContext();
        context.Actor = actor;
        var group = await context.TopicGroups.SingleOrDefaultAsync(candidate => candidate.Id == edit.Id, cancellationToken);
        return await OptimisticSave.SaveAsync(
            context, group, edit.Version, edit with { Name = name },
            stored => new TopicGroupRename(stored.Id, stored.Name, stored.RowVersion),
            stored => stored.Name = name, clock, cancellationToken);
    }

    public static TopicEditModel ToModel(Topic topic) => new()
    {
        Id = topic.Id,
        Name = topic.Name,
        Slug = topic.Slug,
        GroupId = topic.GroupId,
        IsPrecondition = topic.IsPrecondition,
        GuidingQuestions = [.. topic.GuidingQuestions],
        Aliases = [.. topic.Aliases],
        Description = topic.Description,
        KeyTerms = [.. topic.KeyTerms],
        Covers = [.. topic.Covers],
        CareTypeIds = topic.CareTypes.Select(careType => careType.Id).ToList(),
        Version = topic.RowVersion,
    };

    private static async Task<int> NextSortOrderAsync(IPortalDbContext context, int? groupId, CancellationToken cancellationToken) =>
        1 + (await context.Topics.Where(topic => topic.GroupId == groupId).MaxAsync(topic => (int?)topic.SortOrder, cancellationToken) ?? 0);
}
