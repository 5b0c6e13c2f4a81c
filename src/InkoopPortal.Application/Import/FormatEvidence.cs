using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using InkoopPortal.Application.Import.PolicyText;

namespace InkoopPortal.Application.Import;

/// <summary>
/// What a text shows of each source format, as points with a Dutch reason (with its line where it has one).
/// Tables are read with a TSV reader, so a cell Excel quoted over several lines stays one cell; pipe rows ("| a | b |")
/// are tables too. Only tables that look like a comparison (purchasers in the header, or lists in several cells) count
/// for a comparison table: a policy text's change, planning, contents and contact tables do not.
/// </summary>
internal sealed partial class FormatEvidence
{
    private readonly Dictionary<SourceFormat, List<(int Points, string Reason)>> _evidence = new()
    {
        [SourceFormat.ComparisonTable] = [],
        [SourceFormat.PolicyText] = [],
        [SourceFormat.Presentation] = [],
    };

    private FormatEvidence()
    {
    }

    /// <summary>True when the text has a table of at least two rows.</summary>
    public bool HasTable { get; private set; }

    public int Score(SourceFormat format) => _evidence[format].Sum(item => item.Points);

    /// <summary>The formats from the highest score down (ties in the enum's order).</summary>
    public IReadOnlyList<(SourceFormat Format, int Score)> Ranked() =>
        _evidence.Keys.Select(format => (format, Score(format))).OrderByDescending(entry => entry.Item2).ThenBy(entry => entry.format).ToList();

    public IReadOnlyList<string> ReasonsFor(SourceFormat format) =>
        _evidence[format].OrderByDescending(item => item.Points).Select(item => item.Reason).ToList();

    public static FormatEvidence Gather(string text)
    {
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var evidence = new FormatEvidence();
        var tables = TableRun.Read(text);
        evidence.HasTable = tables.Any(table => table.Rows.Count >= 2);
        var tableLines = tables.SelectMany(table => Enumerable.Range(table.FirstLine, table.LastLine - table.FirstLine + 1)).ToHashSet();
        var lines = LineClassifier.Classify(text).Where(line => !tableLines.Contains(line.LineNumber)).ToList();

        evidence.WeighTables(tables, text.Count(character => !char.IsWhiteSpace(character)));
        evidence.WeighText(lines, tables);
        return evidence;
    }

    private void Add(SourceFormat format, int points, string reason)
    {
        if (points > 0)
        {
            _evidence[format].Add((points, reason));
        }
    }

