namespace InkoopPortal.EndToEndTests.Support;

public static class Blazor
{
    /// <summary>MainLayout sets this attribute after its first interactive render (never while prerendering).</summary>
    public const string InteractiveMarker = "[data-interactive='true']";

    /// <summary>
    /// Waits until the interactive circuit is up: blazor.web.js has loaded and the layout has rendered over the
    /// circuit, so clicks and keys reach their handlers. Before that the page is only prerendered HTML.
    /// </summary>
    public static Task WaitForBlazorAsync(this IPage page) =>
        page.WaitForFunctionAsync(
            "marker => window.Blazor !== undefined && document.querySelector(marker) !== null",
            InteractiveMarker);
}
