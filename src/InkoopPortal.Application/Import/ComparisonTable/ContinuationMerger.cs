namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>
/// Joins the part of a cell that a page break pushed into a continuation row onto the part above it.
/// </summary>
internal static class ContinuationMerger
{
    public static void Append(CellContent above, CellContent continuation)
    {
        var blocks = continuation.Blocks;
        var last = above.Blocks.LastOrDefault();
        if (last is null)
        {
            above.Blocks.AddRange(blocks);
            return;
        }

        var rest = blocks.AsEnumerable();

        // Text without a marker at the top of the continuation is the rest of the sentence the page break split.
        if (blocks.Count > 0 && !blocks[0].StartedByMarker)
        {
            last.AppendSentence(blocks[0]);
            rest = blocks.Skip(1);
        }

        // The continuation's list restarts at the top level in the source; it really goes on where the part above
        // ended, and an item ending in ":" (that has no children yet) gets the items that follow as its children.
        var baseDepth = last.Kind == BlockKind.ListItem
            ? last.Depth + (last.PlainText.TrimEnd().EndsWith(':') ? 1 : 0)
            : 0;
        foreach (var block in rest)
        {
            if (block.Kind == BlockKind.ListItem)
            {
                block.Depth += baseDepth;
            }

            above.Blocks.Add(block);
        }
    }
}
