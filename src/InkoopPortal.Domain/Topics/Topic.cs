using InkoopPortal.Domain.CareTypes;

namespace InkoopPortal.Domain.Topics;

/// <summary>
/// A topic (onderwerp, thema, bouwsteen): one row of a comparison matrix. Scoped to the care types it applies to.
/// </summary>
public class Topic : ContentRecord
{
    /// <summary>Stable, lower-case slug, e.g. <c>regioplan</c>.</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public int? GroupId { get; set; }

    public TopicGroup? Group { get; set; }

    /// <summary>Order within the group (groups have their own order).</summary>
    public int SortOrder { get; set; }

    /// <summary>Marked "(R)" in the sources: a randvoorwaarde (precondition).</summary>
    public bool IsPrecondition { get; set; }

    /// <summary>The guiding questions under the topic name (the italic sub-lines of the memo).</summary>
    public List<string> GuidingQuestions { get; set; } = [];

    /// <summary>Other names of this topic in source documents.</summary>
    public List<string> Aliases { get; set; } = [];

    public List<CareType> CareTypes { get; set; } = [];
}
