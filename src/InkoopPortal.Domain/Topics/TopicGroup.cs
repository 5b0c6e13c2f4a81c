namespace InkoopPortal.Domain.Topics;

/// <summary>A group of topic rows, e.g. "N.a.v. bouwstenen voor regionale samenwerking" or "Overige onderwerpen".</summary>
public class TopicGroup : ContentRecord
{
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public int SortOrder { get; set; }
}
