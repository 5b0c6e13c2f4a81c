using System.Text;
using CsvHelper;
using InkoopPortal.Application.Export;

namespace InkoopPortal.TestSupport.Export;

/// <summary>Reads an exported CSV back as a spreadsheet would: every row as its fields, the header row included.</summary>
public static class CsvFiles
{
    public static List<string[]> Rows(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, DutchCsv.Configuration);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record!);
        }

        return rows;
    }
}
