using System.Globalization;
using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Presentation;

namespace InkoopPortal.Application.Export;

/// <summary>
/// The matrix as the page shows it, as a grid of plain texts: one row per topic (with its group), one column per
/// purchaser in the page's order, and the cells' texts (statement text with bullets as lines, or the state in
/// words, with the change mark). Both the .xlsx and the CSV export are written from it, so they hold the same; the
/// writers make each text safe for a cell (<see cref="ExportText"/>).
/// </summary>
public sealed record MatrixGrid(
    string Title,
    string Filter,
    IReadOnlyList<string> Purchasers,
    IReadOnlyList<MatrixGridRow> Rows,
    bool HasQuestions,
    IReadOnlyList<MatrixGridSource> Sources)
{
    public const string GroupHeader = "Onderwerpgroep";
    public const string TopicHeader = "Onderwerp";
    public const string QuestionsHeader = "Hulpvragen";

    /// <summary>The columns before the purchasers' (group and topic); the spreadsheet keeps these in view.</summary>
    public const int LeadingColumns = 2;

    /// <summary>Group, topic, the purchasers in the page's order and, when any topic has them, the guiding questions.</summary>
    public IReadOnlyList<string> Header =>
        [GroupHeader, TopicHeader, .. Purchasers, .. HasQuestions ? new[] { QuestionsHeader } : []];

    /// <summary>Every row as texts in the order of <see cref="Header"/> (what the CSV holds).</summary>
    public IEnumerable<IReadOnlyList<string>> Values => Rows.Select(row => row.Values(HasQuestions));

    public static MatrixGrid From(MatrixPage page)
    {
        var matrix = page.Matrix ?? throw new ArgumentException("The page has no matrix to export.", nameof(page));
        var rows = matrix.Groups
            .SelectMany(group => group.Rows.Select(row => new MatrixGridRow(
                group.Name,
                TopicText(row),
                row.Cells.Select(cell => new MatrixGridCell(CellText(cell, matrix.Year), cell.State, cell.Change)).ToList(),
                string.Join('\n', row.GuidingQuestions.Select(question => PlainText.Bullet + question)))))
            .ToList();
        var sources = matrix.Columns.Select(column => new MatrixGridSource(
                column.PurchaserName,
                column.Document?.Title ?? $"Geen document voor {matrix.Year}",
                column.Document is { } document ? Years(document.ValidFromYear, document.ValidToYear) : "",
                column.Document?.SourceUrl ?? ""))
            .ToList();
        return new MatrixGrid(
            TitleOf(matrix),
            FilterText(page),
            matrix.Columns.Select(column => column.PurchaserName).ToList(),
            rows,
            HasQuestions: matrix.Groups.Any(group => group.Rows.Any(row => row.GuidingQuestions.Count > 0)),
            sources);
    }

    /// <summary>"Regioplan", or "Regioplan (randvoorwaarde)" where the page marks the topic "(R)".</summary>
    public static string TopicText(MatrixRow row) => row.IsPrecondition ? row.TopicName + " (randvoorwaarde)" : row.TopicName;

    /// <summary>The cell as the page says it: the statement's text or the state in words, after a change mark if any.</summary>
    public static string CellText(MatrixCell cell, int year)
    {
        var text = cell.State == CellState.Content ? PlainText.FromHtml(cell.Html) : MatrixHtmlWriter.StateText(cell.State);
        return cell.Change == CellChange.None ? text : $"{ChangeMark(cell.Change, year)}\n{text}";
    }

    /// <summary>"[Nieuw t.o.v. 2021]", "[Gewijzigd t.o.v. 2021]": the page's mark in the same words.</summary>
    public static string ChangeMark(CellChange change, int year) => $"[{CellStates.Dutch(change)} t.o.v. {year - 1}]";

    /// <summary>"Vergelijking zorginkoopbeleid huisartsenzorg 2022 (Zvw)".</summary>
    private static string TitleOf(ComparisonMatrix matrix) =>
        $"Vergelijking zorginkoopbeleid {DutchFormat.InSentence(matrix.CareType.Name)} {matrix.Year} ({matrix.CareType.Law})";

    /// <summary>"Inkopers: CZ, VGZ · Onderwerpen: alle · Mijn regio: VGZ (eerste kolom)": the filter that made this matrix.</summary>
    private static string FilterText(MatrixPage page)
    {
        var matrix = page.Matrix!;
        var purchasers = page.Request.PurchaserSlugs.Count > 0
            ? string.Join(", ", matrix.Columns.Where(column => !column.IsHighlighted || page.Request.PurchaserSlugs.Contains(column.PurchaserSlug))
                .Select(column => column.PurchaserName))
            : "alle met een document";
        var topics = page.Request.TopicSlugs.Count > 0
            ? string.Join(", ", matrix.Groups.SelectMany(group => group.Rows).Select(row => row.TopicName))
            : "alle";
        var text = $"Inkopers: {purchasers} · Onderwerpen: {topics}";
        if (matrix.Columns.FirstOrDefault(column => column.IsHighlighted) is { } mine)
        {
            text += $" · Mijn regio: {mine.PurchaserName} (eerste kolom)";
        }

        // What the page says about the filter (an unknown purchaser left out) is said here too.
        if (page.Messages.Count > 0)
        {
            text += " · Let op: " + string.Join(" ", page.Messages);
        }

        return text;
    }

    private static string Years(int from, int to) =>
        from == to ? from.ToString(CultureInfo.InvariantCulture) : $"{from}–{to}";
}

public sealed record MatrixGridRow(string Group, string Topic, IReadOnlyList<MatrixGridCell> Cells, string Questions)
{
    public IReadOnlyList<string> Values(bool withQuestions)
    {
        var values = new List<string>(Cells.Count + 3) { Group, Topic };
        values.AddRange(Cells.Select(cell => cell.Text));
        if (withQuestions)
        {
            values.Add(Questions);
        }

        return values;
    }
}

public sealed record MatrixGridCell(string Text, CellState State, CellChange Change);

/// <summary>Where a column's cells come from: the purchaser's document, its years and its address at the source.</summary>
public sealed record MatrixGridSource(string Purchaser, string Document, string Years, string SourceUrl);
