using System.Text;
using CsCheck;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.ComparisonTable;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.UnitTests.Import.ComparisonTable;

/// <summary>
/// Property tests on the reader: generated valid tables (several column groups, headers with "Onderwerp" or an empty
/// first cell, topics in other orders per group, cells with HTML or typed lists and footnotes, as HTML rows or as
/// Excel's quoted TSV), read as they are and after mutations. Invariant: no exception but ImportFailedException; on
/// success every cell cites a line of the file and a column of its header, and every column is a name written in a
/// header; on refusal every problem has a line of the file.
/// </summary>
public class ReaderPropertyTests
{
    private const int Iterations = 250;

    private static readonly string[] Purchasers =
        ["CZ", "VGZ", "Menzis", "Zilveren Kruis", "DSW", "Zorg en Zekerheid", "a.s.r.", "ONVZ", "Zorgkantoor Noord", "Eno/Salland"];

    private static readonly string[] Topics =
        ["Algemeen", "Regioplan", "Automatisering", "Inkoopdoelen", "Bekostiging", "Maatwerkafspraken", "Kwaliteit", "Wijkzorg"];

    private static readonly string[] FixedAnswers =
        ["Geen bijzonderheden", "Geen beleid opgenomen", "Nog niet geanalyseerd", "n.v.t.", "–", ""];

    private sealed record CellModel(string Text, bool HasContent, int? Footnote);

    private sealed record GroupModel(string[] Purchasers, string[] Topics, CellModel[][] Cells, bool EmptyFirstHeaderCell);

    private sealed record TableModel(GroupModel[] Groups, bool PlainTsv, bool WithTitle, int FootnotePlace)
    {
        public string Render() => string.Join("\n", RenderLines());

        public List<string> RenderLines()
        {
            var lines = new List<string>();
            if (WithTitle)
            {
                lines.AddRange(["Vergelijking inkoopbeleid 2024", ""]);
            }

            var footnotes = Groups.SelectMany(group => group.Cells.SelectMany(row => row))
                .Where(cell => cell.Footnote is not null).Select(cell => cell.Footnote!.Value).Distinct().ToList();
            for (var index = 0; index < Groups.Length; index++)
            {
                var group = Groups[index];
                lines.AddRange([$"Groep {index + 1} – {string.Join(", ", group.Purchasers)}", ""]);
                lines.Add(string.Join("\t", [group.EmptyFirstHeaderCell ? "" : "Onderwerp", .. group.Purchasers]));
                for (var row = 0; row < group.Topics.Length; row++)
                {
                    lines.Add(string.Join("\t", [group.Topics[row], .. group.Cells[row].Select(cell => Cell(cell.Text))]));
                }

                // Footnotes directly under the first group's table, or all at the end of the file.
                if (FootnotePlace == 0 && index == 0)
                {
                    lines.AddRange(footnotes.Select(Definition));
                }

                lines.Add("");
            }

            if (FootnotePlace != 0)
            {
                lines.AddRange(footnotes.Select(Definition));
            }

            return lines;
        }

        private static string Definition(int number) => $"{FootnoteMarkers.ToMarker(number)} Toelichting {number}.";

        // Excel's quoting: a cell holding a line break is quoted, inner quotes doubled.
        private static string Cell(string text) => text.Contains('\n') ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    private static readonly Gen<CellModel> CellGen = Gen.OneOf(
        Gen.OneOf(FixedAnswers).Select(answer => new CellModel(answer, false, null)),
        Gen.Select(Gen.OneOf("Inzet op", "Regioplan voor", "Contract met"), Gen.Int[1, 3], Gen.Bool,
            (text, footnote, withNote) => new CellModel($"{text} 2025{(withNote ? FootnoteMarkers.ToMarker(footnote) : "")}", true, withNote ? footnote : null)),
        Gen.Select(Gen.OneOf("-", "•", "1.", "a)"), Gen.Int[1, 3],
            (marker, count) => new CellModel(TypedList(marker, count), true, null)),
        Gen.Int[1, 3].Select(count => new CellModel(
            "<ul style=\"list-style-type: none\">" + string.Concat(Enumerable.Range(1, count).Select(i => $" – Punt {i} \"bonus\"")), true, null)),
        Gen.Int[1, 3].Select(count => new CellModel(
            "<ol>" + string.Concat(Enumerable.Range(1, count).Select(i => $"<li>Stap {i}</li>")) + "</ol>", true, null)));

    private static string TypedList(string marker, int count) => string.Join("\n", Enumerable.Range(1, count).Select(i => marker switch
    {
        "1." => $"{i}. Item {i}",
        "a)" => $"{(char)('a' + i - 1)}) Item {i}",
        _ => $"{marker} Item {i}",
    }));

    /// <summary>Up to three groups with their own purchasers (disjoint, so each cell is written once) and topics.</summary>
    private static readonly Gen<TableModel> TableGen =
        Gen.SelectMany(Gen.Shuffle(Purchasers, 3, 9), Gen.Int[1, 3], Gen.Bool, (purchasers, groupCount, plain) =>
            Gen.Select(
                Enumerable.Range(0, groupCount).Select(index => GroupGen(purchasers.Where((_, at) => at % groupCount == index).ToArray())).ToArray()
                    .Aggregate(Gen.Const(Array.Empty<GroupModel>()), (all, next) => Gen.Select(all, next, (list, group) => (GroupModel[])[.. list, group])),
                Gen.Bool,
                Gen.Int[0, 1],
                (groups, title, footnotes) => new TableModel(
                    plain ? groups.Select(group => group with { Cells = group.Cells.Select(row => row.Select(Plain).ToArray()).ToArray() }).ToArray() : groups,
                    plain, title, footnotes)));

