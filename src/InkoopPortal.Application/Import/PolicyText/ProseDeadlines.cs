using System.Text;
using System.Text.RegularExpressions;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Import.PolicyText;

/// <summary>
/// Finds deadlines written in sentences, anywhere in a document: "vóór 1 juli 2023", "uiterlijk 1 september",
/// "tot en met 15 maart", "Op 30 juni 2023 publiceren wij de NvI". A day date counts when a deadline word stands
/// before it (vóór, uiterlijk, tot en met, deadline), or when the sentence is about a step of the contracting
/// calendar (indienen, aanvragen, publiceren...). Left out: starting points ("vanaf 1 januari", "per 1 januari 2024",
/// "sinds", "ná"), validity periods ("van 1 januari tot en met 31 december", "geldig tot"), dates in citations ("(versie
/// 12 mei 2023)", "Stcrt. ..."), the document's own date, and a date a planning table already gave. Each deadline
/// keeps the sentence it came from and its line.
/// </summary>
internal static partial class ProseDeadlines
{
    private enum Cue
    {
        None,
        Before,
        Until,
        Excluded,
    }

    /// <summary>A piece of running text (a paragraph, list item, footnote or table cell) with the line of each character.</summary>
    private sealed class Passage
    {
        private readonly List<(int Offset, int Line)> _lineStarts = [];
        private readonly StringBuilder _text = new();

        public void Add(string text, int line)
        {
            var cleaned = InlineText.Clean(text);
            if (cleaned.Length == 0)
            {
                return;
            }

            if (_text.Length > 0)
            {
                _text.Append(' ');
            }

            _lineStarts.Add((_text.Length, line));
            _text.Append(cleaned);
        }

        public string Text => _text.ToString();

        public int LineAt(int offset) => _lineStarts.LastOrDefault(start => start.Offset <= offset, _lineStarts[0]).Line;

        public bool IsEmpty => _text.Length == 0;
    }

    private sealed record Sentence(string Text, int Start);

    /// <param name="document">The document read into sections.</param>
    /// <param name="planned">Deadlines already read from planning tables: a date they give is not found twice.</param>
    /// <param name="defaultYear">The year of a date written without one, inferred from the document.</param>
    public static IReadOnlyList<ParsedDeadline> Find(TextDocument document, IReadOnlyList<ParsedDeadline> planned, int? defaultYear) =>
        FindIn(
            document.Sections.Where(section => !section.IsTableOfContents).SelectMany(section => Passages(section)),
            planned,
            defaultYear,
            (deadline, mention, line) => IsOwnDate(document, deadline, mention, line));

    /// <summary>
    /// The deadlines in loose pieces of text with their line, such as one purchaser's cells of a comparison table
    /// ("uiterlijk 1 juli 2022 plan van aanpak door RSV"), by the same rules as a policy text's sentences.
    /// </summary>
    public static IReadOnlyList<ParsedDeadline> FindInTexts(IEnumerable<(string Text, int Line)> texts, int? defaultYear) =>
        FindIn(texts.Select(text => Single(text.Text, text.Line)).Where(passage => !passage.IsEmpty), [], defaultYear, (_, _, _) => false);

    private static List<ParsedDeadline> FindIn(
        IEnumerable<Passage> passages, IReadOnlyList<ParsedDeadline> planned, int? defaultYear, Func<ParsedDeadline, DateMention, int, bool> isOwnDate)
    {
        var context = new DateContext(defaultYear);
        var plannedDates = planned
            .SelectMany(deadline => new[] { deadline.Date, deadline.EndDate })
            .OfType<DateOnly>()
            .ToHashSet();
        var found = new List<ParsedDeadline>();
        foreach (var passage in passages)
        {
            var sentences = Sentences(passage.Text);
            for (var index = 0; index < sentences.Count; index++)
            {
                var sentence = sentences[index];
                foreach (var mention in DutchDateReader.FindDates(sentence.Text, context))
                {
                    var line = passage.LineAt(sentence.Start + mention.Index);
                    var deadline = Read(sentence, index > 0 ? sentences[index - 1] : null, index + 1 < sentences.Count ? sentences[index + 1] : null, mention, line, context);
                    if (deadline is null || isOwnDate(deadline, mention, line) ||
                        plannedDates.Contains(mention.Reading.Date!.Value) || plannedDates.Contains(deadline.Date!.Value) ||
                        found.Any(earlier => earlier.Date == deadline.Date && earlier.Kind == deadline.Kind))
                    {
                        continue;
                    }

                    found.Add(deadline);
                }
            }
        }

        return found;
    }

