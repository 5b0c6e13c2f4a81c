using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace InkoopPortal.Application.Export;

/// <summary>
/// CSV that Dutch Excel opens as a table with a double click: UTF-8 with a byte order mark (else Excel reads it as
/// Windows-1252 and breaks "ë" and "–"), ";" between fields (Dutch Excel's list separator; "," is the decimal
/// comma), RFC 4180 quoting with line breaks kept inside quoted fields, and a "'" before a field that starts with
/// = + - @ or a tab, so a spreadsheet never runs text from the portal as a formula (ADR-017). Every field is made
/// safe for a cell first (<see cref="ExportText"/>). For any table of texts: the matrix, search results.
/// </summary>
public static class DutchCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>The settings used to write, and to read such a file back (tests, a later import).</summary>
    public static CsvConfiguration Configuration { get; } = new(CultureInfo.GetCultureInfo("nl-NL"))
    {
        Delimiter = ";",
        NewLine = "\r\n",
        InjectionOptions = InjectionOptions.Escape,
        InjectionEscapeCharacter = '\'',
        InjectionCharacters = ['=', '+', '-', '@', '\t', '\r'],
        // With NewLine set, CsvHelper would only quote "\r\n"; a line break inside a cell is "\n" (see ExportText).
        ShouldQuote = args => args.Field is { Length: > 0 } field
            && (field.AsSpan().IndexOfAny(";\"\r\n") >= 0 || field[0] == ' ' || field[^1] == ' '),
    };

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The header row and the rows, as the bytes of a file.</summary>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, Utf8WithBom, leaveOpen: true))
        using (var csv = new CsvWriter(writer, Configuration))
        {
            WriteRow(csv, header);
            foreach (var row in rows)
            {
                WriteRow(csv, row);
            }
        }

        return stream.ToArray();
    }

    private static void WriteRow(CsvWriter csv, IReadOnlyList<string> fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(ExportText.ForCell(field));
        }

        csv.NextRecord();
    }
}