    private static Gen<GroupModel> GroupGen(string[] purchasers) =>
        Gen.SelectMany(Gen.Shuffle(Topics, 1, 4), Gen.Bool, (topics, emptyFirst) =>
            CellGen.Array[purchasers.Length].Array[topics.Length].Select(cells => new GroupModel(purchasers, topics, cells, emptyFirst)));

    /// <summary>Excel has no HTML: its cells are text, lists typed with markers on their own lines.</summary>
    private static CellModel Plain(CellModel cell) => cell.Text.StartsWith('<') ? cell with { Text = TypedList("-", 2) } : cell;

    [Fact]
    public void Generated_valid_tables_import_with_every_cell_in_its_column()
    {
        TableGen.Sample(model =>
        {
            var table = ComparisonTableParser.Parse(model.Render());

            // A purchaser in several groups is one column; a topic in several groups is one row.
            table.Columns.Select(column => column.PurchaserName)
                .Should().Equal(model.Groups.SelectMany(group => group.Purchasers).Distinct());
            table.Topics.Select(topic => topic.Name).Should().BeEquivalentTo(model.Groups.SelectMany(group => group.Topics).Distinct());
            foreach (var group in model.Groups)
            {
                for (var row = 0; row < group.Topics.Length; row++)
                {
                    for (var column = 0; column < group.Purchasers.Length; column++)
                    {
                        var expected = group.Cells[row][column];
                        var cell = table.Cells.Last(parsed =>
                            parsed.PurchaserName == group.Purchasers[column] && parsed.TopicKey == Key(group.Topics[row]));
                        (cell.Status == StatementStatus.Content).Should().Be(expected.HasContent, expected.Text);
                        if (expected.Footnote is { } number)
                        {
                            cell.Markdown.Should().Contain($"[^{number}]: Toelichting {number}.");
                        }
                    }
                }
            }
        }, iter: Iterations, print: model => model.Render());
    }

    [Fact]
    public void Mutated_tables_import_with_their_invariants_or_are_refused_with_a_line()
    {
        var mutated = Gen.Select(TableGen, Gen.Int[1, 4], Gen.Int[0, int.MaxValue], Gen.String[0, 6])
            .Select((model, count, seed, noise) => Mutate(model.RenderLines(), count, seed, noise));
        mutated.Sample(CheckInvariants, iter: Iterations);
    }

    [Fact]
    public void Random_text_and_bytes_never_throw_anything_but_a_refusal()
    {
        var noise = Gen.OneOf(
            Gen.String[0, 200],
            Gen.Char["\t\n\r\"<>–-•*1.a)¹²( vervolgOnderwerpCZ"].Array[0, 200].Select(chars => new string(chars)),
            Gen.Byte.Array[0, 200].Select(bytes => Encoding.UTF8.GetString(bytes)));
        noise.Sample(CheckInvariants, iter: Iterations * 2);
    }

    private static string Key(string topic) => TopicCell.Read(topic).Key;

    /// <summary>Rows dropped, duplicated or swapped, a header repeated (respelled) or random text inserted.</summary>
    private static string Mutate(List<string> lines, int count, int seed, string noise)
    {
        var random = new Random(seed);
        for (var step = 0; step < count && lines.Count > 0; step++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(6))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, lines[at]);
                    break;
                case 2:
                    (lines[at], lines[^1]) = (lines[^1], lines[at]);
                    break;
                case 3:
                    var header = lines.FirstOrDefault(line => line.StartsWith("Onderwerp\t", StringComparison.Ordinal) || line.StartsWith('\t'));
                    if (header is not null)
                    {
                        var respelled = random.Next(2) == 0 ? header.ToUpperInvariant() : header.Replace(" ", "", StringComparison.Ordinal);
                        lines.Insert(at, respelled.Replace("ONDERWERP", "Onderwerp", StringComparison.Ordinal));
                    }

                    break;
                case 4:
                    var line = lines[at];
                    var position = random.Next(line.Length + 1);
                    lines[at] = line[..position] + noise + line[position..];
                    break;
                default:
                    lines[at] = noise;
                    break;
            }
        }

        return string.Join("\n", lines);
    }

    private static void CheckInvariants(string text)
    {
        var lineCount = text.Split('\n').Length;
        ParsedComparisonTable table;
        try
        {
            table = ComparisonTableParser.Parse(text);
        }
        catch (ImportFailedException refusal)
        {
            refusal.Problems.Should().NotBeEmpty().And.OnlyContain(problem => problem.Line >= 1 && problem.Line <= lineCount);
            refusal.Problems.Should().OnlyContain(problem => problem.Message.Length > 0);
            return;
        }

        var physicalLines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var widestHeader = table.Columns.Max(column => column.Column);
        table.Cells.Should().NotBeEmpty();
        table.Columns.Should().NotContain(column =>
            column.Line < 1 || column.Line > lineCount || !physicalLines[column.Line - 1].Contains(column.PurchaserName.Split('\n')[0]));
        table.Cells.Should().NotContain(cell =>
            cell.Line < 1 || cell.Line > lineCount || cell.Column < 2 || cell.Column > widestHeader
            || !table.Columns.Any(column => column.PurchaserName == cell.PurchaserName)
            || !table.Topics.Any(topic => topic.Key == cell.TopicKey));
        table.Cells.Should().NotContain(cell => (cell.Status == StatementStatus.Content) != (cell.Markdown.Length > 0));
    }
}
