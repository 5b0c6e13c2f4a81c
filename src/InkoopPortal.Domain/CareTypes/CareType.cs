namespace InkoopPortal.Domain.CareTypes;

/// <summary>A care type (zorgsoort) such as huisartsenzorg or, under the Wlz, the sector VV.</summary>
public class CareType : ContentRecord
{
    /// <summary>Stable, lower-case slug, e.g. <c>huisartsenzorg</c> or <c>wlz-vv</c>.</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public Law Law { get; set; }

    /// <summary>Abbreviations and spellings in source documents ("elv", "V&amp;V", "Ouderenzorg").</summary>
    public List<string> Aliases { get; set; } = [];

    public int SortOrder { get; set; }
}
