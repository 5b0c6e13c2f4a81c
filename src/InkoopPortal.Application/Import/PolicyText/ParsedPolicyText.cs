using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Import.PolicyText;

/// <summary>
/// One purchaser's own policy document (or a presentation of it) read from its text form. Lines are 1-based
/// positions in the file. Bodies are Markdown.
/// </summary>
public sealed record ParsedPolicyText(
    string Title,
    int? ValidFromYear,
    int? ValidToYear,
    DateOnly? PublishedOn,
    IReadOnlyList<ParsedSection> Sections,
    IReadOnlyList<ParsedChange> Changes,
    IReadOnlyList<ParsedCondition> Conditions,
    IReadOnlyList<ParsedDeadline> Deadlines,
    IReadOnlyList<ParsedFigure> Figures,
    IReadOnlyList<ParsedStatement> Statements);

/// <summary>A section of the text, in document order. Nothing of the source text is dropped across all sections.</summary>
public sealed record ParsedSection(string? Number, string Title, int Level, string Markdown, int Line);

/// <summary>An entry of the "Wijzigingen t.o.v. vorig jaar" table or list.</summary>
public sealed record ParsedChange(string? Subject, string Markdown, string? SectionReference, int Line);

/// <summary>A contract condition with the thresholds read from its text.</summary>
public sealed record ParsedCondition(
    string Category,
    string? ProviderType,
    string? CareTypeHint,
    ConditionKind Kind,
    string Text,
    ThresholdLogic ThresholdLogic,
    IReadOnlyList<ParsedThreshold> Thresholds,
    int Line);

public sealed record ParsedThreshold(string Metric, ComparisonOperator Operator, decimal Value, string Unit, string SourceText);

/// <summary>
/// A step of the contracting calendar: from a planning table (<see cref="SourceText"/> is the row) or from a sentence
/// of the text (<see cref="SourceText"/> is that sentence). <see cref="DateText"/> is the date as written.
/// </summary>
public sealed record ParsedDeadline(
    DeadlineKind Kind,
    string Description,
    string? Responsible,
    DateOnly? Date,
    DateOnly? EndDate,
    TimeOnly? Time,
    DatePrecision Precision,
    string DateText,
    int Line,
    string SourceText)
{
    /// <summary>The deadline to store, read at <paramref name="sourceLocation"/> ("… regel 41"): one mapping for every import.</summary>
    public Deadline ToDeadline(string sourceLocation, int sortOrder) => new()
    {
        Kind = Kind,
        Description = Description,
        Responsible = Responsible,
        Date = Date,
        EndDate = EndDate,
        Time = Time,
        Precision = Precision,
        DateText = DateText,
        SourceLocation = sourceLocation,
        SourceText = SourceText,
        SortOrder = sortOrder,
    };
}

/// <summary>A figure such as a tariff percentage; <see cref="Category"/> is the sector as written ("VV").</summary>
public sealed record ParsedFigure(string Name, string? Category, decimal Value, string Unit, string? Basis, int Line);

/// <summary>
/// What the document says on one topic, for the matrix. <see cref="TopicName"/> is the topic as the document names
/// it; <see cref="CareTypeHint"/> narrows it to one care type or Wlz sector as written ("VV", "Gehandicaptenzorg").
/// </summary>
public sealed record ParsedStatement(string TopicName, string? CareTypeHint, string Markdown, string SourceLocation, int Line);
