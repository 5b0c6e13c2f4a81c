using InkoopPortal.Domain.Topics;

namespace InkoopPortal.Domain.Documents;

/// <summary>
/// A passage of a policy text filed under a topic of its care types' codebook: a whole section, or the paragraphs
/// <see cref="FirstParagraph"/> to <see cref="LastParagraph"/> of it when an editor split a section that mixes subjects.
/// Made by the section mapper ("automatisch ingedeeld", with its score and the terms that decided it) or by an editor
/// (confirmed, with who and when). A confirmed assignment without a topic records that the passage belongs nowhere,
/// so no later mapping files it again. The statements of the matrix are built from a document's assignments.
/// </summary>
public class TopicAssignment : ContentRecord
{
    public int PolicyDocumentId { get; set; }

    public PolicyDocument? PolicyDocument { get; set; }

    public int DocumentSectionId { get; set; }

    public DocumentSection? Section { get; set; }

    /// <summary>The first paragraph (0-based, of the section's body) of the passage; null with <see cref="LastParagraph"/> for the whole section.</summary>
    public int? FirstParagraph { get; set; }

    /// <summary>The last paragraph of the passage, inclusive.</summary>
    public int? LastParagraph { get; set; }

    /// <summary>The topic; null when an editor decided the passage belongs to no topic.</summary>
    public int? TopicId { get; set; }

    public Topic? Topic { get; set; }

    /// <summary>The mapper's score for this topic (0–100) when the mapper proposed it; kept when an editor confirms.</summary>
    public double? Score { get; set; }

    /// <summary>What decided it, in Dutch: "kop: duurzaamheid; tekst: co2, groene zorg; lijkt op eerder ingedeelde tekst (0,41)".</summary>
    public string? Reasons { get; set; }

    /// <summary>Who confirmed, moved or made this assignment; null while it is the mapper's ("automatisch ingedeeld").</summary>
    public string? ConfirmedBy { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    public bool IsAutomatic => ConfirmedBy is null;

    public bool IsWholeSection => FirstParagraph is null;
}
