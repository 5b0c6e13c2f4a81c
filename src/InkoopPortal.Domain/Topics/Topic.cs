using InkoopPortal.Domain.CareTypes;

namespace InkoopPortal.Domain.Topics;

/// <summary>
/// A topic (onderwerp, thema, bouwsteen): one row of a comparison matrix, an entry of the codebook
/// (<c>data/reference/codebook.json</c>). Scoped to the care types it applies to.
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

    /// <summary>What belongs under this topic, in a sentence or two (the codebook's definition).</summary>
    public string? Description { get; set; }

    /// <summary>Dutch words and phrases that point to this topic in a heading or a passage (the section mapper stems them).</summary>
    public List<string> KeyTerms { get; set; } = [];

    /// <summary>
    /// The slugs of the generic topics this care-type-specific topic stands for (huisartsenzorg's "Algemeen" covers
    /// <c>inkoopproces-en-planning</c> and <c>contractvormen-en-looptijd</c>), so a view across care types can gather them.
    /// </summary>
    public List<string> Covers { get; set; } = [];

    public List<CareType> CareTypes { get; set; } = [];
}
