namespace InkoopPortal.Application.Documents;

/// <summary>
/// A document's full text in parts, so no page that shows it grows with what was imported (ADR-022): consecutive
/// sections up to <see cref="BudgetChars"/> characters of HTML per part; a section larger than that is cut at block
/// boundaries (<see cref="HtmlBlocks"/>) into parts of its own.
/// </summary>
public static class DocumentTextParts
{
    /// <summary>256 K characters of section HTML per part: with the page around it and its prerendered state, well under 2 MB.</summary>
    public const int BudgetChars = 256 * 1024;

    /// <summary>The most of one passage that a page listing passages (the cell page, the filing page) shows; the rest is read in the document.</summary>
    public const int PassageBudgetChars = BudgetChars / 4;

    /// <summary>
    /// The part to show of sections of these HTML lengths: part <paramref name="part"/> (clamped), or the part that holds
    /// the section at <paramref name="sectionIndex"/> when that is given. Every page that shows a text in parts uses this.
    /// A section longer than the budget is cut into <see cref="HtmlBlocks"/>: <paramref name="bodyOf"/> is asked for the
    /// HTML of such sections only, and the part says which of its pieces it shows.
    /// </summary>
    public static TextPartRange Find(
        IReadOnlyList<int> lengths, int part, int? sectionIndex = null, IReadOnlyDictionary<int, string>? oversizedBodies = null)
    {
        // The units parts are made of: a whole section, or one piece of an oversized one.
        var units = new List<(int Section, string? Piece, int Length)>();
        for (var index = 0; index < lengths.Count; index++)
        {
            if (lengths[index] > BudgetChars && oversizedBodies?.GetValueOrDefault(index) is { } body)
            {
                units.AddRange(HtmlBlocks.Split(body).Select(piece => (index, (string?)piece, piece.Length)));
            }
            else
            {
                units.Add((index, null, lengths[index]));
            }
        }

        var starts = Starts(units.Select(unit => unit.Length).ToList());
        if (sectionIndex is >= 0 and var wanted && units.FindIndex(unit => unit.Section == wanted) is >= 0 and var unitIndex)
        {
            part = PartOf(starts, unitIndex);
        }

        var range = Range(starts, units.Count, part);
        var sections = units.Skip(range.From).Take(range.Count)
            .GroupBy(unit => unit.Section)
            .Select(group => new TextPartSection(group.Key, group.First().Piece is null ? null : string.Concat(group.Select(unit => unit.Piece))))
            .ToList();
        return new TextPartRange(range.Part, Math.Max(starts.Count, 1), sections);
    }

    /// <summary>The indexes of the sections whose HTML <see cref="Find"/> needs: those longer than the budget.</summary>
    public static IEnumerable<int> Oversized(IReadOnlyList<int> lengths) =>
        Enumerable.Range(0, lengths.Count).Where(index => lengths[index] > BudgetChars);

    /// <summary>The index of the first section of each part, for sections of these HTML lengths in their order.</summary>
    public static IReadOnlyList<int> Starts(IReadOnlyList<int> lengths, int budget = BudgetChars)
    {
        var starts = new List<int>();
        long used = 0;
        for (var index = 0; index < lengths.Count; index++)
        {
            if (starts.Count == 0 || used + lengths[index] > budget)
            {
                starts.Add(index);
                used = 0;
            }

            used += lengths[index];
        }

        return starts;
    }

    /// <summary>The sections (from, count) of part <paramref name="part"/> (1-based; clamped to the parts there are).</summary>
    public static (int Part, int From, int Count) Range(IReadOnlyList<int> starts, int total, int part)
    {
        if (starts.Count == 0)
        {
            return (1, 0, 0);
        }

        part = Math.Clamp(part, 1, starts.Count);
        var from = starts[part - 1];
        var to = part < starts.Count ? starts[part] : total;
        return (part, from, to - from);
    }

    /// <summary>The part that holds the section at <paramref name="index"/>.</summary>
    public static int PartOf(IReadOnlyList<int> starts, int index)
    {
        var part = 1;
        while (part < starts.Count && starts[part] <= index)
        {
            part++;
        }

        return part;
    }
}

/// <summary>Part <see cref="Part"/> of <see cref="Parts"/> (1-based) and the sections it shows, in order.</summary>
public sealed record TextPartRange(int Part, int Parts, IReadOnlyList<TextPartSection> Sections);

/// <summary>A section in a part: <see cref="Body"/> is null for the whole section, or the pieces of an oversized one shown here.</summary>
public readonly record struct TextPartSection(int Index, string? Body);
