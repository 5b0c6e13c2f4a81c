using System.Text;
using InkoopPortal.Application.Presentation;

namespace InkoopPortal.Application.Comparison;

/// <summary>One topic for one care type: purchasers (columns) against every year with data (rows, newest first).</summary>
public sealed record TopicTimeline(
    TimelineTopic Topic,
    MatrixCareType CareType,
    IReadOnlyList<TimelineColumn> Columns,
    IReadOnlyList<TimelineRow> Rows);

public sealed record TimelineTopic(string Slug, string Name, string? GroupName, bool IsPrecondition, IReadOnlyList<string> GuidingQuestions);

public sealed record TimelineColumn(string PurchaserSlug, string PurchaserName, bool IsHighlighted);

/// <summary>One year; the cells are in the order of the columns.</summary>
public sealed record TimelineRow(int Year, IReadOnlyList<MatrixCell> Cells);

/// <summary>What <see cref="TopicTimelineBuilder"/> needs: the columns in order and their published documents of every year.</summary>
public sealed record TimelineInput(
    MatrixCareType CareType,
    int CareTypeId,
    InputTopic Topic,
    IReadOnlyList<InputPurchaser> Purchasers,
    string? HighlightedPurchaserSlug,
    IReadOnlyList<InputDocument> Documents,
    IReadOnlyList<InputStatement> Statements);

/// <summary>Builds the topic timeline with the matrix's rules per year (<see cref="StatementLookup"/>). Pure.</summary>
public static class TopicTimelineBuilder
{
    public static TopicTimeline Build(TimelineInput input)
    {
        var lookup = new StatementLookup(input.Documents, input.Statements, input.CareTypeId);
        var purchasers = input.Purchasers
            .OrderBy(purchaser => purchaser.Slug == input.HighlightedPurchaserSlug ? 0 : 1)
            .ToList();
        var purchaserIds = purchasers.Select(purchaser => purchaser.Id).ToHashSet();

        // A multi-year document belongs to each of its years.
        var years = input.Documents
            .Where(document => purchaserIds.Contains(document.PurchaserId))
            .SelectMany(document => Enumerable.Range(document.ValidFromYear, Math.Max(0, document.ValidToYear - document.ValidFromYear + 1)))
            .Distinct()
            .OrderDescending()
            .ToList();

        var rows = years
            .Select(year => new TimelineRow(
                year,
                purchasers.Select(purchaser => lookup.CellOf(purchaser.Id, purchaser.Slug, input.Topic.Id, year)).ToList()))
            .ToList();

        var topic = input.Topic;
        return new TopicTimeline(
            new TimelineTopic(topic.Slug, topic.Name, topic.Group?.Name, topic.IsPrecondition, topic.GuidingQuestions),
            input.CareType,
            purchasers.Select(purchaser => new TimelineColumn(purchaser.Slug, purchaser.Name, purchaser.Slug == input.HighlightedPurchaserSlug)).ToList(),
            rows);
    }
}

/// <summary>Writes the timeline as one table with the matrix's classes and cells (see <see cref="MatrixHtmlWriter"/>).</summary>
public static class TopicTimelineHtmlWriter
{
    public static string CellId(string purchaserSlug, int year) => $"cel-{purchaserSlug}-{year}";

    public static string Write(TopicTimeline timeline)
    {
        var html = new StringBuilder(2048 + timeline.Rows.Count * timeline.Columns.Count * 700);
        html.Append("<table class=\"matrix matrix--timeline\" data-columns=\"").Append(timeline.Columns.Count).Append("\">");
        html.Append("<caption>").Append(MatrixHtmlWriter.Encode(timeline.Topic.Name)).Append(", ")
            .Append(MatrixHtmlWriter.Encode(DutchFormat.InSentence(timeline.CareType.Name))).Append(": ")
            .Append(timeline.Columns.Count).Append(timeline.Columns.Count == 1 ? " inkoper, " : " inkopers, ")
            .Append(timeline.Rows.Count).Append(timeline.Rows.Count == 1 ? " jaar" : " jaren").Append("</caption>");

        html.Append("<thead><tr><th scope=\"col\" class=\"matrix-corner\">Jaar</th>");
        foreach (var column in timeline.Columns)
        {
            html.Append("<th scope=\"col\" class=\"matrix-head").Append(column.IsHighlighted ? " is-mine" : "")
                .Append("\" id=\"kolom-").Append(column.PurchaserSlug).Append("\">")
                .Append("<a class=\"matrix-purchaser\" href=\"/inkopers/").Append(column.PurchaserSlug).Append("\">")
                .Append(MatrixHtmlWriter.Encode(column.PurchaserName)).Append("</a>");
            if (column.IsHighlighted)
            {
                html.Append(" <span class=\"mine-badge\">Mijn regio</span>");
            }

            html.Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in timeline.Rows)
        {
            html.Append("<tr id=\"jaar-").Append(row.Year).Append("\"><th scope=\"row\" class=\"matrix-topic matrix-year\">")
                .Append("<a href=\"").Append(MatrixHtmlWriter.Encode(MatrixUrl(row.Year, timeline.CareType.Slug, timeline.Topic.Slug))).Append("\">")
                .Append(row.Year).Append("<span class=\"visually-hidden\">: de hele vergelijking van dat jaar</span></a></th>");
            for (var index = 0; index < row.Cells.Count; index++)
            {
                var column = timeline.Columns[index];
                var cell = row.Cells[index];
                MatrixHtmlWriter.WriteCell(html, CellId(cell.PurchaserSlug, row.Year), row.Year, timeline.CareType.Slug, column.PurchaserName,
                    column.IsHighlighted, timeline.Topic.Slug, timeline.Topic.Name, cell);
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
        return html.ToString();
    }

    /// <summary>The matrix of a year, scrolled to the topic's row.</summary>
    public static string MatrixUrl(int year, string careTypeSlug, string topicSlug) =>
        $"/vergelijk?jaar={year}&zorgsoort={careTypeSlug}#onderwerp-{topicSlug}";
}