    private static ParsedDeadline? Read(Sentence sentence, Sentence? previous, Sentence? next, DateMention mention, int line, DateContext context)
    {
        var before = sentence.Text[..mention.Index];
        var after = sentence.Text[(mention.Index + mention.Text.Length)..];
        var (cue, cueStart) = CueOf(before);
        if (cue == Cue.Excluded || IsCitation(before, after) || IsValidityPeriod(sentence.Text, before, cue))
        {
            return null;
        }

        // "Vragen stelt u via het formulier. Dat dient u uiterlijk 15 juni in." or "Uiterste datum: 1 oktober. Meld u aan
        // via het portaal.": the step may be named in the sentence before or after the date.
        var (kind, source) = new[]
            {
                sentence.Text,
                previous is null ? null : previous.Text + " " + sentence.Text,
                next is null ? null : sentence.Text + " " + next.Text,
            }
            .OfType<string>()
            .Select(text => (Kind: DeadlineKinds.Classify(text), Text: text))
            .FirstOrDefault(candidate => candidate.Kind != DeadlineKind.Other, (Kind: DeadlineKind.Other, Text: sentence.Text));

        if (cue == Cue.None && kind == DeadlineKind.Other && !CalendarStep().IsMatch(sentence.Text))
        {
            return null;
        }

        // "vóór 1 juli" moves the date to 30 June, so its date text keeps the word; after "uiterlijk" the date is as written.
        var dateText = cue == Cue.Before ? sentence.Text[cueStart..(mention.Index + mention.Text.Length)].Trim() : mention.Text;
        var reading = cue == Cue.Before ? DutchDateReader.Read("vóór " + mention.Text, context) : mention.Reading;
        if (reading.Date is null)
        {
            return null;
        }

        return new ParsedDeadline(kind, source, null, reading.Date, reading.EndDate, reading.Time, reading.Precision, dateText, line, source);
    }

    /// <summary>The document's own date (a presentation's date on its title slide) dates it; it is not a deadline.</summary>
    private static bool IsOwnDate(TextDocument document, ParsedDeadline deadline, DateMention mention, int line) =>
        document.OwnDate is { } own && (own.Line == line || own.Date == mention.Reading.Date || own.Date == deadline.Date);

    /// <summary>The deadline word right before the date, and where it starts; "vanaf", "per", "sinds" exclude the date.</summary>
    private static (Cue Cue, int Start) CueOf(string before)
    {
        if (StartingPoint().Match(before) is { Success: true })
        {
            return (Cue.Excluded, 0);
        }

        if (BeforeWord().Match(before) is { Success: true } beforeWord)
        {
            return (Cue.Before, beforeWord.Index);
        }

        return UntilWord().Match(before) is { Success: true } until ? (Cue.Until, until.Index) : (Cue.None, before.Length);
    }

    /// <summary>"(versie 12 mei 2023)", "Stcrt. 2023, nr. 123": a date that identifies a document, not a step.</summary>
    private static bool IsCitation(string before, string after)
    {
        var open = before.LastIndexOf('(');
        if (open >= 0 && open > before.LastIndexOf(')') && !BeforeWord().IsMatch(before) && !UntilWord().IsMatch(before))
        {
            return true;
        }

        return CitationAfter().IsMatch(after);
    }

    /// <summary>"De overeenkomst loopt tot en met 31 december 2025", "van 1 januari tot en met 31 december": a period, not a deadline.</summary>
    private static bool IsValidityPeriod(string sentence, string before, Cue cue) =>
        cue == Cue.Until && (Validity().IsMatch(sentence) || RangeStart().IsMatch(before));

