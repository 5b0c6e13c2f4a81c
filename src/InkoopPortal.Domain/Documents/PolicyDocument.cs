using InkoopPortal.Domain.CareTypes;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.Domain.Sources;

namespace InkoopPortal.Domain.Documents;

public enum DocumentStatus
{
    Draft = 0,
    Published = 1,
}

public enum PolicyDocumentKind
{
    /// <summary>Zorginkoopbeleid / inkoopbeleid / contracteerbeleid of a health insurer.</summary>
    PurchasingPolicy = 1,

    /// <summary>Inkoopkader / inkoopdocument of a Wlz care office.</summary>
    PurchasingFramework = 2,

    /// <summary>A presentation that explains a purchasing policy.</summary>
    Presentation = 3,
}

/// <summary>
/// One purchaser's published purchasing policy for one or more care types, valid for a range of years
/// (a.s.r. elv/grz/gzsp 2023-2024; a Wlz framework 2024-2026). Everything the matrix shows hangs off a document.
/// </summary>
public class PolicyDocument : ContentRecord
{
    public int PurchaserId { get; set; }

    public Purchaser? Purchaser { get; set; }

    public required string Title { get; set; }

    public PolicyDocumentKind Kind { get; set; } = PolicyDocumentKind.PurchasingPolicy;

    public List<CareType> CareTypes { get; set; } = [];

    /// <summary>First contract year the document is valid for.</summary>
    public int ValidFromYear { get; set; }

    /// <summary>Last contract year the document is valid for (equal to <see cref="ValidFromYear"/> for a one-year policy).</summary>
    public int ValidToYear { get; set; }

    public string? SourceUrl { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public string? Version { get; set; }

    public DocumentStatus Status { get; set; } = DocumentStatus.Published;

    /// <summary>
    /// The document this one was drafted from ("Nieuw beleidsjaar"): last year's policy of the same purchaser and
    /// care types. Changes are judged against it when the draft is published.
    /// </summary>
    public int? PredecessorId { get; set; }

    public PolicyDocument? Predecessor { get; set; }

    /// <summary>The import that made this document (a draft until an editor publishes it); null for documents made by hand.</summary>
    public int? ImportSourceId { get; set; }

    public SourceDocument? ImportSource { get; set; }

    /// <summary>
    /// For a draft that an import made for a purchaser that already has a published document for the year and care
    /// types: that document. Publishing the draft writes its statements into it (the document keeps its address and
    /// history) instead of publishing a second document.
    /// </summary>
    public int? RevisesDocumentId { get; set; }

    public PolicyDocument? RevisesDocument { get; set; }

    public List<Statement> Statements { get; set; } = [];

    public List<PolicyChange> Changes { get; set; } = [];

    public List<ContractCondition> Conditions { get; set; } = [];

    public List<Deadline> Deadlines { get; set; } = [];

    public List<Figure> Figures { get; set; } = [];

    public List<DocumentSection> Sections { get; set; } = [];

    /// <summary>Which passages of the sections are filed under which topics of the codebook.</summary>
    public List<TopicAssignment> Assignments { get; set; } = [];

    public bool IsValidIn(int year) => year >= ValidFromYear && year <= ValidToYear;
}