    private void WeighTables(IReadOnlyList<TableRun> tables, int totalCharacters)
    {
        var comparisons = tables.Where(table => table.Kind == TableKind.Comparison).ToList();
        var comparisonCharacters = comparisons.Sum(table => table.Characters);
        if (totalCharacters > 0 && comparisons.Count > 0)
        {
            var share = (double)comparisonCharacters / totalCharacters;
            var widest = comparisons.Max(table => table.Columns);
            var reason = $"{share.ToString("P0", Dutch)} van de tekst staat in tabellen met {widest} kolommen (vanaf regel {comparisons[0].FirstLine})";
            Add(SourceFormat.ComparisonTable, share >= 0.75 ? 3 : share >= 0.5 ? 2 : share >= 0.25 ? 1 : 0, reason);
        }

        var header = comparisons.OrderByDescending(table => table.KnownNames.Count).ThenByDescending(table => table.Columns).FirstOrDefault();
        if (header is not null)
        {
            var names = header.KnownNames.Count > 0 ? header.KnownNames : header.Header.Skip(1).Where(cell => cell.Length > 0).ToList();
            var points = header.KnownNames.Count >= 3 ? 4 : header.KnownNames.Count == 2 ? 3 : 2;
            Add(SourceFormat.ComparisonTable, points,
                $"regel {header.FirstLine}: een kop met {Count(names.Count, "inkoper", "inkopers")} ({string.Join(", ", names.Take(8))}{(names.Count > 8 ? ", …" : "")}) boven rijen per onderwerp");
        }

        var listRows = tables.Where(table => table.Kind != TableKind.Policy).SelectMany(table => table.Rows).ToList();
        var severalLists = listRows.Where(row => row.Cells.Count(HasListMarkup) >= 2).ToList();
        var oneList = listRows.Where(row => row.Cells.Count(HasListMarkup) == 1).ToList();
        if (severalLists.Count > 0)
        {
            Add(SourceFormat.ComparisonTable, severalLists.Count >= 3 ? 3 : 2,
                $"{Count(severalLists.Count, "tabelrij", "tabelrijen")} met lijsten in meerdere cellen (eerste op regel {severalLists[0].FirstLine})");
        }
        else if (oneList.Count > 0 && comparisons.Count > 0)
        {
            Add(SourceFormat.ComparisonTable, 1, $"regel {oneList[0].FirstLine}: een lijst in een cel van de tabel");
        }

        var consistent = tables.Where(table => table.Kind != TableKind.Policy)
            .Select(table => (Table: table, Rows: table.Rows.GroupBy(row => row.Cells.Count).Where(group => group.Key >= 3).Select(group => group.Count()).DefaultIfEmpty(0).Max()))
            .DefaultIfEmpty()
            .MaxBy(entry => entry.Rows);
        if (consistent is { Rows: >= 5, Table: not null })
        {
            Add(SourceFormat.ComparisonTable, 1, $"{consistent.Rows} rijen met steeds {consistent.Table.Columns} kolommen vanaf regel {consistent.Table.FirstLine}");
        }

        foreach (var change in tables.Where(table => table.IsChangeTable).Take(1))
        {
            Add(SourceFormat.PolicyText, 3, $"regel {change.FirstLine}: een tabel met wijzigingen ({string.Join(" | ", change.Header)})");
        }

        var policyTables = tables.Where(table => table is { Kind: TableKind.Policy, IsChangeTable: false }).ToList();
        foreach (var planning in policyTables.Where(table => table.IsPlanning).Take(1))
        {
            Add(SourceFormat.PolicyText, 1, $"regel {planning.FirstLine}: een planning ({string.Join(" | ", planning.Header)})");
        }
    }

