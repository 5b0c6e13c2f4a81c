using InkoopPortal.Application.Import.SourceFiles;
using InkoopPortal.Application.Purchasers;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Sources;

namespace InkoopPortal.Application.Documents;

/// <summary>Everything one published policy document holds, ready to show.</summary>
public sealed record DocumentPage(
    int Id,
    string Title,
    PurchaserLink Purchaser,
    PolicyDocumentKind Kind,
    IReadOnlyList<string> CareTypeNames,
    int ValidFromYear,
    int ValidToYear,
    DocumentStatus Status,
    DateOnly? PublishedOn,
    string? Version,
    string? SourceUrl,
    IReadOnlyList<SourceFile> Sources,
    IReadOnlyList<TopicGroupEntry> TopicGroups,
    IReadOnlyList<ChangeEntry> Changes,
    IReadOnlyList<ConditionGroup> ConditionGroups,
    IReadOnlyList<DeadlineEntry> Deadlines,
    IReadOnlyList<FigureEntry> Figures,
    IReadOnlyList<SectionEntry> Sections)
{
    /// <summary>Which part of the full text <see cref="Sections"/> holds (1-based), of <see cref="TextParts"/> (ADR-022).</summary>
    public int TextPart { get; init; } = 1;

    public int TextParts { get; init; } = 1;

    /// <summary>True when nobody has read the document for any topic yet (no statement at all).</summary>
    public bool IsAnalysed => TopicGroups.Any(group => group.Topics.Any(topic => topic.Statements.Count > 0));
}

/// <summary>An imported file the document's content came from.</summary>
public sealed record SourceFile(
    int Id, string Title, string FileName, SourceDocumentKind Kind, string? Publisher, string? Origin, DateTimeOffset ImportedAt);

/// <summary>A group of topics ("Overige onderwerpen"); <see cref="Name"/> is null for topics without a group.</summary>
public sealed record TopicGroupEntry(string? Name, IReadOnlyList<TopicEntry> Topics);

/// <summary>One topic of the document's care types with what the document says on it (no statements: not analysed).</summary>
public sealed record TopicEntry(string Slug, string Name, bool IsPrecondition, IReadOnlyList<StatementEntry> Statements);

public sealed record StatementEntry(
    StatementStatus Status, string BodyHtml, string? CareTypeName, string? SourceTitle, string? SourceLocation,
    History.ManualEdit? Edit = null)
{
    /// <summary>"pagina 12" of the original, linked; null for a source without pages (ADR-032).</summary>
    public SourcePageLink? Page { get; init; }
}

public sealed record ChangeEntry(string? Subject, string? TopicName, string BodyHtml, string? SectionReference, string? SourceLocation = null)
{
    public SourcePageLink? Page { get; init; }
}

/// <summary>The conditions under one heading ("Minimum- en kwaliteitseisen – Dialysecentra").</summary>
public sealed record ConditionGroup(string Heading, IReadOnlyList<ConditionEntry> Conditions);

public sealed record ConditionEntry(
    ConditionKind Kind,
    string Text,
    string? ProviderType,
    string? CareTypeName,
    ThresholdLogic ThresholdLogic,
    IReadOnlyList<ThresholdEntry> Thresholds,
    string? SourceLocation)
{
    public SourcePageLink? Page { get; init; }
}

public sealed record ThresholdEntry(string Metric, ComparisonOperator Operator, decimal Value, string Unit, string SourceText);

/// <summary>A deadline with where it was read: <see cref="SourceText"/> is the sentence or table row of the source.</summary>
public sealed record DeadlineEntry(
    DeadlineKind Kind,
    string Description,
    string? Responsible,
    DateOnly? Date,
    DateOnly? EndDate,
    TimeOnly? Time,
    DatePrecision Precision,
    string DateText,
    string? SourceLocation,
    string? SourceText = null)
{
    /// <summary>The source's words when they say more than the description (a table row, the sentence around it).</summary>
    public string? SourceQuote => string.IsNullOrWhiteSpace(SourceText) || SourceText == Description ? null : SourceText;

    public SourcePageLink? Page { get; init; }
}

public sealed record FigureEntry(
    string Name, string? Category, string? CareTypeName, int? Year, decimal Value, string Unit, string? Basis, string? SourceLocation);

/// <summary>A section of the document's text with its subsections (from the flat, levelled list in the database).</summary>
public sealed record SectionEntry(int Id, string? Number, string Title, string BodyHtml, IReadOnlyList<SectionEntry> Children)
{
    /// <summary>The section's anchor on the document page, where the cell detail's passages link to.</summary>
    public string Anchor => $"sectie-{Id}";
}
