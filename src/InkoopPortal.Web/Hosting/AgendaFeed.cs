using InkoopPortal.Application.Agenda;
using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Presentation;
using InkoopPortal.Application.Security;

namespace InkoopPortal.Web.Hosting;

/// <summary>
/// <c>GET /agenda.ics?zorgsoort=...&amp;inkopers=...</c>: the deadline calendar of a filter as an iCalendar feed to
/// subscribe to. A filter that names something unknown is refused (400) with the Dutch messages as plain text: a
/// subscription must not quietly show a different calendar than the one asked for.
/// </summary>
public static class AgendaFeed
{
    public static WebApplication MapAgendaFeed(this WebApplication app)
    {
        app.MapGet(AgendaRequest.FeedPath, WriteAsync)
            .RequireAuthorization(PortalPolicies.Read)
            .WithDisplayName("Agenda iCalendar feed");
        return app;
    }

    private static async Task<IResult> WriteAsync(HttpContext context, AgendaQuery query, CancellationToken cancellationToken)
    {
        var values = context.Request.Query;
        var (request, problems) = AgendaRequest.Parse(
            values[MatrixRequest.CareTypeKey], values[MatrixRequest.PurchasersKey], values[MatrixRequest.YearKey], values[AgendaRequest.MilestonesKey]);
        // No "Mijn regio" here: a calendar client sends no cookie, and a feed shows what its address says.
        var page = await query.GetAsync(request, problems, cancellationToken: cancellationToken);
        if (!page.IsValid)
        {
            return PlainTextRefusal.Create("De agenda kon niet worden gemaakt:", page.Messages);
        }

        var baseUri = new Uri($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/");
        return Results.Text(AgendaCalendar.Write(page, baseUri, CalendarName(page)), AgendaCalendar.ContentType);
    }

    /// <summary>"InkoopPortal – deadlines huisartsenzorg (CZ, VGZ)".</summary>
    private static string CalendarName(AgendaPage page)
    {
        var name = "InkoopPortal – deadlines";
        if (page.CareTypes.FirstOrDefault(careType => careType.Slug == page.Request.CareTypeSlug) is { } careType)
        {
            name += " " + DutchFormat.InSentence(careType.Name);
        }

        var purchasers = page.Purchasers.Where(purchaser => page.Request.PurchaserSlugs.Contains(purchaser.Slug)).Select(purchaser => purchaser.Name).ToList();
        return purchasers.Count > 0 ? $"{name} ({string.Join(", ", purchasers)})" : name;
    }
}
