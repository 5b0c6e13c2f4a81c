using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace InkoopPortal.Application.Import.Readers.Pdf;

/// <summary>A word on a PDF page: its text, box (PDF points, y upwards), font size and weight.</summary>
public sealed record PdfWord(string Text, double Left, double Right, double Bottom, double Top, double FontSize, bool Bold);

/// <summary>A vertical line drawn on a page (a table's cell border): its x and vertical extent, in PDF points.</summary>
public sealed record PdfVerticalRule(double X, double Bottom, double Top);

/// <summary>The words of one page (1-based <see cref="Number"/>), and the vertical rules drawn on it (table borders).</summary>
public sealed record PdfPageWords(int Number, double Width, double Height, IReadOnlyList<PdfWord> Words, IReadOnlyList<PdfVerticalRule>? VerticalRules = null);

/// <summary>
/// Turns positioned words into the policy-text form (ADR-032), without PdfPig, so it can be tested on made-up pages:
/// lines by height, segments split at wide gaps, running headers, footers and page numbers dropped, two-column pages
/// read column by column, then headings, lists, tables and paragraphs, each output line with its page.
/// </summary>
public static partial class PdfLayout
{
    /// <summary>A gap between words wider than this many times the font size splits a line into segments (cells, columns).</summary>
    private const double SegmentGap = 0.9;

    /// <summary>The top and bottom share of a page where running headers, footers and page numbers live.</summary>
    private const double MarginZone = 0.12;

    private const double HeadingSizeRatio = 1.15;

    private const int MaxHeadingLength = 130;

    /// <summary>Items of one list are at most this many line spacings apart (a nested list ends with a margin).</summary>
    private const double ListGap = 2.1;

    public static ReadDocument Lay(IReadOnlyList<PdfPageWords> pages)
    {
        var pageLines = pages.Select(page => (Page: page, Lines: Lines(page))).ToList();
        var running = RunningLines(pageLines.Select(entry => (entry.Page, entry.Lines)).ToList());
        var ordered = new List<Line>();
        var rules = pages.ToDictionary(page => page.Number, page => page.VerticalRules ?? []);
        foreach (var (page, lines) in pageLines)
        {
            var body = lines.Where(line => !running.Contains(line) && !IsPageNumber(line, page)).ToList();
            ordered.AddRange(ReadingOrder(body, page));
        }

        return new Assembler(ordered, pages.Count, rules).Run();
    }

    internal sealed class Line(int page, List<PdfWord> words)
    {
        public int Page { get; } = page;

        public List<PdfWord> Words { get; } = words;

        public double Left => Words[0].Left;

        public double Right => Words.Max(word => word.Right);

        public double Top => Words.Max(word => word.Top);

        public double Bottom => Words.Min(word => word.Bottom);

        public double FontSize => Words.GroupBy(word => Math.Round(word.FontSize * 2) / 2)
            .OrderByDescending(group => group.Sum(word => word.Text.Length)).First().Key;

        public bool Bold => Words.All(word => word.Bold || !word.Text.Any(char.IsLetter));

        public string Text => string.Join(" ", Words.Select(word => word.Text));

        /// <summary>Runs of words separated by gaps wider than <see cref="SegmentGap"/> font sizes.</summary>
        public List<List<PdfWord>> Segments()
        {
            var segments = new List<List<PdfWord>> { new() { Words[0] } };
            for (var index = 1; index < Words.Count; index++)
            {
                var gap = Words[index].Left - Words[index - 1].Right;
                if (gap > SegmentGap * Math.Max(Words[index].FontSize, Words[index - 1].FontSize))
                {
                    segments.Add([]);
                }

                segments[^1].Add(Words[index]);
            }

            return segments;
        }
    }

