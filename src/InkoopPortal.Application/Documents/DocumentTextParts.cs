namespace InkoopPortal.Application.Documents;

/// <summary>
/// A document's full text in parts, so no page that shows it grows with what was imported (ADR-022): consecutive
/// sections up to <see cref="BudgetChars"/> characters of HTML per part; a section larger than that is a part of its own.
/// </summary>
public static class DocumentTextParts
{
    /// <summary>256 K characters of section HTML per part: with the page around it and its prerendered state, well under 2 MB.</summary>
    public const int BudgetChars = 256 * 1024;

    /// <summary>
    /// The part to show of sections of these HTML lengths: part <paramref name="part"/> (clamped), or the part that holds
    /// the section at <paramref name="sectionIndex"/> when that is given. Every page that shows a text in parts uses this.
    /// </summary>
    public static TextPartRange Find(IReadOnlyList<int> lengths, int part, int? sectionIndex = null)
    {
        var starts = Starts(lengths);
        if (sectionIndex is >= 0 and var index && index < lengths.Count)
        {
            part = PartOf(starts, index);
        }

        var range = Range(starts, lengths.Count, part);
        return new TextPartRange(range.Part, Math.Max(starts.Count, 1), range.From, range.Count);
    }

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

/// <summary>Part <see cref="Part"/> of <see cref="Parts"/> (1-based): sections From..From+Count-1.</summary>
public readonly record struct TextPartRange(int Part, int Parts, int From, int Count);