    /// <summary>Splits running text into sentences at ". ", "! ", "? " before a capital or an opening quote ("Stcrt. 14 mei" stays whole).</summary>
    private static List<Sentence> Sentences(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        foreach (Match boundary in SentenceBoundary().Matches(text))
        {
            sentences.Add(new Sentence(text[start..boundary.Index], start));
            start = boundary.Index + boundary.Length;
        }

        sentences.Add(new Sentence(text[start..], start));
        return sentences;
    }

    private static IEnumerable<Passage> Passages(SectionNode section)
    {
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    var passage = new Passage();
                    for (var index = 0; index < paragraph.Lines.Count; index++)
                    {
                        passage.Add(paragraph.Lines[index], paragraph.Line + index);
                    }

                    yield return passage;
                    break;
                case ListItemBlock item:
                    yield return Single(item.Text, item.Line);
                    break;
                case FootnoteBlock footnote:
                    yield return Single(footnote.Text, footnote.Line);
                    break;
                case TableBlock table:
                    foreach (var cell in table.Table.Rows.SelectMany(row => row.Cells.Select(cell => (Text: string.Join(" ", InlineText.Paragraphs(cell)), row.Line))))
                    {
                        yield return Single(cell.Text, cell.Line);
                    }

                    break;
            }
        }
    }

    private static Passage Single(string text, int line)
    {
        var passage = new Passage();
        passage.Add(text, line);
        return passage;
    }

    private const string Month =
        "(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)";

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}""“‘(])")]
    private static partial Regex SentenceBoundary();

    // "uiterlijk per 1 jan 2022" is a deadline: "per" after "uiterlijk" does not start a period.
    [GeneratedRegex(@"\b(?:vanaf|sinds|(?<!\buiterlijk\s+)per|na|ná|met\s+ingang\s+van|ingaande|van|tussen|d\.d\.|versie|editie|sedert)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex StartingPoint();

    [GeneratedRegex(@"(?:\buiterlijk\s+|\bop\s+of\s+)?(?:\bvoor|\bvóór)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeWord();

    [GeneratedRegex(@"(?:\buiterlijk(?:\s+op|\s+per)?|\buiterste\s+(?:in(?:lever|dien)?)?datum(?:\s+is)?\s*:?|\bdeadline\s*:?|\btot\s+en\s+met|\bt/m|\btot|\bniet\s+later\s+dan)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex UntilWord();

    [GeneratedRegex(@"^\s*,?\s*(?:nr\.?|nummer|kenmerk|stcrt|staatscourant)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CitationAfter();

    [GeneratedRegex(@"\b(?:geldig|geldt|gelden|looptijd|loopt|lopen|periode|contractperiode|contractduur)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Validity();

    [GeneratedRegex(@"\b(?:van|vanaf|per|tussen)\s+(?:\p{L}+\s+)?\d{1,2}\s+" + Month + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex RangeStart();

    /// <summary>Words of a step someone has to take or a publication: a dated sentence with one of these is a deadline.</summary>
    [GeneratedRegex(@"\b(?:indien\w*|in\s+te\s+dienen|dient\b.*\bin\b|aanvra\w*|aan\s+te\s+vragen|aanmeld\w*|aan\s+te\s+melden|meld(?:en|t)\b|inschrijv\w*|aanlever\w*|aan\s+te\s+leveren|reageren|reactie\w*|publiceren|publiceert|publicatie\w*|verschijn\w*|bekend\s*maken|maakt\b.*\bbekend|ondertekenen|ondertekening|onderteken\w*|versturen|verstuurt|insturen|retourneren|terugsturen|ontvangt|aanbieden|biedt\b.*\baan|stellen|sluit\w*\s+(?:de\s+)?(?:inschrijving|vragenronde))", RegexOptions.IgnoreCase)]
    private static partial Regex CalendarStep();
}
