using System.Globalization;
using System.Text.RegularExpressions;
using InkoopPortal.Application.Content;

namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>
/// Walks the rows of a comparison table once, deciding for each what it is: the title (only text before the first
/// table), introduction, the link table, a heading above a table, a header, a data or continuation row, or a footnote
/// definition (anywhere).
/// </summary>
internal sealed partial class ComparisonTableReader
{
    private const int MaximumNameLength = 60;
    private const int MaximumNameWords = 6;

    private static readonly HashSet<string> TopicHeaderWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Onderwerp", "Onderwerpen", "Thema", "Thema's", "Bouwsteen", "Bouwstenen",
    };

    private readonly List<ImportProblem> _problems = [];
    private readonly List<SourceLine> _lines;
    private readonly ComparisonTableBuilder _builder;
    private readonly FootnoteDefinitions _footnotes = new();
    private readonly List<TableSection> _tables = [];
    private readonly List<string> _introduction = [];
    private readonly List<ParsedDocumentLink> _links = [];

    private string? _title;
    private string? _groupKey;
    private TableSection? _table;
    private ComparisonTableBuilder.TopicBuilder? _topic;
    private bool _inLinkTable;
    private bool _afterHeader;

    public ComparisonTableReader(string text, Func<string, string> purchaserIdentity)
    {
        _lines = SourceLineReader.Read(text, _problems);
        _builder = new ComparisonTableBuilder(purchaserIdentity);
    }

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"^-+$")]
    private static partial Regex Dashes();

    public ParsedComparisonTable Read()
    {
        if (_problems.Count == 0 && _lines.All(line => line.IsBlank))
        {
            throw new ImportFailedException(new ImportProblem(1, null, "Het bestand is leeg."));
        }

        var next = NextNonBlank();
        for (var index = 0; index < _lines.Count; index++)
        {
            ReadLine(_lines[index], next[index]);
        }

        if (_tables.Count == 0 && _problems.Count == 0)
        {
            _problems.Add(new ImportProblem(1, null,
                "Er staat geen vergelijkingstabel in het bestand: geen kopregel met 'Onderwerp' (of een lege eerste "
                + "cel) gevolgd door de namen van de zorgverzekeraars of zorgkantoren, gescheiden door tabs."));
        }

        else if (_tables.Count > 0 && _builder.Topics.Count == 0 && _problems.Count == 0)
        {
            _problems.Add(new ImportProblem(_tables[0].Line, null,
                "Onder de kopregel van deze tabel staan geen rijen met onderwerpen: er is niets om te importeren."));
        }

        var cells = _builder.BuildCells(_footnotes, _problems);
        if (_problems.Count > 0)
        {
            throw new ImportFailedException(_problems.OrderBy(p => p.Line).ThenBy(p => p.Column ?? 0).ToList());
        }

        var titleText = _title ?? "";
        var year = Year().Match(titleText);
        return new ParsedComparisonTable(
            titleText,
            year.Success ? int.Parse(year.Value, CultureInfo.InvariantCulture) : null,
            IntroductionWriter.Write(_introduction),
            _links,
            _builder.Groups,
            _builder.Topics,
            _builder.Columns,
            cells);
    }

    /// <summary>For each row, the next row that is not blank (null at the end).</summary>
    private SourceLine?[] NextNonBlank()
    {
        var next = new SourceLine?[_lines.Count];
        SourceLine? following = null;
        for (var index = _lines.Count - 1; index >= 0; index--)
        {
            next[index] = following;
            if (!_lines[index].IsBlank)
            {
                following = _lines[index];
            }
        }

        return next;
    }

    private void ReadLine(SourceLine line, SourceLine? next)
    {
        _inLinkTable = _inLinkTable && IsLinkRow(line);
        if (!line.IsBlank)
        {
            ReadFilledLine(line, next);
        }
    }

    private void ReadFilledLine(SourceLine line, SourceLine? next)
    {
        var afterHeader = _afterHeader;
        _afterHeader = false;

        // Excel pastes a line of text as a row with empty cells after it ("¹ Tekst\t\t\t"): it is still that text.
        var isTextRow = line.FilledCellCount == 1 && !IsHeaderWord(line.Cell(0));
        if (isTextRow && FootnoteMarkers.TryReadDefinition(line.Cell(0), out var number, out var footnote))
        {
            _footnotes.Add(number, MarkdownText.NormalizeWhitespace(footnote), line.Number);
        }
        else if (!line.IsTableRow || (isTextRow && (_table is null || IsHeadingAboveNewTable(next))))
        {
            ReadTextLine(line, next);
        }
        else if (_inLinkTable)
        {
            _links.Add(new ParsedDocumentLink(MarkdownText.NormalizeWhitespace(line.Cell(0)), line.Cell(1), line.Number));
        }
        else if (_tables.Count == 0 && IsLinkHeader(line))
        {
            _inLinkTable = true;
        }
        else if (line.Cells.All(cell => cell.Trim().Length == 0 || Dashes().IsMatch(cell.Trim())))
        {
            // A separator row ("---\t---").
        }
        else if (IsHeader(line, _table))
        {
            ReadHeader(line);
            _afterHeader = true;
        }
        else
        {
            ReadDataRow(line, afterHeader);
        }
    }

    /// <summary>
    /// A row with only its first cell filled, inside a table, is a heading when a new table follows; when the
    /// table's own header follows (repeated after a page break), it is a topic row whose cells are all empty.
    /// </summary>
    private bool IsHeadingAboveNewTable(SourceLine? next) =>
        next is not null && IsHeader(next, null) && !_table!.HasHeader(Identities(HeaderNames(next)));

    private void ReadTextLine(SourceLine line, SourceLine? next)
    {
        var content = MarkdownText.NormalizeWhitespace(line.Text);
        if (_title is null && _tables.Count == 0 && _links.Count == 0 && _introduction.Count == 0)
        {
            _title = content;
        }
        else if (next is not null && IsHeader(next, null))
        {
            // "N.a.v bouwstenen voor regionale samenwerking – CZ, Menzis, VGZ, Zilveren Kruis": the group is the
            // part before the dash; the purchasers after it are in the header below.
            var name = content.Split([" – ", " — "], 2, StringSplitOptions.None)[0].Trim();
            _groupKey = _builder.AddGroup(name, line.Number);
            _table = null;
            _topic = null;
        }
        else if (_tables.Count == 0)
        {
            _introduction.Add(content);
        }
        else
        {
            _problems.Add(new ImportProblem(line.Number, null,
                "Deze regel hoort niet bij een tabel: het is geen kopregel, tabelrij, voetnoot of kop boven een tabel."));
        }
    }

    /// <summary>"Onderwerp", also when the header repeated after a page break says "Onderwerp (vervolg)".</summary>
    private static bool IsHeaderWord(string cell) =>
        TopicHeaderWords.Contains(cell)
        || (cell.Contains("vervolg", StringComparison.OrdinalIgnoreCase) && TopicCell.Read(cell) is { IsMarkedContinuation: true } marked
            && TopicHeaderWords.Contains(marked.Name));

    private static bool IsLinkHeader(SourceLine line) =>
        line.Cell(0).Length > 0 && line.Cell(1).StartsWith("link", StringComparison.OrdinalIgnoreCase);

    /// <summary>A row of the link table: a name and a web address. Anything else ends the link table.</summary>
    private static bool IsLinkRow(SourceLine line)
    {
        var url = line.Cell(1);
        return line.FilledCellCount == 2 && line.Cell(0).Length > 0
            && (url.StartsWith("http", StringComparison.OrdinalIgnoreCase)
                || url.StartsWith("www.", StringComparison.OrdinalIgnoreCase));
    }

    private static List<string> HeaderNames(SourceLine line) =>
        line.Cells.Skip(1).Take(Math.Max(0, line.FilledCellCount - 1)).Select(cell => cell.Trim()).ToList();

    private List<string> Identities(IEnumerable<string> names) => names.Select(_builder.Identity).ToList();

    /// <summary>
    /// A header starts with "Onderwerp", or with an empty cell followed by purchaser names (Wlz tables). The latter
    /// looks like a continuation row, so inside a table it only counts when its names resolve to the table's own
    /// purchasers (the header repeated after a page break, however spelled) or to purchasers seen in earlier headers.
    /// </summary>
    private bool IsHeader(SourceLine line, TableSection? current)
    {
        if (!line.IsTableRow)
        {
            return false;
        }

        if (IsHeaderWord(line.Cell(0)))
        {
            return true;
        }

        if (!LooksLikeHeader(line))
        {
            return false;
        }

        if (current is null)
        {
            return true;
        }

        var identities = Identities(HeaderNames(line));
        return current.HasHeader(identities) || identities.All(_builder.HasColumn);
    }

    /// <summary>An empty first cell and then only short names, one in every cell up to the last.</summary>
    private static bool LooksLikeHeader(SourceLine line)
    {
        var names = HeaderNames(line);
        return line.Cell(0).Length == 0 && names.Count > 0 && names.All(IsNameLike);
    }

    private static bool IsNameLike(string name) =>
        name.Length is > 0 and <= MaximumNameLength
        && name.Any(char.IsLetter)
        && !name.Contains('<') && !name.Contains('\n')
        && name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaximumNameWords
        // A sentence ends in punctuation; a name only when it has no spaces ("a.s.r.").
        && (!".:;!?,".Contains(name[^1]) || !name.Contains(' '));

    private void ReadHeader(SourceLine line)
    {
        var names = HeaderNames(line);
        var identities = Identities(names);
        if (_table is not null && _table.HasHeader(identities))
        {
            return; // The header repeated after a page break.
        }

        _topic = null;
        if (names.Count == 0)
        {
            _problems.Add(new ImportProblem(line.Number, 2,
                "De kopregel van deze tabel noemt geen zorgverzekeraars of zorgkantoren. Zet hun namen in de "
                + "kolommen na 'Onderwerp', gescheiden door tabs."));
        }

        var columns = new List<ParsedColumn>();
        for (var index = 0; index < names.Count; index++)
        {
            var columnNumber = index + 2;
            if (names[index].Length == 0)
            {
                _problems.Add(new ImportProblem(line.CellLine(index + 1), columnNumber,
                    $"Kolomkop ontbreekt in kolom {columnNumber}: vul de naam van de zorgverzekeraar of het zorgkantoor in."));
            }
            else if (identities.Take(index).ToList().IndexOf(identities[index]) is >= 0 and var first)
            {
                // Names are compared as resolved: "ZK" after "Zilveren Kruis" is the same purchaser written twice.
                _problems.Add(new ImportProblem(line.CellLine(index + 1), columnNumber, names[first] == names[index]
                    ? $"'{names[index]}' staat twee keer in de kopregel van deze tabel."
                    : $"Dezelfde inkoper staat twee keer in de kopregel: '{names[index]}' en '{names[first]}' (kolom {first + 2}). Zet hun cellen in één kolom."));
            }

            columns.Add(_builder.GetOrAddColumn(names[index], identities[index], line.CellLine(index + 1), columnNumber));
        }

        _table = new TableSection(line.Number, columns, identities);
        _tables.Add(_table);
    }

    private void ReadDataRow(SourceLine line, bool afterHeader)
    {
        if (_table is null)
        {
            _problems.Add(new ImportProblem(line.Number, 1,
                "Deze tabelrij staat niet onder een kopregel. Zet boven de tabel een kopregel met 'Onderwerp' en de "
                + "namen van de zorgverzekeraars of zorgkantoren."));
            return;
        }

        var headerCells = _table.Columns.Count + 1;
        if (line.FilledCellCount > headerCells)
        {
            _problems.Add(new ImportProblem(line.CellLine(headerCells), headerCells + 1,
                $"Deze regel heeft {line.FilledCellCount} cellen, maar de kop heeft er {headerCells}. "
                + "Controleer of er een tab te veel staat of een kolomkop ontbreekt."));
            return;
        }

        // A row of short names with an empty first cell may be a new header or the short rest of a cell: refused
        // rather than guessed, except right under a header, where it is the rest of a cell (the page-break pattern).
        if (!afterHeader && LooksLikeHeader(line))
        {
            _problems.Add(new ImportProblem(line.Number, 1,
                $"Deze rij heeft een lege eerste cel en daarna alleen korte namen ('{string.Join("', '", HeaderNames(line))}'), "
                + "maar dat zijn niet de inkopers van de tabel erboven. Is het een nieuwe kopregel, zet dan 'Onderwerp' in "
                + "de eerste cel; hoort de tekst bij het onderwerp erboven, zet dan '(vervolg)' in de eerste cel."));
            return;
        }

        if (!IsReadable(line, 0) || ReadTopic(line) is not { } topicCell)
        {
            return;
        }

        for (var index = 0; index < _table.Columns.Count; index++)
        {
            var cellIndex = index + 1;

            // An empty cell in a continuation row adds nothing; in a topic row it is the source's empty cell.
            if ((topicCell.IsContinuation && line.Cell(cellIndex).Length == 0) || !IsReadable(line, cellIndex))
            {
                continue;
            }

            var cellLine = line.CellLine(cellIndex);
            var content = CellHtmlConverter.Convert(line.RawCell(cellIndex));
            var footnotes = FootnoteMarkers.Find(content.PlainText)
                .Select(number => new FootnoteUse(number, cellLine, cellIndex + 1));
            _builder.AddContent(_topic!, _table.Columns[index], content, cellLine, cellIndex + 1, footnotes);
        }
    }

    /// <summary>Starts the row's topic or finds the topic a continuation row belongs to; null after a problem.</summary>
    private TopicCell? ReadTopic(SourceLine line)
    {
        var topicCell = TopicCell.Read(line.RawCell(0));
        if (!topicCell.IsContinuation)
        {
            _topic = _builder.AddTopic(topicCell, _groupKey, line.Number);
            return topicCell;
        }

        if (topicCell.Name.Length > 0)
        {
            // "Maatwerkafspraken (vervolg)": the topic above, or the one of that name in an earlier table.
            var named = _topic?.Key == topicCell.Key ? _topic : _builder.FindTopic(topicCell.Key);
            if (named is null)
            {
                _problems.Add(new ImportProblem(line.Number, 1,
                    $"Deze rij is een vervolg van '{topicCell.Name}', maar dat onderwerp staat niet boven deze rij. "
                    + "Schrijf de naam zoals in de rij van het onderwerp, of haal 'vervolg' weg als het een nieuw onderwerp is."));
                return null;
            }

            _topic = named;
        }
        else if (_topic is null)
        {
            _problems.Add(new ImportProblem(line.Number, 1,
                "Deze rij heeft geen onderwerp in de eerste cel, maar er staat geen onderwerp boven om haar bij te "
                + "voegen. Vul het onderwerp in."));
            return null;
        }

        _topic.AddQuestions(topicCell.GuidingQuestions);
        return topicCell;
    }

    private bool IsReadable(SourceLine line, int cellIndex)
    {
        if (CellHtmlCheck.FindProblem(line.Cell(cellIndex)) is not { } problem)
        {
            return true;
        }

        _problems.Add(new ImportProblem(line.CellLine(cellIndex), cellIndex + 1, problem));
        return false;
    }
}
