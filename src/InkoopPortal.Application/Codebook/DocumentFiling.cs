using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Codebook;

/// <summary>A policy text beside its care types' codebook, as the review page "Indelen" shows it.</summary>
public sealed record DocumentFiling(
    int DocumentId,
    string Title,
    string PurchaserName,
    string YearText,
    IReadOnlyList<string> CareTypeNames,
    bool IsPublished,
    double Threshold,
    IReadOnlyList<FilingSection> Sections,
    IReadOnlyList<FilingTopicGroup> Codebook)
{
    public string DocumentUrl => $"/documenten/{DocumentId}";

    /// <summary>Every passage of the whole document with its decisions, without text or suggestions (for the totals).</summary>
    public IReadOnlyList<FilingPassage> Decisions { get; init; } = [];

    /// <summary>Which part of the text <see cref="Sections"/> holds (1-based), of <see cref="TextParts"/> (ADR-022).</summary>
    public int TextPart { get; init; } = 1;

    public int TextParts { get; init; } = 1;

    /// <summary>Assignments the mapper made in the whole document that no editor has confirmed yet.</summary>
    public int AutomaticCount => Decisions.SelectMany(passage => passage.Assignments).Count(assignment => assignment.IsAutomatic);
}

/// <summary>A section of the document: its number, title, level, role (front/back matter) and its passages.</summary>
public sealed record FilingSection(
    int Id,
    string? Number,
    string Title,
    int Level,
    SectionRole Role,
    string? RoleReason,
    string? SourceLocation,
    int ParagraphCount,
    IReadOnlyList<FilingPassage> Passages)
{
    public string Label => Number is null ? Title : $"{Number} {Title}";

    /// <summary>The anchor of the section on the document page.</summary>
    public string Anchor => $"sectie-{Id}";
}

/// <summary>
/// A passage: the whole section or paragraphs First..Last (1-based in <see cref="RangeText"/>), its text, what it is
/// filed under and the mapper's suggestions for it (best first). <see cref="IsShortened"/>: the text shows only the
/// passage's first blocks; the document page has the rest.
/// </summary>
public sealed record FilingPassage(
    int? FirstParagraph,
    int? LastParagraph,
    string Html,
    IReadOnlyList<FilingAssignment> Assignments,
    IReadOnlyList<FilingSuggestion> Suggestions,
    bool LeftUnassigned,
    bool IsShortened = false)
{
    public bool IsWholeSection => FirstParagraph is null;

    public string RangeText => PassageRange.Describe(FirstParagraph, LastParagraph);
}

/// <summary>An assignment of a passage to a topic, automatic or confirmed by an editor.</summary>
public sealed record FilingAssignment(int Id, int TopicId, string TopicName, double? Score, string? Reasons, string? ConfirmedBy, DateTimeOffset? ConfirmedAt)
{
    public bool IsAutomatic => ConfirmedBy is null;

    /// <summary>"automatisch ingedeeld (score 72)" or "bevestigd door Anna de Vries op 5 december 2026".</summary>
    public string StateText => FilingTexts.State(ConfirmedBy, ConfirmedAt, Score);
}

/// <summary>A topic the mapper proposes for a passage, with its score (0–100) and why ("waarom hier?").</summary>
public sealed record FilingSuggestion(int TopicId, string TopicName, double Score, IReadOnlyList<string> Reasons);

public sealed record FilingTopicGroup(string? Name, IReadOnlyList<FilingTopic> Topics);

/// <summary>A topic of the codebook; <see cref="StatementId"/> is the document's statement on it (its editable summary), if any.</summary>
public sealed record FilingTopic(int Id, string Slug, string Name, string? Description, int? StatementId = null);

/// <summary>What a review action did, or why it did nothing, in Dutch.</summary>
public sealed record FilingResult(bool Succeeded, string Message);

/// <summary>A passage's paragraphs in Dutch: "hele sectie", "alinea 3" or "alinea 2–4" (1-based for readers).</summary>
public static class PassageRange
{
    public static string Describe(int? firstParagraph, int? lastParagraph) => firstParagraph is not { } first ? "hele sectie"
        : lastParagraph is { } last && last != first ? $"alinea {first + 1}–{last + 1}" : $"alinea {first + 1}";
}

/// <summary>The Dutch wording of an assignment's state, shared by the review page and the cell detail.</summary>
public static class FilingTexts
{
    private static readonly System.Globalization.CultureInfo Dutch = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");

    public static string State(string? confirmedBy, DateTimeOffset? confirmedAt, double? score) =>
        confirmedBy is null
            ? score is { } value ? $"automatisch ingedeeld (score {value:0})" : "automatisch ingedeeld"
            : confirmedAt is { } at ? $"bevestigd door {confirmedBy} op {at.ToLocalTime().ToString("d MMMM yyyy", Dutch)}" : $"bevestigd door {confirmedBy}";
}
