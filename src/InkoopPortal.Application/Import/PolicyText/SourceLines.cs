using System.Text.RegularExpressions;

namespace InkoopPortal.Application.Import.PolicyText;

internal enum LineKind
{
    Blank,
    Heading,
    TableRow,
    Bullet,
    NumberedItem,
    Paragraph,
    FootnoteDefinition,
}

/// <summary>
/// One source line and what it is. <see cref="Text"/> is the content without its marker (heading hashes, bullet,
/// number, footnote mark); <see cref="Marker"/> keeps the number ("3.3", "1") or footnote mark ("²") where there is one.
/// <see cref="HeadingHashes"/> is the Markdown heading depth (0 in plain text).
/// </summary>
internal sealed record SourceLine(
    int LineNumber,
    LineKind Kind,
    string Text,
    string? Marker = null,
    int Depth = 0,
    int HeadingHashes = 0,
    IReadOnlyList<string>? Cells = null);

/// <summary>
/// Classifies the lines of a policy text. Two shapes are understood: Markdown-ish text, where headings start with
/// "#", and plain text from a PDF, where a heading is a short line on its own without end punctuation.
/// </summary>
internal static partial class LineClassifier
{
    /// <summary>Longest plain-text line that can be a heading in a document (a subtitle can be long).</summary>
    public const int DocumentHeadingLength = 130;

    /// <summary>Longest line that can be a slide heading; longer lines on a slide are its text.</summary>
    public const int SlideHeadingLength = 100;

    public static IReadOnlyList<SourceLine> Classify(string text, int maxHeadingLength = DocumentHeadingLength)
    {
        var lines = SplitLines(text);
        var markdownShape = lines.Any(line => MarkdownHeading().IsMatch(line));
        var result = new List<SourceLine>(lines.Length);
        for (var index = 0; index < lines.Length; index++)
        {
            var standsAlone = IsBlank(lines, index - 1) && IsBlank(lines, index + 1);
            result.Add(ClassifyLine(lines[index], index + 1, markdownShape, standsAlone && lines[index].Trim().Length <= maxHeadingLength));
        }

        return result;
    }

    public static string[] SplitLines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');

    private static bool IsBlank(string[] lines, int index) =>
        index < 0 || index >= lines.Length || string.IsNullOrWhiteSpace(lines[index]) || Separator().IsMatch(lines[index]);

    private static SourceLine ClassifyLine(string raw, int lineNumber, bool markdownShape, bool mayBeHeading)
    {
        // A line of dashes, stars or underscores separates slides or parts ("---" in Markdown decks); it holds no text.
        if (string.IsNullOrWhiteSpace(raw) || Separator().IsMatch(raw))
        {
            return new SourceLine(lineNumber, LineKind.Blank, "");
        }

        var trimmed = raw.Trim();
        if (MarkdownHeading().Match(raw) is { Success: true } heading)
        {
            return Heading(lineNumber, heading.Groups["text"].Value, heading.Groups["hashes"].Length);
        }

        if (TextTableRow.TrySplit(raw) is { } cells)
        {
            return new SourceLine(lineNumber, LineKind.TableRow, trimmed, Cells: cells);
        }

        if (BulletLine().Match(raw) is { Success: true } bullet)
        {
            var indent = bullet.Groups["indent"].Value.Replace("\t", "  ").Length;
            return new SourceLine(lineNumber, LineKind.Bullet, bullet.Groups["text"].Value.Trim(), Depth: (indent + 1) / 2);
        }

        if (FootnoteLine().Match(trimmed) is { Success: true } footnote)
        {
            return new SourceLine(lineNumber, LineKind.FootnoteDefinition, footnote.Groups["text"].Value.Trim(), footnote.Groups["mark"].Value);
        }

        if (NumberedLine().Match(trimmed) is { Success: true } numbered)
        {
            return new SourceLine(lineNumber, LineKind.NumberedItem, numbered.Groups["text"].Value.Trim(), numbered.Groups["number"].Value);
        }

        if (!markdownShape && mayBeHeading && LooksLikePlainHeading(trimmed))
        {
            return Heading(lineNumber, trimmed, 0);
        }

        return new SourceLine(lineNumber, LineKind.Paragraph, trimmed);
    }

    private static SourceLine Heading(int lineNumber, string text, int hashes)
    {
        var title = InlineText.Clean(text);
        if (ChapterHeading().Match(title) is { Success: true } chapter)
        {
            return new SourceLine(lineNumber, LineKind.Heading, chapter.Groups["title"].Value.Trim(), chapter.Groups["number"].Value, HeadingHashes: hashes);
        }

        if (NumberedHeading().Match(title) is { Success: true } numbered)
        {
            return new SourceLine(lineNumber, LineKind.Heading, numbered.Groups["title"].Value.Trim(), numbered.Groups["number"].Value, HeadingHashes: hashes);
        }

        return new SourceLine(lineNumber, LineKind.Heading, title, HeadingHashes: hashes);
    }

    /// <summary>A short line standing alone, without end punctuation, that does not look like an address or a date.</summary>
    private static bool LooksLikePlainHeading(string line)
    {
        if (".,;:!".Contains(line[^1]) || line.Contains("**"))
        {
            return false;
        }

        var first = line.FirstOrDefault(char.IsLetterOrDigit);
        if (first == default || char.IsAsciiLetterLower(first) || !line.Any(char.IsLetter))
        {
            return false;
        }

        if (char.IsAsciiDigit(first) && !NumberedHeading().IsMatch(line))
        {
            return false;
        }

        return !NotAHeading().IsMatch(line);
    }

    /// <summary>"Hoofdstuk 2 – Onze uitgangspunten", "Hoofdstuk 3: Planning": the number is the chapter's, the rest its title.</summary>
    [GeneratedRegex(@"^(?:hoofdstuk|paragraaf)\s+(?<number>\d{1,2}(?:\.\d{1,2})*)\s*[–—:.-]?\s+(?<title>\p{Lu}.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ChapterHeading();

    [GeneratedRegex(@"^\s*(?:-{3,}|\*{3,}|_{3,}|(?:-\s){2,}-|(?:\*\s){2,}\*)\s*$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?<hashes>#{1,6})\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^(?<indent>[ \t]*)[-*•▪➤–]\s+(?<text>.+)$")]
    private static partial Regex BulletLine();

    [GeneratedRegex(@"^(?<mark>[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*(?<text>.+)$")]
    private static partial Regex FootnoteLine();

    [GeneratedRegex(@"^(?<number>\d{1,2})[.)]\s+(?<text>.+)$")]
    private static partial Regex NumberedLine();

    /// <summary>"3.3 Passende zorg", "1 Wat zijn de wijzigingen per 2024?", "2. Onze visie" (a Markdown heading): a number, then a capital.</summary>
    [GeneratedRegex(@"^(?<number>\d{1,2}(?:\.\d{1,2})*)\.?\s+(?<title>\p{Lu}.*)$")]
    private static partial Regex NumberedHeading();

    /// <summary>An address, a long number, or a sentence boundary ("... uitgangspunt. Wij ...").</summary>
    [GeneratedRegex(@"@|www\.|https?://|\d{5,}|\p{Ll}[.!?]\s+\p{Lu}")]
    private static partial Regex NotAHeading();
}
