namespace InkoopPortal.Web.Components.Pages.YearOverYear;

/// <summary>
/// A 404 that keeps the page: the form and the Dutch message naming what does not exist. Set while rendering, the
/// status would make Blazor drop the page and the status-code pages put the general "Pagina niet gevonden" in its
/// place; set as the response starts, the page is sent as rendered, with the 404.
/// </summary>
internal static class NotFoundWithThisPage
{
    public static void Answer(HttpContext context) =>
        context.Response.OnStarting(() =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
}
