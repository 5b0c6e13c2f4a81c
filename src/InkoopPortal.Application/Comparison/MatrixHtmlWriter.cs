using System.Text;
using System.Text.Encodings.Web;
using InkoopPortal.Application.Content;

namespace InkoopPortal.Application.Comparison;

/// <summary>
/// Writes the matrix as one HTML table: a real data table (caption, column and row headers with scopes, a row
/// group per topic group), the cells' stored sanitized HTML, and per cell a state class, a change mark and links.
/// Written once per content version and cached, so serving the page costs no per-cell rendering.
/// </summary>
public static class MatrixHtmlWriter
{
    public const string CellDetailPath = "/vergelijk/cel";
    public const string TopicTimelinePath = "/vergelijk/onderwerp";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>
    /// Writes the table; <paramref name="state"/> is the request it answers. Its filter beyond year and care type
    /// (<see cref="MatrixNavigation.StateParameters"/>) is written once, on the table: comparison.js adds it to a
    /// cell's detail link when it is followed, so "terug" on the cell page restores the same filter without every
    /// cell's link repeating the purchaser and topic lists.
    /// </summary>
    public static string Write(ComparisonMatrix matrix, MatrixRequest? state = null)
    {
        var html = new StringBuilder(4096 + matrix.CellCount * 700);
        var topicCount = matrix.Groups.Sum(group => group.Rows.Count);
        html.Append("<table class=\"matrix\" data-columns=\"").Append(matrix.Columns.Count).Append('"');
        if (state is not null && MatrixNavigation.StateParameters(state) is { Length: > 0 } stateParameters)
        {
            html.Append(" data-state=\"").Append(Encode(stateParameters)).Append('"');
        }

        html.Append('>');
        html.Append("<caption>").Append(Encode(matrix.CareType.Name)).Append(' ').Append(matrix.Year)
            .Append(": ").Append(matrix.Columns.Count).Append(matrix.Columns.Count == 1 ? " inkoper, " : " inkopers, ")
            .Append(topicCount).Append(topicCount == 1 ? " onderwerp" : " onderwerpen").Append("</caption>");

        WriteHead(html, matrix);
        foreach (var group in matrix.Groups)
        {
            WriteGroup(html, matrix, group);
        }

        html.Append("</table>");
        return html.ToString();
    }

    public static string CellId(string purchaserSlug, string topicSlug) => $"cel-{purchaserSlug}-{topicSlug}";

    public static string TopicTimelineUrl(string topicSlug, string careTypeSlug) =>
        $"{TopicTimelinePath}?onderwerp={topicSlug}&zorgsoort={careTypeSlug}";

    /// <summary>The matrix of the year, scrolled to the purchaser's cell on the topic.</summary>
    public static string MatrixCellUrl(int year, string careTypeSlug, string purchaserSlug, string topicSlug) =>
        MatrixNavigation.CellUrl(new MatrixRequest(year, careTypeSlug, null, [], []), purchaserSlug, topicSlug);

    public static string CellDetailUrl(int year, string careTypeSlug, string purchaserSlug, string topicSlug) =>
        $"{CellDetailPath}?jaar={year}&zorgsoort={careTypeSlug}&inkoper={purchaserSlug}&onderwerp={topicSlug}";

    /// <summary>The id of a cell's text, which "Toon alles" unfolds.</summary>
    public static string CellBodyId(string cellId) => cellId + "-tekst";

    private static void WriteHead(StringBuilder html, ComparisonMatrix matrix)
    {
        html.Append("<thead><tr><th scope=\"col\" class=\"matrix-corner\">Onderwerp</th>");
        for (var index = 0; index < matrix.Columns.Count; index++)
        {
            var column = matrix.Columns[index];
            // An empty column (no cell says anything) is left out of the printout; the page says which.
            html.Append("<th scope=\"col\" class=\"matrix-head").Append(column.IsHighlighted ? " is-mine" : "")
                .Append(matrix.IsEmptyColumn(index) ? " matrix-head--empty" : "")
                .Append("\" id=\"kolom-").Append(column.PurchaserSlug).Append("\">")
                .Append("<a class=\"matrix-purchaser\" href=\"/inkopers/").Append(column.PurchaserSlug).Append("\">")
                .Append(Encode(column.PurchaserName)).Append("</a>");
            if (column.IsHighlighted)
            {
                html.Append(" <span class=\"mine-badge\">Mijn regio</span>");
            }

            if (column.Document is { } document)
            {
                html.Append("<a class=\"matrix-document\" href=\"/documenten/").Append(document.Id).Append("\">")
                    .Append(document.ValidFromYear == document.ValidToYear
                        ? $"Document {document.ValidFromYear}"
                        : $"Document {document.ValidFromYear}–{document.ValidToYear}")
                    .Append("<span class=\"visually-hidden\"> van ").Append(Encode(column.PurchaserName)).Append("</span></a>");
            }
            else
            {
                html.Append("<span class=\"matrix-document none\">Geen document</span>");
            }

            html.Append("</th>");
        }

        html.Append("</tr></thead>");
    }

