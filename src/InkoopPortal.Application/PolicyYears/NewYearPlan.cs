using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.PolicyYears;

/// <summary>A document a purchaser already has for a year and care type: named by its title, never by its number.</summary>
public sealed record ExistingDocument(int Id, string Title, DocumentStatus Status)
{
    /// <summary>Where an editor works on it: a draft's page, or a published document's edit page.</summary>
    public string EditorUrl => Status == DocumentStatus.Draft ? $"redactie/concepten/{Id}" : $"redactie/documenten/{Id}";

    /// <summary>Why no new draft is made, in Dutch.</summary>
    public string Message(string purchaserName, int year) => Status == DocumentStatus.Draft
        ? $"Er is al een concept van {purchaserName} voor {year}: '{Title}'. Werk dat concept verder bij."
        : $"{purchaserName} heeft voor {year} al een gepubliceerd document voor deze zorgsoort: '{Title}'.";
}

/// <summary>What "Nieuw beleidsjaar" would do for one document: the new year, and the document already there for it.</summary>
public sealed record NewYearPlan(int SourceId, string SourceTitle, int Year, ExistingDocument? Existing);

/// <summary>A draft made by "Nieuw beleidsjaar voor alle documenten van een zorgsoort".</summary>
public sealed record NewYearDraft(int SourceId, string SourceTitle, string PurchaserName, int DraftId, string DraftTitle);

/// <summary>A document left alone by it, and why ("er is al een concept voor 2025", with that concept).</summary>
public sealed record NewYearSkip(int SourceId, string SourceTitle, string PurchaserName, string Reason, ExistingDocument? Existing);

/// <summary>What a care type's new year did: the drafts made and the documents skipped, with a Dutch summary.</summary>
public sealed record CareTypeNewYearResult(
    int Year, string CareTypeName, IReadOnlyList<NewYearDraft> Created, IReadOnlyList<NewYearSkip> Skipped, string Message);
