using System.Text.RegularExpressions;
using InkoopPortal.Application.Content;
using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Import.Presentation;

/// <summary>
/// Reads the text of a Wlz purchasing presentation: title and date from the first slide (the presentation's own
/// date: never a deadline), the tariff percentages per sector from a "Sector | %" table, deadlines from sentences
/// (<see cref="ProseDeadlines"/>), statements per topic
/// (<see cref="PresentationTopics"/>) and, from a table whose columns are Wlz sectors, one statement
/// "Sectorspecifieke uitdagingen" per sector. Every slide heading is a section at level 1.
/// </summary>
public static partial class PresentationParser
{
    public const string SectorChallengesTopic = "Sectorspecifieke uitdagingen";

    /// <exception cref="ImportFailedException">The text is empty, has no title, a table that is read is ragged, or a percentage is not a number.</exception>
    public static ParsedPolicyText Parse(string text)
    {
        var document = TextDocument.Read(text, LineClassifier.SlideHeadingLength);
        foreach (var section in document.Sections)
        {
            section.Level = 1;
        }

        var publishedOn = document.OwnDate?.Date;
        var statements = TopicStatements(document).Concat(SectorStatements(document)).OrderBy(statement => statement.Line).ToList();
        return new ParsedPolicyText(
            document.Title,
            document.FromYear,
            document.ToYear,
            publishedOn,
            document.ToParsedSections(),
            [],
            [],
            ProseDeadlines.Find(document, [], publishedOn?.Year ?? document.FromYear),
            TariffFigures(document),
            statements);
    }

    private static IEnumerable<ParsedStatement> TopicStatements(TextDocument document) =>
        document.Sections
            .Where(section => !section.IsEmpty)
            .Select(section => (Section: section, Topic: PresentationTopics.Match(section)))
            .Where(slide => slide.Topic is not null)
            .GroupBy(slide => slide.Topic!.Value)
            .Select(group => new ParsedStatement(
                group.Key.TopicName,
                group.Key.CareTypeHint,
                string.Join("\n\n", group.Select(slide => $"## {MarkdownText.EscapeInline(slide.Section.Title)}\n\n{MarkdownWriter.Body(slide.Section.Blocks)}")),
                string.Join("; ", group.Select(slide => slide.Section.Title)),
                group.First().Section.Line));

    private static IEnumerable<ParsedStatement> SectorStatements(TextDocument document)
    {
        foreach (var section in document.Sections)
        {
            foreach (var table in section.Tables.Where(table => table.Header.Cells.Count >= 2 && table.Header.Cells.All(cell => SectorName().IsMatch(InlineText.Clean(cell)))))
            {
                table.RequireRectangular();
                for (var column = 0; column < table.Header.Cells.Count; column++)
                {
                    var items = table.Body.Select(row => InlineText.Clean(row.Cells[column])).Where(cell => cell.Length > 0);
                    yield return new ParsedStatement(SectorChallengesTopic, InlineText.Clean(table.Header.Cells[column]), MarkdownWriter.BulletList(items), section.Title, table.Line);
                }
            }
        }
    }

    private static IReadOnlyList<ParsedFigure> TariffFigures(TextDocument document)
    {
        var tables = document.Sections.SelectMany(section => section.Tables)
            .Where(table => table.Header.Cells.Count == 2 && table.FindColumn(header => header == "sector") == 0 && table.FindColumn(header => header is "%" or "percentage" or "tariefpercentage") == 1)
            .ToList();
        if (tables.Count == 0)
        {
            return [];
        }

        var paragraphs = document.AllBlocks.Select(BlockText).Where(text => text.Length > 0).ToList();
        var name = paragraphs.Any(text => text.Contains("tariefpercentage", StringComparison.OrdinalIgnoreCase)) ? "Tariefpercentage" : "Percentage";
        var basis = Basis(paragraphs);
        var figures = new List<ParsedFigure>();
        foreach (var table in tables)
        {
            table.RequireRectangular();
            figures.AddRange(table.Body.Select(row => new ParsedFigure(name, InlineText.Clean(row.Cells[0]), Percentage(row), "%", basis, row.Line)));
        }

        return figures;
    }

    private static decimal Percentage(TableRow row)
    {
        var cell = InlineText.Clean(row.Cells[1]);
        if (PercentageValue().Match(cell) is { Success: true } match)
        {
            return decimal.Parse(match.Groups["value"].Value.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);
        }

        throw new ImportFailedException(new ImportProblem(row.Line, 2, $"'{cell}' is geen percentage; verwacht een getal zoals 95,5%."));
    }

    /// <summary>How the percentages were set: the sentence about the percentile and the one about the annual accounts used.</summary>
    private static string? Basis(IReadOnlyList<string> paragraphs)
    {
        var sentences = new[]
        {
            paragraphs.FirstOrDefault(text => text.Contains("percentiel", StringComparison.OrdinalIgnoreCase)),
            paragraphs.FirstOrDefault(text => AnnualAccounts().IsMatch(text)),
        }.OfType<string>().Select(text => text.TrimStart('*', ' ').TrimEnd('.', ' ') + ".").ToList();
        return sentences.Count > 0 ? string.Join(" ", sentences) : null;
    }

    private static string BlockText(Block block) => block switch
    {
        ParagraphBlock paragraph => paragraph.Text,
        ListItemBlock item => InlineText.Clean(item.Text),
        FootnoteBlock footnote => InlineText.Clean(footnote.Text),
        _ => "",
    };

    [GeneratedRegex(@"^(ouderenzorg|gehandicaptenzorg|geestelijke\s+gezondheidszorg|ggz|gz|vv|v&v|verpleging\s+(en|&)\s+verzorging|langdurige\s+ggz)$", RegexOptions.IgnoreCase)]
    private static partial Regex SectorName();

    [GeneratedRegex(@"^(?<value>\d+(?:[,.]\d+)?)\s*%?$")]
    private static partial Regex PercentageValue();

    [GeneratedRegex(@"jaarrekening.*\b(?:19|20)\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnnualAccounts();
}
