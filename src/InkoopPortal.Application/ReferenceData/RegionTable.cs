using System.Text;

namespace InkoopPortal.Application.ReferenceData;

/// <summary>Reads zorgkantoorregios-2015.csv: regio_nummer,regio,wlz_uitvoerder,concern (RFC 4180 quoting).</summary>
internal static class RegionTable
{
    public sealed record Row(int Line, int Number, string Name, string Executor, string Concern);

    public static IEnumerable<Row> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        for (var index = 1; index < lines.Length; index++)
        {
            if (string.IsNullOrWhiteSpace(lines[index]))
            {
                continue;
            }

            var fields = SplitCsvLine(lines[index]);
            if (fields.Count != 4 || !int.TryParse(fields[0], out var number))
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} regel {index + 1}: verwacht 4 velden met een regionummer.");
            }

            yield return new Row(index + 1, number, fields[1].Trim(), fields[2].Trim(), fields[3].Trim());
        }
    }

    private static List<string> SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var position = 0; position < line.Length; position++)
        {
            var character = line[position];
            if (quoted)
            {
                if (character == '"' && position + 1 < line.Length && line[position + 1] == '"')
                {
                    field.Append('"');
                    position++;
                }
                else if (character == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(character);
                }
            }
            else if (character == '"')
            {
                quoted = true;
            }
            else if (character == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(character);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