    private static void WriteGroup(StringBuilder html, ComparisonMatrix matrix, MatrixRowGroup group)
    {
        html.Append("<tbody class=\"matrix-group\">");
        html.Append("<tr class=\"matrix-group-row\"><th scope=\"rowgroup\" colspan=\"").Append(matrix.Columns.Count + 1)
            .Append("\"><span>").Append(Encode(group.Name)).Append("</span></th></tr>");
        foreach (var row in group.Rows)
        {
            html.Append("<tr id=\"onderwerp-").Append(row.TopicSlug).Append("\">");
            WriteTopicHeader(html, row, matrix.CareType.Slug);
            for (var index = 0; index < row.Cells.Count; index++)
            {
                var column = matrix.Columns[index];
                var cell = row.Cells[index];
                WriteCell(html, CellId(cell.PurchaserSlug, row.TopicSlug), matrix.Year, matrix.CareType.Slug, column.PurchaserName,
                    column.IsHighlighted, row.TopicSlug, row.TopicName, cell);
            }

            html.Append("</tr>");
        }

        html.Append("</tbody>");
    }

    private static void WriteTopicHeader(StringBuilder html, MatrixRow row, string careTypeSlug)
    {
        html.Append("<th scope=\"row\" class=\"matrix-topic\"><span class=\"topic-name\">").Append(Encode(row.TopicName)).Append("</span>");
        if (row.IsPrecondition)
        {
            html.Append(" <abbr class=\"precondition\" title=\"Randvoorwaarde\">(R)</abbr>");
        }

        if (row.GuidingQuestions.Count > 0)
        {
            html.Append("<ul class=\"guiding-questions\">");
            foreach (var question in row.GuidingQuestions)
            {
                html.Append("<li>").Append(Encode(question)).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<a class=\"topic-timeline\" href=\"").Append(Encode(TopicTimelineUrl(row.TopicSlug, careTypeSlug))).Append("\">Door de jaren")
            .Append("<span class=\"visually-hidden\">: ").Append(Encode(row.TopicName)).Append("</span></a>");
        html.Append("</th>");
    }

    /// <summary>The level a heading inside a cell gets: below the page's h1 and its h2 sections.</summary>
    private const int CellHeadingLevel = 3;

    /// <summary>
    /// Writes one cell: its state class and change mark, the stored sanitized HTML or the state in words, and the link
    /// to its detail page. Shared by the matrix and the topic timeline.
    /// </summary>
    internal static void WriteCell(StringBuilder html, string id, int year, string careTypeSlug, string purchaserName, bool isMine, string topicSlug, string topicName, MatrixCell cell)
    {
        html.Append("<td id=\"").Append(id).Append("\" class=\"cell ").Append(StateClass(cell.State));
        if (cell.Change != CellChange.None)
        {
            html.Append(cell.Change == CellChange.New ? " cell--new" : " cell--changed");
        }

        if (isMine)
        {
            html.Append(" is-mine");
        }

        // The purchaser's name, which a phone shows above the cell in place of the column header (app.css).
        html.Append("\" data-inkoper=\"").Append(Encode(purchaserName)).Append("\">");
        if (cell.Change != CellChange.None)
        {
            html.Append("<span class=\"cell-change\">").Append(CellStates.Dutch(cell.Change))
                .Append("<span class=\"visually-hidden\"> t.o.v. ").Append(year - 1).Append("</span></span>");
        }

        if (cell.State == CellState.Content)
        {
            html.Append("<div class=\"cell-body\" id=\"").Append(CellBodyId(id)).Append("\">").Append(RichTextRenderer.ForPage(cell.Html, CellHeadingLevel, id)).Append("</div>");
        }
        else
        {
            html.Append("<p class=\"cell-state\">").Append(StateText(cell.State)).Append("</p>");
            if (cell.SourceWording is { } wording)
            {
                html.Append("<p class=\"cell-wording\">In de bron: ‘").Append(Encode(wording)).Append("’</p>");
            }
        }

        if (cell.State != CellState.NoDocument)
        {
            html.Append("<a class=\"cell-details\" href=\"")
                .Append(Encode(CellDetailUrl(year, careTypeSlug, cell.PurchaserSlug, topicSlug))).Append("\">Details")
                .Append("<span class=\"visually-hidden\">: ").Append(Encode(purchaserName)).Append(", ")
                .Append(Encode(topicName));
            html.Append("</span></a>");
        }

        html.Append("</td>");
    }

    public static string StateText(CellState state) => state switch
    {
        CellState.Content => "",
        CellState.NothingSpecial => "Geen bijzonderheden",
        CellState.NoPolicyPublished => "Geen beleid gepubliceerd",
        CellState.NotAnalysed => "Nog niet geanalyseerd",
        CellState.NoDocument => "Geen document voor dit jaar",
        CellState.EmptyInSource => "Leeg in de bron",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static string StateClass(CellState state) => state switch
    {
        CellState.Content => "cell--content",
        CellState.NothingSpecial => "cell--nothing-special",
        CellState.NoPolicyPublished => "cell--no-policy",
        CellState.NotAnalysed => "cell--not-analysed",
        CellState.NoDocument => "cell--no-document",
        CellState.EmptyInSource => "cell--empty-in-source",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    internal static string Encode(string text) => Encoder.Encode(text);
}