    /// <summary>
    /// Words whose vertical middles fall within one another's height make one line, left to right. A word much lower
    /// than the line (a dash, dot leaders, a bullet, a footnote marker: glyph boxes are tight) joins it when its
    /// middle falls within the line's height.
    /// </summary>
    private static List<Line> Lines(PdfPageWords page)
    {
        var lines = new List<List<PdfWord>>();
        foreach (var word in page.Words.Where(word => word.Text.Trim().Length > 0).OrderByDescending(word => word.Top).ThenBy(word => word.Left))
        {
            var middle = (word.Top + word.Bottom) / 2;
            var line = lines.LastOrDefault(candidate =>
            {
                var top = candidate.Max(other => other.Top);
                var bottom = candidate.Min(other => other.Bottom);
                var candidateMiddle = (top + bottom) / 2;
                var small = word.Top - word.Bottom < (top - bottom) * 0.75;
                return middle <= top && middle >= bottom && (small || (candidateMiddle <= word.Top && candidateMiddle >= word.Bottom));
            });
            if (line is null)
            {
                lines.Add([word]);
            }
            else
            {
                line.Add(word);
            }
        }

        // A line much lower than its neighbour whose middle falls within the neighbour's height (a footnote marker
        // drawn above its line's words, met first from the top) is part of it.
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            var (top, bottom) = (line.Max(word => word.Top), line.Min(word => word.Bottom));
            // The neighbour's height reaches at least a font size above its lowest point: a line of lower-case letters
            // without ascenders ("gegevens aan") is as tall as any.
            var host = lines.FirstOrDefault(other => other != line
                && Math.Max(other.Max(word => word.Top), other.Min(word => word.Bottom) + other.Max(word => word.FontSize)) is var otherTop
                && otherTop - other.Min(word => word.Bottom) > (top - bottom) / 0.75
                && (top + bottom) / 2 <= otherTop && (top + bottom) / 2 >= other.Min(word => word.Bottom));
            if (host is not null)
            {
                host.AddRange(line);
                lines.RemoveAt(index--);
            }
        }

