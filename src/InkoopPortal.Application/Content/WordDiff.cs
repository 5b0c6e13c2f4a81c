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

/// <summary>Tokens of one kind in a row: what <see cref="WordDiff.CompareTokens{T}"/> returns.</summary>
internal sealed record DiffRun<T>(DiffKind Kind, IReadOnlyList<T> Tokens);

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
        var chunker = WordChunker.Instance;
        var runs = CompareTokens(chunker.Chunk(before), chunker.Chunk(after), unit => unit, string.IsNullOrWhiteSpace);
        var pieces = new List<DiffPiece>();
        foreach (var run in runs)
        {
            Add(pieces, run.Kind, string.Concat(run.Tokens));
        }

        return new TextDiff(pieces);
    }

    /// <summary>
    /// The diff core: two token sequences compared by <paramref name="key"/> (DiffPlex), as runs in reading order. Within a
    /// changed passage the deleted tokens come first, then the inserted ones; a lone white-space token between two
    /// changes joins them into one passage. An unchanged run holds the tokens of <paramref name="after"/>.
    /// </summary>
    internal static List<DiffRun<T>> CompareTokens<T>(
        IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> key, Func<T, bool> isWhiteSpace)
    {
        var keys = new KeyChunker(before.Select(key), after.Select(key));
        var result = Differ.Instance.CreateDiffs(KeyChunker.Before, KeyChunker.After, ignoreWhiteSpace: false, ignoreCase: false, keys);
        var passages = new List<Passage<T>>();
        var (position, positionAfter) = (0, 0);
        foreach (var block in result.DiffBlocks.OrderBy(block => block.DeleteStartA))
        {
            var same = block.DeleteStartA - position;
            passages.Add(Passage<T>.Same(Slice(after, positionAfter, same)));
            passages.Add(new Passage<T>(
                Slice(before, block.DeleteStartA, block.DeleteCountA),
                Slice(after, block.InsertStartB, block.InsertCountB),
                IsChange: true));
            position = block.DeleteStartA + block.DeleteCountA;
            positionAfter = block.InsertStartB + block.InsertCountB;
        }

        passages.Add(Passage<T>.Same(Slice(after, positionAfter, after.Count - positionAfter)));
        var runs = new List<DiffRun<T>>();
        foreach (var passage in JoinChangesAcrossSpaces(passages.Where(passage => passage.Length > 0).ToList(), isWhiteSpace))
        {
            if (!passage.IsChange)
            {
                AddRun(runs, DiffKind.Unchanged, passage.Old);
                continue;
            }

            AddRun(runs, DiffKind.Deleted, passage.Old);
            AddRun(runs, DiffKind.Inserted, passage.New);
        }

        return runs;
    }

    private static List<Passage<T>> JoinChangesAcrossSpaces<T>(List<Passage<T>> passages, Func<T, bool> isWhiteSpace)
    {
        var joined = new List<Passage<T>>();
        for (var index = 0; index < passages.Count; index++)
        {
            var passage = passages[index];
            if (passage.IsChange && joined.Count >= 2 && joined[^1] is { IsChange: false } between
                && between.Old.All(isWhiteSpace) && joined[^2].IsChange)
            {
                var earlier = joined[^2];
                joined.RemoveRange(joined.Count - 2, 2);
                passage = new Passage<T>([.. earlier.Old, .. between.Old, .. passage.Old], [.. earlier.New, .. between.New, .. passage.New], IsChange: true);
            }

            joined.Add(passage);
        }

        return joined;
    }

    private static void AddRun<T>(List<DiffRun<T>> runs, DiffKind kind, IReadOnlyList<T> tokens)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        if (runs.Count > 0 && runs[^1].Kind == kind)
        {
            runs[^1] = runs[^1] with { Tokens = [.. runs[^1].Tokens, .. tokens] };
        }
        else
        {
            runs.Add(new DiffRun<T>(kind, tokens));
        }
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

    private static List<T> Slice<T>(IReadOnlyList<T> tokens, int start, int count) =>
        Enumerable.Range(start, count).Select(index => tokens[index]).ToList();

    /// <summary>A stretch of the token sequences: the same in both (<see cref="Old"/> holds the new side's tokens), or changed.</summary>
    private sealed record Passage<T>(IReadOnlyList<T> Old, IReadOnlyList<T> New, bool IsChange)
    {
        public static Passage<T> Same(IReadOnlyList<T> tokens) => new(tokens, tokens, IsChange: false);

        public int Length => Old.Count + New.Count;
    }

    /// <summary>
    /// Hands DiffPlex the two key sequences already chunked: DiffPlex compares texts, so the two texts are stand-ins
    /// and this chunker answers each with its keys.
    /// </summary>
    private sealed class KeyChunker(IEnumerable<string> before, IEnumerable<string> after) : IChunker
    {
        public const string Before = "before";
        public const string After = "after";

        private readonly IReadOnlyList<string> _before = before.ToList();
        private readonly IReadOnlyList<string> _after = after.ToList();

        public IReadOnlyList<string> Chunk(string text) => text == Before ? _before : _after;
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
