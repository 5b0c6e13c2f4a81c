namespace InkoopPortal.Domain.Documents;

public enum DeadlineKind
{
    Other = 0,
    PolicyPublication = 1,
    Questions = 2,
    Answers = 3,
    Application = 4,
    Offer = 5,
    Signing = 6,
    ContractedProvidersPublication = 7,
    Meeting = 8,
}

/// <summary>How exact a deadline's date is: "12 november 2023" is a day, "Oktober 2023" a month, "juli-oktober" a month range.</summary>
public enum DatePrecision
{
    Day = 1,
    Month = 2,
    Year = 3,

    /// <summary>The text gives no date that could be placed on a calendar.</summary>
    Unspecified = 4,
}

/// <summary>One step of the yearly contracting calendar (planning, tijdpad).</summary>
public class Deadline : ContentRecord, ICitesSource
{
    public int PolicyDocumentId { get; set; }

    public DeadlineKind Kind { get; set; }

    /// <summary>What happens ("Uiterste datum van ondertekening in VECOZO Zorginkoopportaal").</summary>
    public required string Description { get; set; }

    /// <summary>Who acts ("Zorgaanbieder en a.s.r."), where the source says.</summary>
    public string? Responsible { get; set; }

    /// <summary>The (first) date; for a month, its first day.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>The last date of a range or month; null for a single day.</summary>
    public DateOnly? EndDate { get; set; }

    public TimeOnly? Time { get; set; }

    public DatePrecision Precision { get; set; }

    /// <summary>The date exactly as the source writes it.</summary>
    public required string DateText { get; set; }

    public string? SourceLocation { get; set; }

    /// <summary>The page of the original (a PDF) the record stands on; null without pages (ADR-032).</summary>
    public int? SourcePage { get; set; }

    /// <summary>The sentence or table row of the source the deadline was read from, for readers to check it.</summary>
    public string? SourceText { get; set; }

    public int SortOrder { get; set; }
}