    private void WeighText(IReadOnlyList<SourceLine> lines, IReadOnlyList<TableRun> tables)
    {
        var nonBlank = lines.Where(line => line.Kind != LineKind.Blank).ToList();
        var headings = nonBlank.Where(line => line.Kind == LineKind.Heading).ToList();
        var title = headings.FirstOrDefault() ?? nonBlank.FirstOrDefault();
        var opening = string.Join(" ", nonBlank.Take(3).Select(line => line.Text));

        var numbered = headings.Where(line => line.Marker is not null).ToList();
        if (numbered.Count > 0)
        {
            Add(SourceFormat.PolicyText, numbered.Count >= 3 ? 2 : 1,
                $"{Count(numbered.Count, "genummerde kop", "genummerde koppen")} (zoals regel {numbered[0].LineNumber}: {numbered[0].Marker} {Shortened(numbered[0].Text)})");
        }

        // Chapters with numbered paragraphs ("3.1 Praktijkondersteuning") are a document's, not a slide deck's.
        if (numbered.FirstOrDefault(line => line.Marker!.Contains('.', StringComparison.Ordinal)) is { } paragraph)
        {
            Add(SourceFormat.PolicyText, 1, $"regel {paragraph.LineNumber}: een genummerde paragraaf ({paragraph.Marker} {Shortened(paragraph.Text)})");
        }

        if (ChangeList(lines) is { } changeList)
        {
            Add(SourceFormat.PolicyText, 2, $"regel {changeList.LineNumber}: een lijst met wijzigingen onder '{Shortened(changeList.Text)}'");
        }

        var paragraphs = Paragraphs(lines);
        var longParagraphs = paragraphs.Where(paragraph => paragraph.Words >= LongParagraphWords).ToList();
        if (longParagraphs.Count > 0)
        {
            Add(SourceFormat.PolicyText, longParagraphs.Count >= 8 ? 3 : longParagraphs.Count >= 3 ? 2 : 1,
                $"{Count(longParagraphs.Count, "alinea", "alinea's")} lopende tekst van {LongParagraphWords} woorden of meer (eerste op regel {longParagraphs[0].Line})");
        }

        if (title is not null && PolicyTitle().Match(title.Text) is { Success: true } policyWord)
        {
            Add(SourceFormat.PolicyText, 1, $"regel {title.LineNumber}: de titel noemt een {policyWord.Value.ToLowerInvariant()}");
        }

        var structure = headings.Where(line => PolicyStructure().IsMatch(line.Text)).Select(line => line.LineNumber)
            .Concat(tables.Where(table => table.IsContents).Select(table => table.FirstLine)).Order().ToList();
        if (structure.Count > 0)
        {
            Add(SourceFormat.PolicyText, Math.Min(2, structure.Count), $"een inhoudsopgave of eisen aan zorgaanbieders (regel {string.Join(", ", structure.Take(3))})");
        }

        if (PresentationWord().Match(opening) is { Success: true } presentationWord)
        {
            var line = nonBlank.First(candidate => PresentationWord().IsMatch(candidate.Text)).LineNumber;
            Add(SourceFormat.Presentation, 4, $"regel {line}: het begin noemt een {presentationWord.Value.ToLowerInvariant()}");
        }

        if (OpeningDate.Find(lines) is { } date)
        {
            Add(SourceFormat.Presentation, 1, $"regel {date.Line}: een datum onder de titel ({date.Date.ToString("d MMMM yyyy", Dutch)})");
        }

        var slides = Slides(lines);
        if (slides.Count >= MinimumSlides)
        {
            var averageWords = slides.Average(slide => slide.Words);
            var longOnes = slides.Count(slide => slide.LongParagraphs > 0);
            if (averageWords <= ShortSlideWords && longOnes <= Math.Max(1, slides.Count / 10))
            {
                Add(SourceFormat.Presentation, 2, $"{slides.Count} korte onderdelen zoals dia's, gemiddeld {averageWords.ToString("0", Dutch)} woorden");
            }
        }

        var slideWords = headings.Where(line => SlideHeading().IsMatch(line.Text) && (!QuestionsHeading().IsMatch(line.Text) || IsEmptySection(lines, line))).ToList();
        if (slideWords.Count > 0)
        {
            Add(SourceFormat.Presentation, Math.Min(2, slideWords.Count),
                $"koppen als op dia's ({string.Join(", ", slideWords.Take(3).Select(line => $"regel {line.LineNumber}: {Shortened(line.Text)}"))})");
        }

        var slideNumbers = nonBlank.Where(line => SlideNumber().IsMatch(line.Text)).ToList();
        if (slideNumbers.Count >= 2)
        {
            Add(SourceFormat.Presentation, 2, $"{slideNumbers.Count} dianummers (eerste op regel {slideNumbers[0].LineNumber})");
        }
    }

    private const int LongParagraphWords = 40;
    private const int MinimumSlides = 6;
    private const int ShortSlideWords = 45;

    private sealed record Paragraph(int Line, int Words);

    private sealed record Slide(int Words, int LongParagraphs);

    /// <summary>Runs of paragraph lines, with their word count.</summary>
    private static List<Paragraph> Paragraphs(IReadOnlyList<SourceLine> lines)
    {
        var paragraphs = new List<Paragraph>();
        var start = 0;
        var words = 0;
        foreach (var line in lines.Append(new SourceLine(int.MaxValue, LineKind.Blank, "")))
        {
            if (line.Kind == LineKind.Paragraph)
            {
                start = words == 0 ? line.LineNumber : start;
                words += WordCount(line.Text);
                continue;
            }

            if (words > 0)
            {
                paragraphs.Add(new Paragraph(start, words));
            }

            words = 0;
        }

        return paragraphs;
    }

    /// <summary>The text under each heading: words and paragraphs of at least <see cref="LongParagraphWords"/> words.</summary>
    private static List<Slide> Slides(IReadOnlyList<SourceLine> lines)
    {
        var slides = new List<Slide>();
        var words = 0;
        var paragraphWords = 0;
        var longParagraphs = 0;
        var open = false;
        foreach (var line in lines.Append(new SourceLine(int.MaxValue, LineKind.Heading, "")))
        {
            if (line.Kind != LineKind.Paragraph && paragraphWords > 0)
            {
                longParagraphs += paragraphWords >= LongParagraphWords ? 1 : 0;
                paragraphWords = 0;
            }

            if (line.Kind == LineKind.Heading)
            {
                if (open)
                {
                    slides.Add(new Slide(words, longParagraphs));
                }

                open = true;
                words = 0;
                longParagraphs = 0;
                continue;
            }

            var count = WordCount(line.Text);
            words += count;
            paragraphWords += line.Kind == LineKind.Paragraph ? count : 0;
        }

        return slides;
    }

    /// <summary>A heading about changes ("Wijzigingen ten opzichte van 2024") with a list right under it.</summary>
    private static SourceLine? ChangeList(IReadOnlyList<SourceLine> lines)
    {
        for (var index = 0; index < lines.Count; index++)
        {
            if (lines[index].Kind == LineKind.Heading && ChangeHeading().IsMatch(lines[index].Text) &&
                lines.Skip(index + 1).FirstOrDefault(line => line.Kind != LineKind.Blank) is { Kind: LineKind.Bullet or LineKind.NumberedItem })
            {
                return lines[index];
            }
        }

        return null;
    }

    /// <summary>"Vragen?" ends a slide deck as an empty slide; in a policy text it is a chapter with text.</summary>
    private static bool IsEmptySection(IReadOnlyList<SourceLine> lines, SourceLine heading) =>
        lines.SkipWhile(line => line != heading).Skip(1).FirstOrDefault(line => line.Kind != LineKind.Blank) is null or { Kind: LineKind.Heading };

    private static int WordCount(string text) => Word().Count(text);

    private static bool HasListMarkup(string cell) => ListMarkup().IsMatch(cell);

    private static string Shortened(string text) => text.Length <= 60 ? text : text[..57].TrimEnd() + "…";

    private static string Count(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    [GeneratedRegex(@"<\s*(?:ul|ol|li)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListMarkup();

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}'’-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:zorginkoopbeleid|inkoopbeleid|contracteerbeleid|contracteringsbeleid|inkoopkader|inkoopdocument|beleidsregels?|beleidsdocument|inkoopvoorwaarden)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PolicyTitle();

    [GeneratedRegex(@"^(?:inhoud|inhoudsopgave)$|minimum-?\s*en\s+kwaliteitseisen|kwaliteitseisen|minimumeisen|voorwaarden\s+(?:en|voor)\b|contract(?:eer)?voorwaarden|uitsluitingsgronden", RegexOptions.IgnoreCase)]
    private static partial Regex PolicyStructure();

    /// <summary>"Presentatie", "Informatiebijeenkomst", "Webinar", "Inkoopsessie", "Kennissessie": the deck names itself.</summary>
    [GeneratedRegex(@"\b\w*(?:presentatie|bijeenkomst|webinar|sessie)\b|\b(?:dia's|slides|sheets)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PresentationWord();

    [GeneratedRegex(@"^(?:agenda|programma|vragen\s*\??|hoe\s+nu\s+verder\??|dank\s+voor\s+(?:uw|jullie)\s+aandacht|bedankt|tot\s+slot|afsluiting|welkom)$", RegexOptions.IgnoreCase)]
    private static partial Regex SlideHeading();

    [GeneratedRegex(@"^vragen\s*\??$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionsHeading();

    [GeneratedRegex(@"wijziging", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeHeading();

    [GeneratedRegex(@"^(?:dia|slide)\s+\d{1,3}\b", RegexOptions.IgnoreCase)]
    private static partial Regex SlideNumber();
}

internal enum TableKind
{
    /// <summary>Purchasers in the header over topic rows, or lists in several cells.</summary>
    Comparison,

    /// <summary>A policy text's own table: changes, planning, contents, contacts.</summary>
    Policy,

    Other,
}

/// <summary>A row of a table as the TSV reader (or a pipe row) gives it, with the lines it spans.</summary>
internal sealed record TableRecord(IReadOnlyList<string> Cells, int FirstLine, int LastLine);

/// <summary>Consecutive table rows of a text, the first being the header.</summary>
internal sealed partial class TableRun
{
    private TableRun(List<TableRecord> rows)
    {
        Rows = rows;
        Header = rows[0].Cells.Select(cell => InlineText.Clean(cell)).ToList();
        Columns = rows.Max(row => row.Cells.Count);
        Characters = rows.Sum(row => row.Cells.Sum(cell => cell.Count(character => !char.IsWhiteSpace(character))));
        IsChangeTable = Header.Count == 2 && ChangeSubject().IsMatch(Header[0]) && Header[1].StartsWith("wijziging", StringComparison.OrdinalIgnoreCase);
        IsPlanning = Header.Any(cell => DateHeader().IsMatch(cell)) && Header.Count >= 2;
        IsContents = rows.Count >= 3 && rows.Count(row => PageNumber().IsMatch(row.Cells[^1].Trim())) * 10 >= rows.Count * 6;
        var isContacts = Header.Any(cell => ContactHeader().IsMatch(cell));
        KnownNames = Header.Skip(1).Where(IsKnownPurchaser).ToList();
        Kind = IsChangeTable || IsPlanning || IsContents || isContacts ? TableKind.Policy
            : rows.Count >= 2 && IsComparison() ? TableKind.Comparison
            : TableKind.Other;
    }

    public List<TableRecord> Rows { get; }

    public IReadOnlyList<string> Header { get; }

    public int Columns { get; }

    public int Characters { get; }

    public int FirstLine => Rows[0].FirstLine;

    public int LastLine => Rows[^1].LastLine;

    public bool IsChangeTable { get; }

    public bool IsPlanning { get; }

    public bool IsContents { get; }

    /// <summary>Header cells that name a purchaser the portal's sources know (CZ, Zilveren Kruis, "Zorgkantoor ...").</summary>
    public IReadOnlyList<string> KnownNames { get; }

    public TableKind Kind { get; }

    /// <summary>
    /// Purchasers over topics: two known purchasers in the header; or one known purchaser beside a topic column
    /// ("Onderwerp | ONVZ"); or, for names the lexicon does not know, three or more name-like header cells beside an
    /// empty or topic header cell, over rows whose first cell is short and whose other cells hold the text.
    /// </summary>
    private bool IsComparison()
    {
        var topicColumn = Header[0].Length == 0 || TopicHeader().IsMatch(Header[0]);
        if (KnownNames.Count >= 2 || (KnownNames.Count == 1 && topicColumn && Header.Count == 2))
        {
            return true;
        }

        var nameLike = Header.Skip(1).Count(IsNameLike);
        if (!topicColumn || nameLike < 2 || nameLike * 10 < (Header.Count - 1) * 7)
        {
            return false;
        }

        var body = Rows.Skip(1).Where(row => row.Cells.Count >= 2).ToList();
        if (body.Count == 0)
        {
            return false;
        }

        var topicLength = body.Average(row => row.Cells[0].Trim().Length);
        var textLength = body.Average(row => row.Cells.Skip(1).Average(cell => cell.Trim().Length));
        return topicLength <= 80 && textLength >= topicLength;
    }

    public static bool IsKnownPurchaser(string cell)
    {
        var cleaned = InlineText.Clean(cell);
        return cleaned.Length is > 0 and <= 60 && KnownPurchaser().IsMatch(NonName().Replace(cleaned.ToLowerInvariant(), " "));
    }

    private static bool IsNameLike(string cell)
    {
        var cleaned = InlineText.Clean(cell);
        return cleaned.Length is > 1 and <= 40 && cleaned.Split(' ').Length <= 5 && cleaned.FirstOrDefault(char.IsLetter) is var first &&
               char.IsUpper(first) && !SentencePunctuation().IsMatch(cleaned) && !NotAName().IsMatch(cleaned);
    }

    /// <summary>
    /// The tables of a text: tab-separated rows read as TSV (a quoted cell may hold line breaks and doubled quotes) and
    /// pipe rows. A blank line or a line that is not a table row ends a table.
    /// </summary>
    public static IReadOnlyList<TableRun> Read(string text)
    {
        var runs = new List<TableRun>();
        var current = new List<TableRecord>();
        foreach (var record in Records(text))
        {
            if (current.Count > 0 && (record is null || record.FirstLine > current[^1].LastLine + 1))
            {
                runs.Add(new TableRun(current));
                current = [];
            }

            if (record is not null)
            {
                current.Add(record);
            }
        }

        if (current.Count > 0)
        {
            runs.Add(new TableRun(current));
        }

        return runs;
    }

    /// <summary>Every table row of the text in order, and null for each line that is not one.</summary>
    private static IEnumerable<TableRecord?> Records(string text)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = "\t",
            HasHeaderRecord = false,
            BadDataFound = null,
            MissingFieldFound = null,
            IgnoreBlankLines = false,
            DetectColumnCountChanges = false,
            Mode = CsvMode.RFC4180,
        };
        using var parser = new CsvParser(new StringReader(text), configuration);
        var lastLine = 0;
        while (parser.Read())
        {
            var firstLine = lastLine + 1;
            lastLine = parser.RawRow;
            var fields = parser.Record ?? [];
            if (fields.Length >= 2 && fields.Any(field => !string.IsNullOrWhiteSpace(field)))
            {
                yield return new TableRecord(fields.Select(field => field.Trim()).ToList(), firstLine, lastLine);
            }
            else if (fields.Length == 1 && fields[0].TrimStart().StartsWith('|') && TextTableRow.TrySplit(fields[0]) is { Count: >= 2 } cells)
            {
                yield return TextTableRow.IsSeparator(cells) ? null : new TableRecord(cells, lastLine, lastLine);
            }
            else
            {
                yield return null;
            }
        }
    }

    [GeneratedRegex(@"\b(?:cz|vgz|menzis|zilveren\s*kruis|achmea|dsw|zorg\s+en\s+zekerheid|z\s*&\s*z|eno|salland|asr|a\s+s\s+r|amersfoortse|ditzo|caresq|onvz|friesland|univ[eé]|iza|zekur|interpolis|fbto|anderzorg|zorgkantoor|zorgkantoren|zorgverzekeraar|zorgverzekeraars)\b")]
    private static partial Regex KnownPurchaser();

    [GeneratedRegex(@"[^\p{L}\p{N}&]+")]
    private static partial Regex NonName();

    [GeneratedRegex(@"^(?:onderwerp(?:en)?|thema(?:'s)?|bouwste(?:en|nen)|topic|aspect|categorie|zorgsoort|inkoop(?:beleid)?|beleid|regio)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TopicHeader();

    [GeneratedRegex(@"^(?:onderwerp|thema|onderdeel)$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeSubject();

    [GeneratedRegex(@"\b(?:wanneer|datum|deadline|termijn)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateHeader();

    [GeneratedRegex(@"contact|e-?mail|telefoon|vragen\s+over", RegexOptions.IgnoreCase)]
    private static partial Regex ContactHeader();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"[.;!?:]\s|[.;!?:]$")]
    private static partial Regex SentencePunctuation();

    [GeneratedRegex(@"^(?:wat|wie|wanneer|datum|onderwerp|wijziging\w*|thema|omschrijving|toelichting|sector|percentage|%|opmerking\w*|bron|link\b.*|pagina|status|actie|inkoopactiviteit|deadline|eis(?:en)?|voorwaarde\w*|nr\.?|nummer|totaal)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAName();
}
