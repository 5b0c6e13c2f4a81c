using System.Globalization;

namespace InkoopPortal.Application.Import.SourceFiles;

/// <summary>
/// "pagina 12": the page of the stored original a record was read from, and the link that opens the original there
/// (<c>/bronnen/{id}/{bestand}#page=12</c>, the fragment PDF viewers open a page by). The one place that builds it.
/// </summary>
public sealed record SourcePageLink(int Page, string Url)
{
    public string Text => string.Create(CultureInfo.InvariantCulture, $"pagina {Page}");

    /// <summary>The link, or null when the record has no page or the source no stored file.</summary>
    public static SourcePageLink? For(int? sourceId, string? fileName, int? page) =>
        sourceId is { } id && fileName is not null && page is { } number
            ? new SourcePageLink(number, SourceFileQuery.PathOf(id, fileName) + string.Create(CultureInfo.InvariantCulture, $"#page={number}"))
            : null;
}
