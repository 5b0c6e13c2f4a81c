using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Presentation;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Comparison;

/// <summary>What the transposed view asks for: <c>/vergelijk/onderwerp?onderwerp=regioplan&amp;zorgsoort=huisartsenzorg[&amp;inkopers=cz,vgz]</c>.</summary>
public sealed record TopicTimelineRequest(string? TopicSlug, string? CareTypeSlug, IReadOnlyList<string> PurchaserSlugs, MyRegionChoice? MyRegion = null)
{
    public const string TopicKey = "onderwerp";

    /// <summary>Reads the query-string values; every problem becomes a Dutch message.</summary>
    public static (TopicTimelineRequest Request, IReadOnlyList<string> Problems) Parse(Func<string, string?> value, string? myRegion = null)
    {
        var problems = new List<string>();
        var topic = MatrixRequestParser.ReadSlug(value(TopicKey), "onderwerp", problems);
        var careType = MatrixRequestParser.ReadSlug(value(MatrixRequest.CareTypeKey), "zorgsoort", problems);
        var purchasers = MatrixRequestParser.ReadSlugList(value(MatrixRequest.PurchasersKey), "inkopers", problems);
        return (new TopicTimelineRequest(topic, careType, purchasers, MyRegionChoice.Parse(myRegion)), problems);
    }
}

/// <summary>The transposed view's data: the resolved topic and care type, the timeline and its table HTML, messages.</summary>
public sealed record TopicTimelinePage(
    TopicOption? Topic,
    CatalogCareType? CareType,
    TopicTimeline? Timeline,
    string TableHtml,
    IReadOnlyList<string> Messages,
    IReadOnlyList<CatalogCareType> CareTypesOfTopic);

/// <summary>Reads one topic's statements of every year for the transposed view ("Door de jaren").</summary>
public sealed class TopicTimelineService(IPortalDbContextFactory contextFactory, MatrixService matrixService)
{
    public async Task<TopicTimelinePage> GetAsync(TopicTimelineRequest request, IReadOnlyList<string> problems, CancellationToken cancellationToken = default)
    {
        var catalog = await matrixService.GetCatalogAsync(cancellationToken);
        var messages = new List<string>(problems);

        var topic = request.TopicSlug is { } topicSlug ? catalog.Topics.FirstOrDefault(candidate => candidate.Slug == topicSlug) : null;
        if (topic is null)
        {
            messages.Add(request.TopicSlug is null
                ? "Kies een onderwerp om door de jaren te vergelijken."
                : $"Het onderwerp '{request.TopicSlug}' bestaat niet.");
            return new TopicTimelinePage(null, null, null, "", messages, []);
        }

        var careTypesOfTopic = catalog.CareTypes.Where(careType => topic.CareTypeIds.Contains(careType.Id)).ToList();
        var topicOption = new TopicOption(topic.Slug, topic.Name);
        var careType = request.CareTypeSlug is { } careTypeSlug
            ? careTypesOfTopic.FirstOrDefault(candidate => candidate.Slug == careTypeSlug)
            : careTypesOfTopic.FirstOrDefault(candidate => catalog.YearsWithData(candidate.Id).Count > 0) ?? careTypesOfTopic.FirstOrDefault();
        if (careType is null)
        {
            messages.Add(catalog.CareType(request.CareTypeSlug ?? "") is { } other
                ? $"Het onderwerp {topic.Name} hoort niet bij {DutchFormat.InSentence(other.Name)}."
                : $"De zorgsoort '{request.CareTypeSlug}' bestaat niet. Kies een zorgsoort uit de lijst.");
            return new TopicTimelinePage(topicOption, null, null, "", messages, careTypesOfTopic);
        }

        var withData = catalog.Coverage.Where(coverage => coverage.CareTypeId == careType.Id).Select(coverage => coverage.PurchaserId).ToHashSet();
        var (purchasers, mine) = catalog.ResolveColumns(request.PurchaserSlugs, withData, request.MyRegion, careType.Law, messages);

        await using var context = contextFactory.CreateDbContext();
        var documents = await MatrixQueries.DocumentsAsync(
            context, careType.Id, purchasers.Select(purchaser => purchaser.Id).ToList(), null, null, cancellationToken);
        var statements = await MatrixQueries.StatementInputsAsync(context, careType.Id, documents, [topic.Id], cancellationToken);

        var timeline = TopicTimelineBuilder.Build(new TimelineInput(
            new MatrixCareType(careType.Slug, careType.Name, careType.Law),
            careType.Id,
            topic.ToInput(),
            purchasers.Select(purchaser => new InputPurchaser(purchaser.Id, purchaser.Slug, purchaser.Name, purchaser.Kind)).ToList(),
            mine?.Slug,
            documents,
            statements));
        if (timeline.Rows.Count == 0)
        {
            messages.Add($"Voor {topic.Name} bij {DutchFormat.InSentence(careType.Name)} zijn nog geen documenten.");
        }

        return new TopicTimelinePage(topicOption, careType, timeline, timeline.Rows.Count == 0 ? "" : TopicTimelineHtmlWriter.Write(timeline), messages, careTypesOfTopic);
    }
}
