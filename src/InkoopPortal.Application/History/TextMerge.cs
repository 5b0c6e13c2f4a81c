using DiffPlex;
using InkoopPortal.Application.Content;

namespace InkoopPortal.Application.History;

/// <summary>
/// A three-way merge of two edits of the same text (word by word, DiffPlex): what a conflict's editor is offered as
/// a starting point when both changed different parts of the text.
/// </summary>
public static class TextMerge
{
    /// <summary>Both edits combined, or null when they changed the same words differently (the editor merges by hand).</summary>
    public static string? TryMerge(string common, string mine, string theirs)
    {
        var merge = ThreeWayDiffer.Instance.CreateMerge(common, mine, theirs, ignoreWhiteSpace: false, ignoreCase: false, WordDiff.WordChunker.Instance);
        return merge.IsSuccessful ? string.Concat(merge.MergedPieces) : null;
    }
}
