using System.Text;
using System.Text.RegularExpressions;
using DiffPlex;

namespace InkoopPortal.Application.Content;

public enum DiffKind
{
    Unchanged,
    Deleted,
    Inserted,
}

/// <summary>A run of text that both versions share, or that only the old (deleted) or the new (inserted) one has.</summary>
public sealed record DiffPiece(DiffKind Kind, string Text);

/// <summary>Two versions of a text as a sequence of pieces a page can render (strike-through, underline, plain).</summary>
public sealed record TextDiff(IReadOnlyList<DiffPiece> Pieces)
{
    public bool HasChanges => Pieces.Any(piece => piece.Kind != DiffKind.Unchanged);

    /// <summary>The old text, put back together from the pieces.</summary>
    public string Before => string.Concat(Pieces.Where(piece => piece.Kind != DiffKind.Inserted).Select(piece => piece.Text));

    /// <summary>The new text, put back together from the pieces.</summary>
    public string After => string.Concat(Pieces.Where(piece => piece.Kind != DiffKind.Deleted).Select(piece => piece.Text));
}

/// <summary>
/// The one word-level diff (DiffPlex) of two texts in the portal: statement history, the new policy year's comparison
/// with last year, the year-over-year comparison, and the units of <see cref="History.TextMerge"/>. Words, runs of white space (line breaks included) and single
/// punctuation marks are the units, so every character of both texts is kept. Within a changed passage the deleted
/// words come first, then the inserted ones; a lone space between two changes joins them into one passage.
/// </summary>
public static partial class WordDiff
{
    public static TextDiff Compare(string before, string after)
    {
        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var passages = new List<Passage>();
        var position = 0;
        foreach (var block in result.DiffBlocks.OrderBy(block => block.DeleteStartA))
        {
            passages.Add(Passage.Same(Join(result.PiecesOld, position, block.DeleteStartA - position)));
            passages.Add(new Passage(
                Join(result.PiecesOld, block.DeleteStartA, block.DeleteCountA),
                Join(result.PiecesNew, block.InsertStartB, block.InsertCountB),
                IsChange: true));
            position = block.DeleteStartA + block.DeleteCountA;
        }

        passages.Add(Passage.Same(Join(result.PiecesOld, position, result.PiecesOld.Count - position)));
        return new TextDiff(ToPieces(JoinChangesAcrossSpaces(passages.Where(passage => passage.Length > 0).ToList())));
    }

    private static List<Passage> JoinChangesAcrossSpaces(List<Passage> passages)
    {
        var joined = new List<Passage>();
        for (var index = 0; index < passages.Count; index++)
        {
            var passage = passages[index];
            if (passage.IsChange && joined.Count >= 2 && joined[^1] is { IsChange: false } between
                && string.IsNullOrWhiteSpace(between.Old) && joined[^2].IsChange)
            {
                var earlier = joined[^2];
                joined.RemoveRange(joined.Count - 2, 2);
                passage = new Passage(earlier.Old + between.Old + passage.Old, earlier.New + between.New + passage.New, IsChange: true);
            }

            joined.Add(passage);
        }

        return joined;
    }

    private static List<DiffPiece> ToPieces(List<Passage> passages)
    {
        var pieces = new List<DiffPiece>();
        foreach (var passage in passages)
        {
            if (!passage.IsChange)
            {
                Add(pieces, DiffKind.Unchanged, passage.Old);
                continue;
            }

            Add(pieces, DiffKind.Deleted, passage.Old);
            Add(pieces, DiffKind.Inserted, passage.New);
        }

        return pieces;
    }

    private static void Add(List<DiffPiece> pieces, DiffKind kind, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (pieces.Count > 0 && pieces[^1].Kind == kind)
        {
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        }
        else
        {
            pieces.Add(new DiffPiece(kind, text));
        }
    }

    private static string Join(IReadOnlyList<string> pieces, int start, int count)
    {
        var text = new StringBuilder();
        for (var index = start; index < start + count; index++)
        {
            text.Append(pieces[index]);
        }

        return text.ToString();
    }

    /// <summary>A stretch of the texts: the same in both (<see cref="Old"/> = <see cref="New"/>), or changed.</summary>
    private sealed record Passage(string Old, string New, bool IsChange)
    {
        public static Passage Same(string text) => new(text, text, IsChange: false);

        public int Length => Old.Length + New.Length;
    }

    [GeneratedRegex(@"\w+|\s+|[^\w\s]")]
    private static partial Regex Units();

    /// <summary>Words, runs of white space and single punctuation marks: the units of the diff and of <see cref="History.TextMerge"/>.</summary>
    internal sealed class WordChunker : IChunker
    {
        public static readonly WordChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text) => Units().Matches(text).Select(match => match.Value).ToList();
    }
}
