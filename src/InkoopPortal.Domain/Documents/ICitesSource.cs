namespace InkoopPortal.Domain.Documents;

/// <summary>
/// A record that says where in its source it was read (ADR-004, ADR-032): a location in words and, for a source with
/// pages (a PDF), the page of the original. Copies carry both (<see cref="SourceCitation.CopyCitation"/>).
/// </summary>
public interface ICitesSource
{
    /// <summary>Where in the source ("Zorginkoopbeleid 2024, regel 41", "3.3 Passende zorg").</summary>
    string? SourceLocation { get; set; }

    /// <summary>The 1-based page of the original the record stands on; null for sources without pages and editors' own records.</summary>
    int? SourcePage { get; set; }
}

public static class SourceCitation
{
    /// <summary>Gives <paramref name="target"/> the citation of <paramref name="source"/>: the one place a copy takes it over.</summary>
    public static T CopyCitation<T>(this T target, ICitesSource source)
        where T : ICitesSource
    {
        target.SourceLocation = source.SourceLocation;
        target.SourcePage = source.SourcePage;
        return target;
    }
}
