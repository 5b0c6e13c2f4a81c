namespace InkoopPortal.Application.Import.Readers;

/// <summary>
/// A document read from a file (ADR-032): the policy-text form <see cref="PolicyText.PolicyTextParser"/> reads, and
/// the page of the original each of its lines came from (1-based line numbers, as every import record cites them).
/// </summary>
public sealed record ReadDocument(string Text, IReadOnlyList<int> PageOfLine, int PageCount)
{
    /// <summary>The page of a 1-based line of <see cref="Text"/>; a line past the end is on the last page.</summary>
    public int PageOf(int line) =>
        PageOfLine.Count == 0 ? 1 : PageOfLine[Math.Clamp(line, 1, PageOfLine.Count) - 1];
}
