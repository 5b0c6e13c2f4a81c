using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex;

namespace InkoopPortal.Application.Content;

public enum DiffKind
{
    Unchanged,
    Removed,
    Added,
}

/// <summary>A run of text that is the same in both versions, only in the old one, or only in the new one.</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>
/// A word-level comparison of two texts (statement Markdown of last year and this year). Pure. Whitespace and
/// punctuation are kept as their own pieces, so joining the unchanged and removed segments gives the old text back
/// exactly, and the unchanged and added segments the new one.
/// </summary>
public static partial class WordDiff
{
    public static IReadOnlyList<DiffSegment> Compare(string before, string after)
    {
        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, WordAndSpaceChunker.Instance);
        var segments = new List<DiffSegment>();
        var oldIndex = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(segments, DiffKind.Unchanged, result.PiecesOld, oldIndex, block.DeleteStartA - oldIndex);
            Add(segments, DiffKind.Removed, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(segments, DiffKind.Added, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            oldIndex = block.DeleteStartA + block.DeleteCountA;
        }

        Add(segments, DiffKind.Unchanged, result.PiecesOld, oldIndex, result.PiecesOld.Count - oldIndex);
        return segments;
    }

    public static bool HasChanges(IEnumerable<DiffSegment> segments) => segments.Any(segment => segment.Kind != DiffKind.Unchanged);

    /// <summary>The segments as HTML-encoded text with &lt;del&gt; and &lt;ins&gt; around removed and added words.</summary>
    public static string ToHtml(IEnumerable<DiffSegment> segments)
    {
        var html = new StringBuilder();
        foreach (var segment in segments)
        {
            var text = WebUtility.HtmlEncode(segment.Text);
            html.Append(segment.Kind switch
            {
                DiffKind.Removed => $"<del>{text}</del>",
                DiffKind.Added => $"<ins>{text}</ins>",
                _ => text,
            });
        }

        return html.ToString();
    }

    /// <summary>Adds pieces as one segment, merged into the previous segment when that is of the same kind.</summary>
    private static void Add(List<DiffSegment> segments, DiffKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = string.Concat(pieces.Skip(start).Take(count));
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }

    /// <summary>Words (letters and digits), runs of whitespace, and every other character on its own.</summary>
    private sealed class WordAndSpaceChunker : IChunker
    {
        public static WordAndSpaceChunker Instance { get; } = new();

        public IReadOnlyList<string> Chunk(string text) => Piece().Matches(text).Select(match => match.Value).ToList();
    }

    [GeneratedRegex(@"\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]")]
    private static partial Regex Piece();
}