        return lines.Select(words => new Line(page.Number, words.OrderBy(word => word.Left).ToList())).ToList();
    }

    /// <summary>
    /// Lines in the top or bottom margin zone whose text (digits ignored) comes back at about the same height on at
    /// least half the pages (and on two or more): running headers and footers.
    /// </summary>
    private static HashSet<Line> RunningLines(List<(PdfPageWords Page, List<Line> Lines)> pages)
    {
        var result = new HashSet<Line>();
        if (pages.Count < 2)
        {
            return result;
        }

        var marginal = pages.SelectMany(entry => entry.Lines.Where(line => InMargin(line, entry.Page))
                .Select(line => (Line: line, Key: RunningKey(line))))
            .GroupBy(entry => entry.Key);
        foreach (var group in marginal)
        {
            var pagesWithIt = group.Select(entry => entry.Line.Page).Distinct().Count();
            if (pagesWithIt >= 2 && pagesWithIt * 2 >= pages.Count)
            {
                result.UnionWith(group.Select(entry => entry.Line));
            }
        }

        // A running line stands at the page's edge: only other running lines or a page number lie between it and
        // the edge. A short line of prose that happens to come back at the same height on another page is body text.
        bool changed;
        do
        {
            changed = false;
            foreach (var (page, lines) in pages)
            {
                foreach (var line in lines.Where(result.Contains).ToList())
                {
                    var header = line.Bottom > page.Height * (1 - MarginZone);
                    var outside = lines.Where(other => header ? other.Bottom > line.Top : other.Top < line.Bottom);
                    if (outside.Any(other => !result.Contains(other) && !IsPageNumber(other, page)))
                    {
                        changed |= result.Remove(line);
                    }
                }
            }
        }
        while (changed);

        return result;
    }

    /// <summary>The text with each run of digits as one "#" (page 9 and page 10 alike) and only letters kept (separators such as "·" may come and go), and its height in steps of 12 points.</summary>
    private static string RunningKey(Line line) =>
        NotLetter().Replace(Digits().Replace(line.Text, "#"), "") + "@" + Math.Round(line.Top / 12).ToString(CultureInfo.InvariantCulture);

    private static bool InMargin(Line line, PdfPageWords page) =>
        line.Bottom > page.Height * (1 - MarginZone) || line.Top < page.Height * MarginZone;

    /// <summary>"Pagina 3 van 12", "3 / 12", "- 3 -", "3" alone in the top or bottom margin.</summary>
    private static bool IsPageNumber(Line line, PdfPageWords page) => InMargin(line, page) && PageNumber().IsMatch(line.Text.Trim());

    /// <summary>
    /// A page read column by column when a gutter near the middle is crossed by no line over a band of prose on both
    /// sides; lines crossing it (a title, a full-width table) cut the page into bands read one after the other.
    /// </summary>
    private static List<Line> ReadingOrder(List<Line> lines, PdfPageWords page)
    {
        var gutter = Gutter(lines, page);
        if (gutter is null)
        {
            return lines;
        }

        var x = gutter.Value;
        var result = new List<Line>();
        var left = new List<Line>();
        var right = new List<Line>();
        void FlushBand()
        {
            result.AddRange(left);
            result.AddRange(right);
            left.Clear();
            right.Clear();
        }

        foreach (var line in lines)
        {
            if (line.Words.Any(word => word.Left < x && word.Right > x))
            {
                FlushBand();
                result.Add(line);
                continue;
            }

            var leftWords = line.Words.Where(word => word.Right <= x).ToList();
            var rightWords = line.Words.Where(word => word.Left >= x).ToList();
            if (leftWords.Count > 0)
            {
                left.Add(new Line(line.Page, leftWords));
            }

            if (rightWords.Count > 0)
            {
                right.Add(new Line(line.Page, rightWords));
            }
        }

        FlushBand();
        return result;
    }

    private static double? Gutter(List<Line> lines, PdfPageWords page)
    {
        if (lines.Count < 8)
        {
            return null;
        }

        // The middle of the widest band of x positions with the fewest lines crossing them.
        var candidates = new List<(double X, int Crossings)>();
        for (var x = page.Width * 0.35; x <= page.Width * 0.65; x += 2)
        {
            candidates.Add((x, lines.Count(line => line.Words.Any(word => word.Left < x && word.Right > x))));
        }

        var fewest = candidates.Min(candidate => candidate.Crossings);
        if (fewest * 5 > lines.Count)
        {
            return null;
        }

        var band = candidates.Select((candidate, index) => (candidate, index)).Where(entry => entry.candidate.Crossings == fewest).ToList();
        var runs = band.Aggregate(new List<List<double>>(), (found, entry) =>
        {
            if (found.Count == 0 || entry.candidate.X - found[^1][^1] > 2.5)
            {
                found.Add([]);
            }

            found[^1].Add(entry.candidate.X);
            return found;
        });
        var widest = runs.OrderByDescending(run => run.Count).First();
        var gutter = (widest[0] + widest[^1]) / 2;

        // Prose on both sides, side by side: lines of one run of several words left and right of the gutter whose
        // heights overlap (a table's side holds several cells; a narrow first column holds a word or two).
        var left = lines.Select(line => new { line.Top, line.Bottom, Words = line.Words.Where(word => word.Right <= gutter).ToList() })
            .Where(side => side.Words.Count > 0).ToList();
        var right = lines.Select(line => new { line.Top, line.Bottom, Words = line.Words.Where(word => word.Left >= gutter).ToList() })
            .Where(side => side.Words.Count > 0).ToList();
        if (left.Count < 4 || right.Count < 4)
        {
            return null;
        }

        var prose = left.Concat(right).ToList();
        var singleRuns = prose.Count(side => new Line(page.Number, side.Words).Segments().Count == 1);
        var overlap = Math.Min(left.Max(side => side.Top), right.Max(side => side.Top)) - Math.Max(left.Min(side => side.Bottom), right.Min(side => side.Bottom));
        return left.Average(side => side.Words.Count) >= 4 && right.Average(side => side.Words.Count) >= 4
            && singleRuns * 10 >= prose.Count * 9 && overlap > page.Height * 0.1 ? gutter : null;
    }

    /// <summary>Builds the output text from lines in reading order.</summary>
    private sealed class Assembler
    {
        private readonly List<Line> _lines;
        private readonly int _pageCount;
        private readonly double _bodySize;
        private readonly double _lineSpacing;
        private readonly Dictionary<double, int> _headingLevels;
        private readonly HashSet<string> _words;
        private readonly Dictionary<int, double> _rightEdges;
        private readonly HashSet<string> _hyphenParts;
        private readonly List<(string Text, int Page)> _output = [];
        private double[]? _openTableColumns;
        private (string?[] Cells, int OutputIndex)? _openRow;
        private string? _openTableHeader;

        private readonly Dictionary<int, IReadOnlyList<PdfVerticalRule>> _rules;

        public Assembler(List<Line> lines, int pageCount, Dictionary<int, IReadOnlyList<PdfVerticalRule>> rules)
        {
            _rules = rules;
            _lines = lines;
            _pageCount = pageCount;
            _bodySize = lines.SelectMany(line => line.Words).GroupBy(word => Math.Round(word.FontSize * 2) / 2)
                .OrderByDescending(group => group.Sum(word => word.Text.Length)).Select(group => group.Key).FirstOrDefault(10);
            var gaps = lines.Zip(lines.Skip(1))
                .Where(pair => pair.First.Page == pair.Second.Page && Math.Abs(pair.First.FontSize - _bodySize) < 0.6 && Math.Abs(pair.Second.FontSize - _bodySize) < 0.6)
                .Select(pair => pair.First.Bottom - pair.Second.Bottom)
                .Where(gap => gap > 0 && gap < _bodySize * 2.5)
                .OrderBy(gap => gap).ToList();
            _lineSpacing = gaps.Count > 0 ? gaps[gaps.Count / 3] : _bodySize * 1.3;
            _headingLevels = lines.Where(line => line.FontSize >= _bodySize * HeadingSizeRatio && line.Text.Length <= MaxHeadingLength)
                .Select(line => line.FontSize).Distinct().OrderByDescending(size => size)
                .Select((size, index) => (size, index)).ToDictionary(entry => entry.size, entry => Math.Min(entry.index + 1, 5));
            _rightEdges = lines.GroupBy(line => line.Page).ToDictionary(group => group.Key, group => group.Max(line => line.Right));
            _words = lines.SelectMany(line => line.Words)
                .Select(word => word.Text.Trim(',', '.', ';', ':', '(', ')', '"', '\'', '!', '?').ToLowerInvariant())
                .Where(word => word.Length > 0 && !word.EndsWith('-')).ToHashSet();
            _hyphenParts = _words.Select(word => word.IndexOf('-', StringComparison.Ordinal)).Zip(_words)
                .Where(entry => entry.First > 0 && entry.First < entry.Second.Length - 1).Select(entry => entry.Second[..(entry.First + 1)]).ToHashSet();
        }

        public ReadDocument Run()
        {
            var index = 0;
            while (index < _lines.Count)
            {
                var line = _lines[index];
                if (IsHeading(line))
                {
                    index = Heading(index);
                }
                else if (ContentsRun(index) is { } contentsEnd)
                {
                    index = Contents(index, contentsEnd);
                }
                else if (TableRun(index) is { } end)
                {
                    index = Table(index, end);
                    continue;
                }
                else if (ListMarker(line) is not null)
                {
                    index = ListItem(index);
                }
                else
                {
                    index = Paragraph(index);
                }

                _openTableColumns = null;
                _openRow = null;
                _openTableHeader = null;
            }

            while (_output.Count > 0 && _output[^1].Text.Length == 0)
            {
                _output.RemoveAt(_output.Count - 1);
            }

            return new ReadDocument(string.Join("\n", _output.Select(entry => entry.Text)), _output.Select(entry => entry.Page).ToList(), _pageCount);
        }

        private bool IsHeading(Line line)
        {
            var text = line.Text;
            if (text.Length > MaxHeadingLength || ListMarker(line) is not null || line.Segments().Count > 1 || !text.Any(char.IsLetter))
            {
                return false;
            }

            if (line.FontSize >= _bodySize * HeadingSizeRatio)
            {
                return true;
            }

            // A bold line of body size is a heading when it starts with a capital (after its number) and ends without punctuation.
            return line.Bold && !".,;:".Contains(text[^1]) && char.IsUpper(text.First(char.IsLetter));
        }

        private int Level(Line line) =>
            _headingLevels.TryGetValue(line.FontSize, out var level) ? level : _headingLevels.Count + 1;

        /// <summary>A heading, with the lines it wraps onto (same size and weight, close below).</summary>
        private int Heading(int index)
        {
            var first = _lines[index];
            var text = first.Text;
            var next = index + 1;
            while (next < _lines.Count && _lines[next].Page == first.Page && Math.Abs(_lines[next].FontSize - first.FontSize) < 0.3
                   && _lines[next].Bold == first.Bold && ListMarker(_lines[next]) is null && _lines[next].Segments().Count == 1
                   && Close(_lines[next - 1], _lines[next], 1.6 * first.FontSize / _bodySize)
                   && !NumberedTitle().IsMatch(_lines[next].Text) && Wraps(_lines[next - 1], _lines[next]))
            {
                text = TextNormalizer.JoinHyphenated(text, _lines[next].Text, HasWord);
                next++;
            }

            Block(first.Page, new string('#', Level(first)) + " " + text);
            return next;
        }

        /// <summary>
        /// Whether <paramref name="below"/> goes on from <paramref name="above"/> because its first word did not fit
        /// at the end of it: the two lines start together and the first word would have run past the right edge of the
        /// text starting there. Two short headings one under the other are two headings.
        /// </summary>
        private bool Wraps(Line above, Line below)
        {
            if (Math.Abs(above.Left - below.Left) > 3 * _bodySize)
            {
                return true; // centred or hanging: no edge to measure against
            }

            var edge = _rightEdges.TryGetValue(above.Page, out var edges) ? edges : above.Right;
            var firstWord = below.Words[0];
            return above.Right + 0.3 * above.FontSize + (firstWord.Right - firstWord.Left) > edge - 2;
        }

        private bool Close(Line above, Line below, double spacings) =>
            above.Page == below.Page && above.Bottom - below.Bottom <= _lineSpacing * spacings + 0.5;

        private static string? ListMarker(Line line)
        {
            var first = line.Words[0].Text;
            return Bullet().IsMatch(first) || (NumberMarker().IsMatch(first) && line.Words.Count > 1) ? first : null;
        }

        private int ListItem(int index)
        {
            var first = _lines[index];
            var marker = ListMarker(first)!;
            var textLeft = first.Words.Count > 1 ? first.Words[1].Left : first.Right;
            var text = string.Join(" ", first.Words.Skip(1).Select(word => word.Text));
            var next = index + 1;
            if (text.Length == 0)
            {
                // A bullet on a line of its own: its text is the next line, if close; otherwise it is no item at all.
                if (next >= _lines.Count || ListMarker(_lines[next]) is not null || IsHeading(_lines[next]) || !Close(first, _lines[next], 1.3))
                {
                    return next;
                }

                textLeft = _lines[next].Left;
                text = _lines[next].Text;
                next++;
            }

            while (next < _lines.Count && ListMarker(_lines[next]) is null && !IsHeading(_lines[next]) && Close(_lines[next - 1], _lines[next], 1.3)
                   && Math.Abs(_lines[next].Left - textLeft) < 3)
            {
                text = TextNormalizer.JoinHyphenated(text, _lines[next].Text, HasWord);
                next++;
            }

            var depth = Depth(first);
            var prefix = Bullet().IsMatch(marker) ? "- " : NumberMarker().Match(marker).Groups["number"].Value is { Length: > 0 } number ? number + ". " : "- ";
            if (!IsListContinuation(index))
            {
                Blank(first.Page);
            }

            _output.Add((new string(' ', depth * 2) + prefix + text, first.Page));
            return next;
        }

        private bool IsListContinuation(int index)
        {
            for (var back = index - 1; back >= 0 && Close(_lines[back], _lines[back + 1], ListGap); back--)
            {
                if (ListMarker(_lines[back]) is not null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Depth of a list item: how many distinct marker indents of its list lie left of its own.</summary>
        private int Depth(Line item)
        {
            var run = new List<Line> { item };
            var indexOf = _lines.IndexOf(item);
            for (var back = indexOf - 1; back >= 0 && Close(_lines[back], _lines[back + 1], ListGap) && !IsHeading(_lines[back]); back--)
            {
                if (ListMarker(_lines[back]) is not null)
                {
                    run.Add(_lines[back]);
                }
            }

            var indents = run.Select(line => line.Left).OrderBy(left => left).Aggregate(new List<double>(), (clusters, left) =>
            {
                if (clusters.Count == 0 || left - clusters[^1] > 4)
                {
                    clusters.Add(left);
                }

                return clusters;
            });
            return indents.Count(left => left < item.Left - 4);
        }

        private int Paragraph(int index)
        {
            var first = _lines[index];
            var text = first.Text;
            var next = index + 1;
            while (next < _lines.Count && !IsHeading(_lines[next]) && ListMarker(_lines[next]) is null && TableRun(next) is null
                   && Close(_lines[next - 1], _lines[next], 1.35) && Math.Abs(_lines[next].FontSize - first.FontSize) < 0.6)
            {
                text = TextNormalizer.JoinHyphenated(text, _lines[next].Text, HasWord);
                next++;
            }

            // A sentence broken over a page goes on as a new line of the same paragraph (the parser joins them).
            var previous = _output.Count > 0 ? _output[^1] : default;
            var continues = previous.Text is { Length: > 0 } previousText && previous.Page < first.Page && !previousText.StartsWith('#')
                && !previousText.StartsWith('|') && char.IsLower(text[0]) && !".!?:".Contains(previousText[^1]);
            if (continues && previous.Text!.EndsWith('-'))
            {
                _output[^1] = (TextNormalizer.JoinHyphenated(previous.Text, text, HasWord), previous.Page);
                return next;
            }

            if (!continues)
            {
                Blank(first.Page);
            }

            _output.Add((text, first.Page));
            return next;
        }

        /// <summary>
        /// The end (exclusive) of a table of contents starting at <paramref name="index"/>: three or more close lines
        /// that end in a page number at the same right edge, the numbers not going down, not drawn as a bordered table
        /// (a grid with vertical rules between title and number is a table, whatever it lists). Entries may be indented
        /// by level, so they do not line up in columns as a table's cells do.
        /// </summary>
        private int? ContentsRun(int index)
        {
            static int? PageNumberAtEnd(Line line)
            {
                var segments = line.Segments();
                return segments.Count >= 2 && segments[^1].Count == 1 && int.TryParse(segments[^1][0].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                    && number is > 0 and < 1000 ? number : null;
            }

            if (PageNumberAtEnd(_lines[index]) is not { } firstNumber)
            {
                return null;
            }

            var right = _lines[index].Right;
            var previous = firstNumber;
            var end = index + 1;
            while (end < _lines.Count && Close(_lines[end - 1], _lines[end], 2.2) && PageNumberAtEnd(_lines[end]) is { } number
                   && number >= previous && Math.Abs(_lines[end].Right - right) < 3)
            {
                previous = number;
                end++;
            }

            if (end - index < 3)
            {
                return null;
            }

            var top = _lines[index].Top;
            var bottom = _lines[end - 1].Bottom;
            var titlesEnd = _lines.Skip(index).Take(end - index).Max(line => line.Segments()[^2].Max(word => word.Right));
            var numbersStart = _lines.Skip(index).Take(end - index).Min(line => line.Words[^1].Left);
            var ruled = _rules.TryGetValue(_lines[index].Page, out var rules)
                && rules.Any(rule => rule.X > titlesEnd && rule.X < numbersStart && rule.Top > bottom && rule.Bottom < top);
            return ruled ? null : end;
        }

        /// <summary>A table of contents as a list of its entries ("Artikel 3 Kwaliteit … 4"), indented by level.</summary>
        private int Contents(int index, int end)
        {
            Blank(_lines[index].Page);
            var indents = _lines.Skip(index).Take(end - index).Select(line => line.Left).Distinct().Order().ToList();
            for (var at = index; at < end; at++)
            {
                var line = _lines[at];
                var depth = indents.Count(left => left < line.Left - 4 && indents.All(other => other >= left || left - other > 4));
                _output.Add((new string(' ', Math.Min(depth, 3) * 2) + "- " + string.Join(" ", line.Words.SkipLast(1).Select(word => word.Text)) + " … " + line.Words[^1].Text, line.Page));
            }

            return end;
        }

        /// <summary>
        /// Whether the document writes the word: as a whole, or, for "ggz-behandeling" broken after its hyphen, with
        /// the same part before a hyphen elsewhere inside a line ("ggz-aandoening") and never without the hyphen.
        /// </summary>
        private bool HasWord(string word)
        {
            var lower = word.ToLowerInvariant();
            if (_words.Contains(lower))
            {
                return true;
            }

            var hyphen = lower.IndexOf('-', StringComparison.Ordinal);
            return hyphen > 0 && !_words.Contains(lower.Remove(hyphen, 1)) && _hyphenParts.Contains(lower[..(hyphen + 1)]);
        }

        /// <summary>
        /// The end (exclusive) of a table starting at <paramref name="index"/>: at least two lines of two or more
        /// segments whose starts line up, with the single-segment lines that continue a cell between them.
        /// </summary>
        private int? TableRun(int index)
        {
            if (_openTableColumns is null && (_lines[index].Segments().Count < 2 || ListMarker(_lines[index]) is not null))
            {
                return null;
            }

            var columns = _openTableColumns ?? _lines[index].Segments().Select(segment => segment[0].Left).ToArray();
            var end = index;
            var rows = 0;
            // A line that looks like a heading ends the table, unless it starts in a later column (a header cell's
            // second line: "Geestelijke" / "Gezondheidszorg").
            while (end < _lines.Count && (end == index || (Close(_lines[end - 1], _lines[end], 3.2)
                   && (!IsHeading(_lines[end]) || columns.Skip(1).Any(column => Math.Abs(column - _lines[end].Left) < 4)))))
            {
                // Every segment starts at a column and ends before the next column starts (a cell that runs into the
                // next column belongs to another table, such as a second table right under the first).
                var segments = _lines[end].Segments();
                if (!segments.All(segment => Array.FindIndex(columns, column => Math.Abs(column - segment[0].Left) < 4) is var column and >= 0
                        && (column + 1 >= columns.Length || segment[^1].Right < columns[column + 1] + 1)))
                {
                    break;
                }

                rows += segments.Count >= 2 ? 1 : 0;
                end++;
            }

            // A table broken over a page continues at the top of the next.
            if (_openTableColumns is not null && end > index)
            {
                return end;
            }

            return rows >= 2 && columns.Length >= 2 ? end : null;
        }

        private int Table(int index, int end)
        {
            var columns = _openTableColumns ?? _lines[index].Segments().Select(segment => segment[0].Left).ToArray();
            var rows = new List<(string?[] Cells, int Page)>();
            var wrapSpacing = WrapSpacing(index, end);
            for (var at = index; at < end; at++)
            {
                var line = _lines[at];
                var cells = new string?[columns.Length];
                foreach (var segment in line.Segments())
                {
                    var column = Array.FindIndex(columns, left => Math.Abs(left - segment[0].Left) < 4);
                    cells[column] = string.Join(" ", segment.Select(word => word.Text));
                }

                // A row goes on when its lines are a cell's wrap apart, or close with cells left empty (a second
                // paragraph in one cell).
                var continuesRow = rows.Count > 0 && at > index && _lines[at - 1].Page == line.Page
                    && ((wrapSpacing is { } wrap && _lines[at - 1].Bottom - line.Bottom <= wrap)
                        || (Close(_lines[at - 1], line, 1.3) && (cells[0] is null || line.Segments().Count < columns.Length)));
                if (at == index && _openRow is { } open && cells[0] is null)
                {
                    // A row the page break cut: its rest at the top of the next page goes into the same cells.
                    for (var column = 0; column < columns.Length; column++)
                    {
                        if (cells[column] is { } more)
                        {
                            open.Cells[column] = open.Cells[column] is { Length: > 0 } before ? TextNormalizer.JoinHyphenated(before, more, HasWord) : more;
                        }
                    }

                    _output[open.OutputIndex] = (Row(open.Cells), _output[open.OutputIndex].Page);
                    continue;
                }

                if (continuesRow)
                {
                    var last = rows[^1].Cells;
                    for (var column = 0; column < columns.Length; column++)
                    {
                        if (cells[column] is { } more)
                        {
                            last[column] = last[column] is { Length: > 0 } before ? TextNormalizer.JoinHyphenated(before, more, HasWord) : more;
                        }
                    }
                }
                else
                {
                    rows.Add((cells, line.Page));
                }
            }

            var continuing = _openTableColumns is not null;
            if (!continuing)
            {
                Blank(_lines[index].Page);
            }

            foreach (var (cells, page) in rows)
            {
                var row = Row(cells);
                if (continuing && row == _openTableHeader)
                {
                    continue;
                }

                _output.Add((row, page));
                if (!continuing && _openTableHeader is null)
                {
                    _openTableHeader = row;
                    _output.Add(("|" + string.Concat(Enumerable.Repeat(" --- |", columns.Length)), page));
                }
            }

            // The table stays open while the page ends with it, so the next page's rows join it.
            var endsPage = end >= _lines.Count || _lines[end].Page != _lines[end - 1].Page;
            _openTableColumns = endsPage ? columns : null;
            _openRow = endsPage && rows.Count > 0 ? (rows[^1].Cells, _output.Count - 1) : null;
            _openTableHeader = endsPage ? _openTableHeader : null;
            return end;
        }

        /// <summary>
        /// When a table's lines come at two distances, the short one is a cell's text wrapping and the long one the
        /// padding between rows: lines at most this far apart are one row. Null when all lines are equally far apart
        /// (one line per row, or no padding to tell rows apart).
        /// </summary>
        private double? WrapSpacing(int index, int end)
        {
            var distances = Enumerable.Range(index + 1, end - index - 1).Where(at => _lines[at - 1].Page == _lines[at].Page)
                .Select(at => _lines[at - 1].Bottom - _lines[at].Bottom).Where(distance => distance > 0).ToList();
            if (distances.Count < 2)
            {
                return null;
            }

            var tolerance = 0.35 * _bodySize;
            return distances.Max() > distances.Min() + tolerance ? distances.Min() + tolerance : null;
        }

        private static string Row(IEnumerable<string?> cells) =>
            "| " + string.Join(" | ", cells.Select(cell => (cell ?? "").Replace("|", "\\|", StringComparison.Ordinal))) + " |";

        private void Block(int page, string text)
        {
            Blank(page);
            _output.Add((text, page));
        }

        private void Blank(int page)
        {
            if (_output.Count > 0 && _output[^1].Text.Length > 0)
            {
                _output.Add(("", page));
            }
        }
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"[^\p{L}#]")]
    private static partial Regex NotLetter();

    [GeneratedRegex(@"^(?:(?:pagina|page|blz\.?)\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:van|/|of)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^[•◦▪▫●○■□‣⁃·∙\-–*➤\uF0B7\uF0A7\uF076\uF0D8]$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?<number>\d{1,2})[.)]$|^[a-z][.)]$")]
    private static partial Regex NumberMarker();

    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}")]
    private static partial Regex NumberedTitle();
}
