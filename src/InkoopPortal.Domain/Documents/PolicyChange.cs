using InkoopPortal.Domain.Sources;
using InkoopPortal.Domain.Topics;

namespace InkoopPortal.Domain.Documents;

/// <summary>One entry of a policy's own "Wijzigingen t.o.v. vorig jaar" list, per topic where the source names one.</summary>
public class PolicyChange : ContentRecord, IRichText, ICitesSource
{
    public int PolicyDocumentId { get; set; }

    public int? TopicId { get; set; }

    public Topic? Topic { get; set; }

    /// <summary>The subject as the source writes it ("Administratief", "Contractvoorwaarden").</summary>
    public string? Subject { get; set; }

    public string BodyMarkdown { get; set; } = "";

    public string BodyHtml { get; set; } = "";

    /// <summary>The section the change refers to, e.g. "hoofdstuk 3.3" or "bijlage 1".</summary>
    public string? SectionReference { get; set; }

    public int? SourceDocumentId { get; set; }

    public SourceDocument? SourceDocument { get; set; }

    /// <summary>Where in the source the entry stands ("Zorginkoopbeleid 2024, regel 41"); null for an editor's own entry.</summary>
    public string? SourceLocation { get; set; }

    /// <summary>The page of the original (a PDF) the record stands on; null without pages (ADR-032).</summary>
    public int? SourcePage { get; set; }

    /// <summary>
    /// True for an entry the portal wrote itself when a new year's draft was published, for a topic whose statement
    /// changed without the editor describing the change; false for the policy's own words or an editor's.
    /// </summary>
    public bool IsGenerated { get; set; }

    public int SortOrder { get; set; }
}
