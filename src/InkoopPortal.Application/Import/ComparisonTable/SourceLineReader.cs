using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>
/// Splits the text form into rows with CsvHelper (tab-delimited, RFC 4180 quoting as Excel writes to the clipboard:
/// a cell holding a line break is written <c>"..."</c> with inner quotes doubled).
/// <para>
/// A quote that is not Excel quoting stays text: the memo's HTML (<c>&lt;ul style="..."&gt;</c>, <c>"bonus"-regeling</c>)
/// has quotes inside cells, and a quote that opens and closes on one line never moves text to another line, so such a
/// line is read cell by cell as written. A quoted cell that runs over a tab, or that is left open over a line break,
/// would move text into another cell or row: it is refused with its line and column.
/// </para>
/// </summary>
internal static class SourceLineReader
{
    private const string UnclosedQuote =
        "Deze cel begint met een aanhalingsteken dat niet goed wordt afgesloten: de cel loopt dan door in de volgende "
        + "cel of regel. Zet aanhalingstekens binnen een cel dubbel (\"\"), sluit de cel af met één aanhalingsteken, "
        + "of haal het losse aanhalingsteken weg.";

    public static List<SourceLine> Read(string text, List<ImportProblem> problems)
    {
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        var badFields = new List<string>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = "\t",
            Mode = CsvMode.RFC4180,
            NewLine = "\n",
            IgnoreBlankLines = false,
            DetectColumnCountChanges = false,
            BadDataFound = arguments => badFields.Add(arguments.Field),
        };

        var rows = new List<SourceLine>();
        using var parser = new CsvParser(new StringReader(text), configuration);
        var lineNumber = 1;
        while (parser.Read())
        {
            // CsvHelper reads the fields (and reports bad data) when they are asked for.
            var fields = parser.Record ?? [];
            var raw = parser.RawRecord;
            var body = raw.EndsWith('\n') ? raw[..^1] : raw;

            // A quote inside a cell that does not start with one is text, read as written ("bonus"-regeling).
            badFields.RemoveAll(field => !field.StartsWith('"'));
            var row = ToRow(lineNumber, body, fields, badFields, problems);
            if (row is not null)
            {
                rows.Add(row);
            }

            lineNumber += Count(raw, '\n', raw.Length);
            badFields.Clear();
        }

        return rows;
    }

    private static SourceLine? ToRow(
        int lineNumber, string body, string[] fields, List<string> badFields, List<ImportProblem> problems)
    {
        if (badFields.Count == 0)
        {
            var lines = CellLines(lineNumber, body, fields);
            var withTab = Array.FindIndex(fields, field => field.Contains('\t'));
            if (withTab < 0)
            {
                return new SourceLine(lineNumber, fields, lines);
            }

            problems.Add(new ImportProblem(lines[withTab], withTab + 1, UnclosedQuote));
            return null;
        }

        if (!body.Contains('\n'))
        {
            // The quotes open and close on this line: read its cells as written.
            var cells = body.Split('\t');
            return new SourceLine(lineNumber, cells, cells.Select(_ => lineNumber).ToList());
        }

        // The bad cell as it starts on its first line (its raw text may run on past the end of the record).
        var start = badFields[0].Split('\n')[0];
        var offset = Math.Max(0, body.IndexOf(start, StringComparison.Ordinal));
        var line = lineNumber + Count(body, '\n', offset);
        var column = 1 + Count(body, '\t', offset);
        problems.Add(new ImportProblem(line, column, UnclosedQuote));
        return null;
    }

    /// <summary>
    /// The physical line each cell starts on: a quoted cell takes its two quotes and one more for each inner quote.
    /// </summary>
    private static List<int> CellLines(int lineNumber, string body, string[] fields)
    {
        var lines = new List<int>(fields.Length);
        var position = 0;
        var line = lineNumber;
        foreach (var field in fields)
        {
            lines.Add(line);
            var length = position < body.Length && body[position] == '"'
                ? field.Length + 2 + Count(field, '"', field.Length)
                : field.Length;
            var end = Math.Min(body.Length, position + length);
            line += Count(body[position..end], '\n', end - position);
            position = end + 1;
            if (position > body.Length)
            {
                position = body.Length;
            }
        }

        return lines;
    }

    private static int Count(string text, char character, int length)
    {
        var count = 0;
        for (var index = 0; index < length && index < text.Length; index++)
        {
            if (text[index] == character)
            {
                count++;
            }
        }

        return count;
    }
}
