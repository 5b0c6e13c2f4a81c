using System.Globalization;
using System.Text.RegularExpressions;
using InkoopPortal.Application.Content;

namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>Walks the lines of a comparison memo once, deciding for each line what it is.</summary>
internal sealed partial class ComparisonTableReader(string text)
{
    private static readonly HashSet<string> TopicHeaderWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Onderwerp", "Onderwerpen", "Thema", "Bouwsteen",
    };

    private readonly List<SourceLine> lines = SourceLine.Split(text);
    private readonly List<ImportProblem> problems = [];
    private readonly ComparisonTableBuilder builder = new();
    private readonly List<TableSection> tables = [];
    private readonly List<string> introduction = [];
    private readonly List<ParsedDocumentLink> links = [];

    private string? title;
    private string? groupKey;
    private TableSection? table;
    private ComparisonTableBuilder.TopicBuilder? topic;
    private bool inLinkTable;

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"^-+$")]
    private static partial Regex Dashes();

    public ParsedComparisonTable Read()
    {
        if (lines.All(line => line.IsBlank))
        {
            throw new ImportFailedException(new ImportProblem(1, null, "Het bestand is leeg."));
        }

        for (var index = 0; index < lines.Count; index++)
        {
            ReadLine(lines[index], NextNonBlank(index));
        }

        if (tables.Count == 0 && problems.Count == 0)
        {
            problems.Add(new ImportProblem(1, null,
                "Er staat geen vergelijkingstabel in het bestand: geen kopregel met 'Onderwerp' (of een lege eerste "
                + "cel) gevolgd door de namen van de zorgverzekeraars of zorgkantoren, gescheiden door tabs."));
        }

        CheckFootnotes();
        if (problems.Count > 0)
        {
            throw new ImportFailedException(problems.OrderBy(p => p.Line).ThenBy(p => p.Column ?? 0).ToList());
        }

        var titleText = title ?? "";
        var year = Year().Match(titleText);
        return new ParsedComparisonTable(
            titleText,
            year.Success ? int.Parse(year.Value, CultureInfo.InvariantCulture) : null,
            IntroductionWriter.Write(introduction),
            links,
            builder.Groups,
            builder.Topics,
            builder.Columns,
            builder.BuildCells());
    }

    private SourceLine? NextNonBlank(int index) => lines.Skip(index + 1).FirstOrDefault(line => !line.IsBlank);

    private void ReadLine(SourceLine line, SourceLine? next)
    {
        inLinkTable = inLinkTable && IsLinkRow(line);
        if (line.IsBlank)
        {
            return;
        }

        if (!line.IsTableRow)
        {
            ReadTextLine(line, next);
        }
        else if (inLinkTable)
        {
            links.Add(new ParsedDocumentLink(MarkdownText.NormalizeWhitespace(line.Cell(0)), line.Cell(1), line.Number));
        }
        else if (tables.Count == 0 && IsLinkHeader(line))
        {
            inLinkTable = true;
        }
        else if (line.Cells.All(cell => cell.Trim().Length == 0 || Dashes().IsMatch(cell.Trim())))
        {
            // A separator row ("---\t---") or a row of empty cells.
        }
        else if (IsHeader(line, table))
        {
            ReadHeader(line);
        }
        else
        {
            ReadDataRow(line);
        }
    }

    private void ReadTextLine(SourceLine line, SourceLine? next)
    {
        var content = MarkdownText.NormalizeWhitespace(line.Text);
        if (title is null)
        {
            title = content;
        }
        else if (table is not null && FootnoteMarkers.TryReadDefinition(content, out var number, out var footnote))
        {
            table.Footnotes.TryAdd(number, footnote);
        }
        else if (next is not null && IsHeader(next, null))
        {
            // "N.a.v bouwstenen voor regionale samenwerking – CZ, Menzis, VGZ, Zilveren Kruis": the group is the
            // part before the dash; the purchasers after it are in the header below.
            var name = content.Split([" – ", " — "], 2, StringSplitOptions.None)[0].Trim();
            groupKey = builder.AddGroup(name, line.Number);
            table = null;
            topic = null;
        }
        else if (tables.Count == 0)
        {
            introduction.Add(content);
        }
        else
        {
            problems.Add(new ImportProblem(line.Number, null,
                "Deze regel hoort niet bij een tabel: het is geen kopregel, tabelrij, voetnoot of kop boven een tabel."));
        }
    }

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

    /// <summary>
    /// A header starts with "Onderwerp", or with an empty cell followed by purchaser names (Wlz tables). The latter
    /// looks like a continuation row, so it only counts where a new table may start or as a repeated header.
    /// </summary>
    private static bool IsHeader(SourceLine line, TableSection? current)
    {
        if (!line.IsTableRow)
        {
            return false;
        }

        if (TopicHeaderWords.Contains(line.Cell(0)))
        {
            return true;
        }

        var names = line.Cells.Skip(1).Take(line.FilledCellCount - 1).Select(cell => cell.Trim()).ToList();
        return line.Cell(0).Length == 0
            && names.Count > 0
            && names.All(name => name.Length is > 0 and <= 60 && !name.Contains('<'))
            && (current is null || current.HasHeader(HeaderKeys(names)));
    }

    private static List<string> HeaderKeys(IEnumerable<string> names) =>
        names.Select(ComparisonTableBuilder.PurchaserKey).ToList();

    private void ReadHeader(SourceLine line)
    {
        var names = line.Cells.Skip(1).Take(Math.Max(0, line.FilledCellCount - 1)).Select(c => c.Trim()).ToList();
        if (table is not null && table.HasHeader(HeaderKeys(names)))
        {
            return; // The header repeated after a page break.
        }

        topic = null;
        if (names.Count == 0)
        {
            problems.Add(new ImportProblem(line.Number, 2,
                "De kopregel van deze tabel noemt geen zorgverzekeraars of zorgkantoren. Zet hun namen in de "
                + "kolommen na 'Onderwerp', gescheiden door tabs."));
        }

        var columns = new List<ParsedColumn>();
        for (var index = 0; index < names.Count; index++)
        {
            var columnNumber = index + 2;
            if (names[index].Length == 0)
            {
                problems.Add(new ImportProblem(line.Number, columnNumber,
                    $"Kolomkop ontbreekt in kolom {columnNumber}: vul de naam van de zorgverzekeraar of het zorgkantoor in."));
            }
            else if (HeaderKeys(names.Take(index)).Contains(ComparisonTableBuilder.PurchaserKey(names[index])))
            {
                problems.Add(new ImportProblem(line.Number, columnNumber,
                    $"'{names[index]}' staat twee keer in de kopregel van deze tabel."));
            }

            columns.Add(builder.GetOrAddColumn(names[index], line.Number, columnNumber));
        }

        table = new TableSection(line.Number, columns, HeaderKeys(names));
        tables.Add(table);
    }

    private void ReadDataRow(SourceLine line)
    {
        if (table is null)
        {
            problems.Add(new ImportProblem(line.Number, 1,
                "Deze tabelrij staat niet onder een kopregel. Zet boven de tabel een kopregel met 'Onderwerp' en de "
                + "namen van de zorgverzekeraars of zorgkantoren."));
            return;
        }

        var headerCells = table.Columns.Count + 1;
        if (line.FilledCellCount > headerCells)
        {
            problems.Add(new ImportProblem(line.Number, headerCells + 1,
                $"Deze regel heeft {line.FilledCellCount} cellen, maar de kop heeft er {headerCells}. "
                + "Controleer of er een tab te veel staat of een kolomkop ontbreekt."));
            return;
        }

        if (!IsReadable(line, 0))
        {
            return;
        }

        var topicCell = TopicCell.Read(line.Cell(0));
        if (topicCell.IsContinuation)
        {
            if (topic is null)
            {
                problems.Add(new ImportProblem(line.Number, 1,
                    "Deze rij heeft geen onderwerp in de eerste cel, maar er staat geen onderwerp boven om haar bij te "
                    + "voegen. Vul het onderwerp in."));
                return;
            }

            topic.AddQuestions(topicCell.GuidingQuestions);
        }
        else
        {
            topic = builder.AddTopic(topicCell, groupKey, line.Number);
        }

        for (var index = 0; index < table.Columns.Count; index++)
        {
            var cellIndex = index + 1;

            // An empty cell in a continuation row adds nothing; in a topic row it is an answer ("nothing of note").
            if ((topicCell.IsContinuation && line.Cell(cellIndex).Length == 0) || !IsReadable(line, cellIndex))
            {
                continue;
            }

            var content = CellHtmlConverter.Convert(line.Cell(cellIndex));
            foreach (var number in FootnoteMarkers.Find(content.PlainText))
            {
                table.Markers.Add((number, line.Number, cellIndex + 1));
            }

            builder.AddContent(topic, table.Columns[index], content, line.Number, cellIndex + 1, table);
        }
    }

    private bool IsReadable(SourceLine line, int cellIndex)
    {
        if (CellHtmlCheck.FindProblem(line.Cell(cellIndex)) is not { } problem)
        {
            return true;
        }

        problems.Add(new ImportProblem(line.Number, cellIndex + 1, problem));
        return false;
    }

    private void CheckFootnotes()
    {
        foreach (var section in tables)
        {
            foreach (var (number, line, column) in section.Markers.Where(m => !section.Footnotes.ContainsKey(m.Number)))
            {
                var marker = FootnoteMarkers.ToMarker(number);
                problems.Add(new ImportProblem(line, column,
                    $"Voetnoot {marker} in deze cel heeft geen voetnoottekst. Zet onder de tabel een regel die begint "
                    + $"met {marker} en de tekst van de voetnoot."));
            }
        }
    }
}
