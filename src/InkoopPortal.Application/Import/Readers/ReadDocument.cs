namespace InkoopPortal.Application.Import.Readers;

/// <summary>
/// A document read from a file (ADR-032): the policy-text form <see cref="PolicyText.PolicyTextParser"/> reads, and,
/// for formats that have pages (PDF), the page of the original each of its lines came from (1-based line numbers, as
/// every import record cites them). A format without pages (a web page, a Word file without rendered page breaks)
/// has an empty <see cref="PageOfLine"/> and <see cref="PageCount"/> 0: no page is claimed rather than a wrong one.
/// </summary>
public sealed record ReadDocument(string Text, IReadOnlyList<int> PageOfLine, int PageCount)
{
    public bool HasPages => PageCount > 0 && PageOfLine.Count > 0;

    /// <summary>The page of a 1-based line of <see cref="Text"/> (a line past the end is on the last page); null without pages.</summary>
    public int? PageOf(int line) =>
        HasPages ? PageOfLine[Math.Clamp(line, 1, PageOfLine.Count) - 1] : null;

    /// <summary>A document read from a format without pages.</summary>
    public static ReadDocument WithoutPages(string text) => new(text, [], 0);
}
